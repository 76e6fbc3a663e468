"""A renamed English section's old sub-routes and filtered listings still arrive (issue 16):
Wagtail redirects whole old paths; core.redirects carries the rest of the path (`feed/rss/`,
`feed/atom/`, a child's `cite/bibtex/` or `register/`) and the query string over to the new
address, and the new address answers."""

import pytest

from django.test import TestCase

from wagtail.models import Locale

from core.i18n import translate
from events.factories import EventIndexPageFactory, EventPageFactory
from home.models import HomePage
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from tests.test_slug_redirects import publish_slug

pytestmark = pytest.mark.django_db


def translate_page(page, locale, mapping):
    """The root conftest's `translate_page`, for a module-scoped fixture."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation = translate(page, locale, mapping)
    translation.refresh_from_db()
    return translation


@pytest.fixture(scope="module")
def renamed(module_db):
    """Publications (botimet -> publications) and events (aktivitete -> events) renamed in English:
    built once for the module (the tests only read it; see `module_db`)."""
    home = HomePage.objects.get(depth=2, locale__language_code="sq")
    en = Locale.objects.get(language_code="en")
    translate_page(home, en, {"Kreu": "Home"})
    research = PublicationIndexPageFactory(parent=home)  # /botimet/
    report = PublicationPageFactory(parent=research, title="Raporti", slug="raporti")
    events = EventIndexPageFactory(parent=home, title="Aktivitete", slug="aktivitete")
    event = EventPageFactory(parent=events, title="Tryeza", slug="tryeza")
    english = {
        "research": translate_page(research, en, {"Botimet": "Publications"}),
        "events": translate_page(events, en, {"Aktivitete": "Events"}),
    }
    translate_page(report, en, {"Raporti": "The report"})
    translate_page(event, en, {"Tryeza": "Round table"})
    publish_slug(english["research"], "publications", TestCase.captureOnCommitCallbacks)
    publish_slug(english["events"], "events", TestCase.captureOnCommitCallbacks)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/en/botimet/feed/rss/", "/en/publications/feed/rss/"),
        ("/en/botimet/feed/atom/", "/en/publications/feed/atom/"),
        ("/en/botimet/?year=2026&page=2", "/en/publications/?year=2026&page=2"),
        ("/en/botimet/raporti/cite/bibtex/", "/en/publications/raporti/cite/bibtex/"),
        ("/en/aktivitete/tryeza/register/", "/en/events/tryeza/register/"),
        ("/en/aktivitete/tryeza/ics/", "/en/events/tryeza/ics/"),
        ("/en/aktivitete/calendar/", "/en/events/calendar/"),
    ],
)
def test_old_sub_routes_redirect_to_the_same_route_of_the_renamed_page(client, renamed, old, new):
    response = client.get(old)
    assert response.status_code == 301, old
    assert response["Location"] == new
    arrived = client.get(new)  # register/ answers a GET with the event's form (#register)
    assert arrived.status_code == 200 or arrived["Location"].startswith("/en/events/tryeza/"), new


def test_an_unknown_route_below_an_old_path_still_ends_in_a_404(client, renamed):
    response = client.get("/en/botimet/no-such-thing/", follow=True)
    assert response.status_code == 404


def test_albanian_addresses_are_untouched(client, renamed):
    assert client.get("/sq/botimet/feed/rss/").status_code == 200
    assert client.get("/sq/aktivitete/tryeza/ics/").status_code == 200
