"""Every page opened by a personal link (`?t=`) is sent `Cache-Control: private, no-store`, so
no browser history cache or shared proxy keeps someone's registration, pledge or application."""

import pytest

from django.http import HttpResponse
from django.test import RequestFactory

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from core.middleware import CacheHeadersMiddleware, mark_personal
from events.factories import EventIndexPageFactory, EventPageFactory
from organisations.factories import OrganisationIndexPageFactory

pytestmark = pytest.mark.django_db

TOKENS = ["bogus", "", "a" * 400, "eyJ0eXAiOiJKV1QifQ.x.y", "1", "%00"]


@pytest.fixture
def token_pages(home):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), slug="tryeza")
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home), slug="fushata")
    directory = OrganisationIndexPageFactory(parent=home)
    return [
        f"{event.url}registration/",
        f"{campaign.url}support/confirm/",
        f"{campaign.url}support/withdraw/",
        f"{directory.url}register/confirm/",
        f"{directory.url}register/",
    ]


def assert_personal(response, url):
    directives = {part.strip() for part in response.get("Cache-Control", "").split(",")}
    assert {"private", "no-store"} <= directives, (url, response.get("Cache-Control"))
    assert "public" not in directives, url
    assert response.status_code < 500, url


@pytest.mark.parametrize("token", TOKENS)
def test_every_token_page_is_private_and_never_stored(client, token_pages, token):
    for url in token_pages:
        assert_personal(client.get(url, {"t": token}), url)


def test_a_token_page_stays_private_when_the_visitor_already_has_a_csrf_cookie(client, token_pages):
    """The second visit sets no CSRF cookie: it was then sent `public`."""
    for url in token_pages:
        client.get(url, {"t": "bogus"})
        assert_personal(client.get(url, {"t": "bogus"}), url)


def test_any_page_opened_with_a_token_parameter_is_private(client, home):
    assert_personal(client.get("/sq/", {"t": "x"}), "/sq/")
    public = client.get("/sq/")
    assert "public" in public["Cache-Control"]


def test_a_view_can_mark_its_page_personal_without_a_token():
    def view(request):
        mark_personal(request)
        return HttpResponse("Your registration")

    request = RequestFactory().get("/sq/something/")
    response = CacheHeadersMiddleware(view)(request)
    assert_personal(response, "marked view")
