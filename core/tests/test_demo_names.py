"""An older demo upgraded by `load_demo_content` (issue 17): its library was "Kërkime" at
/sq/kerkime/ and /en/kerkime/, and the English events were at /en/aktivitetet/. The loader renames
the library "Botimet" (/sq/botimet/) and "Publications" (/en/publications/), gives the English
events /en/events/, and every old address (child pages, sub-routes, filtered listings) answers
with a permanent redirect to the new one. Running it again changes nothing."""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Page

from core import demo as core_demo
from events import demo_texts as events_texts
from events.factories import EventIndexPageFactory
from publications import demo_texts as publications_texts
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from publications.models import PublicationIndexPage

pytestmark = pytest.mark.django_db

LIBRARY = publications_texts.LIBRARY
EVENTS = events_texts.EVENT_INDEX


def quiet(line):
    pass


@pytest.fixture
def on_commit(django_capture_on_commit_callbacks):
    """wagtail-localize publishes, and Wagtail makes redirects, on commit."""

    def run(function, *args):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args)

    return run


def load_sections(home, en, library, events, on_commit):
    on_commit(core_demo.index_page, home, "publications.PublicationIndexPage", library, [en], quiet)
    on_commit(core_demo.index_page, home, "events.EventIndexPage", events, [en], quiet)


@pytest.fixture
def old_demo(home, en, en_home, translate_page):
    """What an older demo left: Albanian slugs in English too (synchronised, no override)."""
    library = PublicationIndexPageFactory(parent=home, title="Kërkime", slug="kerkime")
    translate_page(library, en, {"Kërkime": "Research"})
    report = PublicationPageFactory(parent=library, title="Raporti", slug="raporti")
    translate_page(report, en, {"Raporti": "The report"})
    events = EventIndexPageFactory(parent=home, title="Aktivitetet", slug="aktivitetet")
    translate_page(events, en, {"Aktivitetet": "Events"})
    return home


@pytest.fixture
def upgraded(old_demo, client, en, on_commit):
    assert client.get("/en/kerkime/").status_code == 200  # the old shape, before the upgrade
    load_sections(old_demo, en, LIBRARY, EVENTS, on_commit)
    return old_demo


def test_the_library_takes_its_one_name_in_each_language(client, upgraded):
    albanian = client.get("/sq/botimet/").content.decode()
    assert "<h1>Botimet</h1>" in albanian.replace("\n", "")
    assert "Kërkime" not in albanian
    english = client.get("/en/publications/").content.decode()
    assert "Publications" in english
    assert ">Research<" not in english
    assert client.get("/en/events/").status_code == 200


def test_a_second_run_changes_nothing(upgraded, en, on_commit):
    pages, redirects = Page.objects.count(), Redirect.objects.count()
    load_sections(upgraded, en, LIBRARY, EVENTS, on_commit)
    assert (Page.objects.count(), Redirect.objects.count()) == (pages, redirects)
    assert PublicationIndexPage.objects.count() == 2  # renamed, never duplicated


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("/sq/kerkime/", "/sq/botimet/"),
        ("/en/kerkime/", "/en/publications/"),
        ("/sq/kerkime/raporti/", "/sq/botimet/raporti/"),
        ("/en/kerkime/raporti/", "/en/publications/raporti/"),
        ("/sq/kerkime/?topic=reforma-zgjedhore", "/sq/botimet/?topic=reforma-zgjedhore"),
        ("/en/kerkime/?topic=a&year=2025&page=2", "/en/publications/?topic=a&year=2025&page=2"),
        ("/sq/kerkime/feed/rss/?topic=x", "/sq/botimet/feed/rss/?topic=x"),
        ("/en/kerkime/feed/atom/", "/en/publications/feed/atom/"),
        ("/en/kerkime/raporti/cite/bibtex/", "/en/publications/raporti/cite/bibtex/"),
        ("/en/aktivitetet/", "/en/events/"),
        ("/en/aktivitetet/?kind=training", "/en/events/?kind=training"),
        ("/en/aktivitetet/calendar/", "/en/events/calendar/"),
    ],
)
def test_old_addresses_redirect_permanently_with_their_routes_and_queries(
    client, upgraded, old, new
):
    for response in (client.get(old), client.head(old)):
        assert response.status_code == 301, old
        assert response["Location"].endswith(new), response["Location"]
    assert client.get(new).status_code == 200, new


@pytest.mark.parametrize(
    "path",
    [
        "/sq/kerkime/%00/",
        "/sq/kerkime/no-such-page/",
        "/en/kerkime/raporti/no-such-route/",
        "/en/kerkime/%3Cscript%3E/",
        "/en/kerkime/../../etc/passwd",
        "/sq/kerkime/?topic=%ff%fe&page=-1",
        "/sq/kerkime//feed//rss/",
        "/en/aktivitetet/" + "a/" * 200,
    ],
)
def test_hostile_old_paths_end_in_a_redirect_or_a_404(client, upgraded, path):
    response = client.get(path, follow=True)
    assert response.status_code in (200, 404), path


def test_a_section_an_editor_renamed_is_left_alone(client, home, en, en_home, on_commit):
    PublicationIndexPageFactory(parent=home, title="Biblioteka", slug="biblioteka")
    load_sections(home, en, LIBRARY, EVENTS, on_commit)
    assert client.get("/sq/biblioteka/").status_code == 200
    assert client.get("/sq/botimet/").status_code == 404


@given(
    rest=st.text(st.characters(exclude_categories=("Cs",)), max_size=30),
    query=st.dictionaries(st.text(max_size=8), st.text(max_size=12), max_size=3),
)
def test_any_path_below_an_old_address_redirects_or_is_not_found(client, upgraded, rest, query):
    response = client.get("/sq/kerkime/" + quote(rest), query)
    assert response.status_code in (301, 404), (rest, query)
    if response.status_code == 301:
        assert response["Location"].startswith(("/sq/botimet/", "/sq/kerkime/")), rest
