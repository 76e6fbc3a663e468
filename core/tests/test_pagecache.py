"""The page cache: what is served from it, what never is, and that it cannot be filled at will."""

import pytest

from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from core import fragments, pagecache
from core.factories import TopicFactory
from events.factories import EventPageFactory, hours

pytestmark = pytest.mark.django_db


def x_cache(client, url, **extra):
    return client.get(url, **extra).get("X-Cache")


def test_an_anonymous_page_is_rendered_once_then_served_from_the_cache(client, home, page_cache):
    first = client.get(home.url)
    second = client.get(home.url)
    assert (first["X-Cache"], second["X-Cache"]) == ("MISS", "HIT")
    assert second.content == first.content
    assert second["Content-Length"] == str(len(second.content))
    assert "public" in second["Cache-Control"]


def test_head_is_answered_from_the_cache_without_a_body(client, home, page_cache):
    client.get(home.url)
    response = client.head(home.url)
    assert response["X-Cache"] == "HIT" and response.content == b""


def test_each_language_has_its_own_copy(client, home, en_home, page_cache):
    assert [x_cache(client, home.url), x_cache(client, en_home.url)] == ["MISS", "MISS"]
    sq, en = client.get(home.url), client.get(en_home.url)
    assert (sq["X-Cache"], en["X-Cache"]) == ("HIT", "HIT")
    assert b'lang="sq"' in sq.content and b'lang="en"' in en.content


def test_each_known_parameter_value_has_its_own_copy(client, home, page_cache):
    assert x_cache(client, home.url + "?page=2") == "MISS"
    assert x_cache(client, home.url + "?page=3") == "MISS"
    assert x_cache(client, home.url + "?page=2") == "HIT"
    assert x_cache(client, home.url + "?topic=zgjedhje&page=2") == "MISS"
    assert x_cache(client, home.url + "?page=2&topic=zgjedhje") == "HIT"  # order is irrelevant


@pytest.mark.parametrize(
    "query",
    [
        "?utm_source=x",  # unknown parameter
        "?t=signed-token",  # token links carry personal data
        "?page=1&page=2",  # repeated
        "?q=" + "a" * 101,  # too long
        "?page=2&zz=1",  # one unknown among known ones
    ],
)
def test_random_or_token_query_strings_never_reach_the_cache(client, home, page_cache, query):
    assert x_cache(client, home.url + query) is None
    assert x_cache(client, home.url + query) is None
    assert pagecache.cache_key(client.get(home.url + query).wsgi_request) is None


def test_signed_in_visitors_are_never_served_nor_stored(
    client, home, page_cache, django_user_model
):
    client.get(home.url)
    editor = django_user_model.objects.create_user("editor", "e@example.org", "pw-12345678")
    client.force_login(editor)
    response = client.get(home.url)
    assert response.get("X-Cache") is None
    assert "private" in response["Cache-Control"]
    client.logout()
    client.cookies.clear()
    assert x_cache(client, home.url) == "HIT"  # the editor's page was not stored


def test_the_userbar_of_an_editor_never_reaches_anonymous_visitors(
    client, home, page_cache, admin_user
):
    client.force_login(admin_user)
    client.get(home.url)
    client.logout()
    client.cookies.clear()
    response = client.get(home.url)
    assert response["X-Cache"] == "MISS" and b"wagtail-userbar" not in response.content


def test_a_visitor_with_messages_waiting_gets_a_fresh_page(client, home, page_cache):
    client.get(home.url)
    client.cookies["messages"] = "anything"
    assert x_cache(client, home.url) is None


def test_posts_the_admin_errors_and_health_are_never_cached(client, home, page_cache):
    assert client.post(home.url).get("X-Cache") is None
    assert x_cache(client, "/admin/login/") is None
    client.get("/sq/nuk-ekziston/")
    assert x_cache(client, "/sq/nuk-ekziston/") is None
    assert x_cache(client, "/health/") is None
    assert x_cache(client, "/") is None  # the language redirect depends on the visitor


def test_a_page_that_says_private_is_not_stored(rf, home, page_cache):
    from django.http import HttpResponse

    request = rf.get(home.url)
    response = HttpResponse("personal")
    response["Cache-Control"] = "private"
    assert not pagecache.storable(request, response)
    response = HttpResponse("cookie")
    response.set_cookie("something", "1")
    assert not pagecache.storable(request, response)


def test_a_form_page_is_stored_without_the_visitors_csrf_token(client, home, page_cache):
    from events.factories import EventIndexPageFactory

    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), slug="tryeza")
    first = client.get(event.url)
    assert first["X-Cache"] == "MISS"
    token = client.cookies["csrftoken"].value
    assert b'name="csrfmiddlewaretoken" value=""' not in first.content  # this visitor's form works
    cached = caches["pages"].get(pagecache.cache_key(first.wsgi_request))
    assert b'name="csrfmiddlewaretoken" value=""' in cached[2]
    assert token.encode() not in cached[2]
    stranger = client.__class__()
    second = stranger.get(event.url)
    assert second["X-Cache"] == "HIT" and "csrftoken" not in second.cookies
    assert b'name="csrfmiddlewaretoken" value=""' in second.content


def test_a_page_expires_when_an_event_starts(home, page_cache):
    from events.factories import EventIndexPageFactory

    EventPageFactory(parent=EventIndexPageFactory(parent=home), start=hours(0.01), end=hours(2))
    seconds = pagecache.lifetime(timezone.now())
    assert 0 < seconds <= 36


def test_the_next_boundary_is_looked_up_again_only_when_a_dated_row_changes(home, page_cache):
    """A registration or another page's edit leaves it (no query); saving, publishing or
    deleting an event moves it at once."""
    from events.factories import EventIndexPageFactory

    events = EventIndexPageFactory(parent=home)
    later = EventPageFactory(parent=events, start=hours(5), end=hours(6))
    assert pagecache.cached_next_boundary(timezone.now()) == later.start
    fragments.bump_content()
    pagecache.bump()
    with CaptureQueriesContext(connection) as queries:
        assert pagecache.cached_next_boundary(timezone.now()) == later.start
    assert len(queries) == 0
    sooner = EventPageFactory(parent=events, start=hours(1), end=hours(2))
    assert pagecache.cached_next_boundary(timezone.now()) == sooner.start
    sooner.start, sooner.end = hours(3), hours(4)
    sooner.save_revision().publish()
    sooner.refresh_from_db()
    assert pagecache.cached_next_boundary(timezone.now()) == sooner.start
    sooner.delete()
    assert pagecache.cached_next_boundary(timezone.now()) == later.start


def test_the_cache_off_serves_everything_fresh(client, home, settings):
    settings.PAGE_CACHE_SECONDS = 0
    client.get(home.url)
    assert x_cache(client, home.url) is None


def test_a_purge_leaves_rate_limits_and_lockouts_alone(home, page_cache):
    caches["ratelimit"].set("client:1", 7)
    caches["default"].set("search:vocabulary:1", {"a": "a"})
    pagecache.bump()
    assert caches["ratelimit"].get("client:1") == 7
    assert caches["default"].get("search:vocabulary:1") == {"a": "a"}


def test_a_topic_filter_page_is_cached_per_value(client, home, page_cache):
    TopicFactory(slug="zgjedhje")
    assert x_cache(client, home.url + "?topic=zgjedhje") == "MISS"
    assert x_cache(client, home.url + "?topic=zgjedhje") == "HIT"
