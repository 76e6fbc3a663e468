"""Paths routed through the cache (core.routecache): the same page as Wagtail's own routing,
and never a stale one after a page is renamed, moved, unpublished or deleted, in both languages;
404s and sub-routes are never stored."""

import pytest

from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.factories import StandardPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from recommendations.factories import RecommendationFactory, RecommendationIndexPageFactory

pytestmark = pytest.mark.django_db


def status(client, url):
    return client.get(url).status_code


def route_keys():
    return [key for key in cache._cache if ":route:" in key]  # locmem in tests


def test_a_cached_route_costs_fewer_queries_and_serves_the_same_page(client, home):
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home), title="Rruga ë")
    with CaptureQueriesContext(connection) as first:
        assert "Rruga ë" in client.get(page.url).content.decode()
    with CaptureQueriesContext(connection) as second:
        assert "Rruga ë" in client.get(page.url).content.decode()
    assert len(second) < len(first)


def test_a_renamed_page_leaves_its_old_path(client, home):
    page = StandardPageFactory(parent=home, slug="emri-i-vjeter")
    assert status(client, "/sq/emri-i-vjeter/") == 200
    page.slug = "emri-i-ri"
    page.save_revision().publish()
    assert status(client, "/sq/emri-i-vjeter/") == 404
    assert status(client, "/sq/emri-i-ri/") == 200


def test_a_moved_unpublished_or_deleted_page_is_not_routed_from_the_cache(client, home):
    parent = StandardPageFactory(parent=home, slug="prindi")
    page = StandardPageFactory(parent=home, slug="femija")
    assert status(client, "/sq/femija/") == 200
    page.move(parent, pos="last-child")
    moved = client.get("/sq/femija/")  # never the cached page: 404, or a redirect to its new path
    assert moved.status_code == 404 or moved["Location"].endswith("/sq/prindi/femija/")
    assert status(client, "/sq/prindi/femija/") == 200
    page.refresh_from_db()
    page.unpublish()
    assert status(client, "/sq/prindi/femija/") == 404
    parent.delete()
    assert status(client, "/sq/prindi/") == 404


def test_each_language_routes_to_its_own_page(client, home, en_home, en, translate_page):
    page = StandardPageFactory(parent=home, title="Shqip ë", slug="faqja")
    english = translate_page(page, en, {"Shqip ë": "In English"})
    for _ in range(2):
        assert "Shqip ë" in client.get("/sq/faqja/").content.decode()
        assert "In English" in client.get(english.url).content.decode()


def test_a_404_or_a_sub_route_is_never_stored(client, home):
    register = RecommendationIndexPageFactory(parent=home)
    item = RecommendationFactory()
    assert status(client, register.url) == 200
    cache.clear()
    assert status(client, "/sq/nuk-ekziston/") == 404
    assert status(client, register.record_url(item)) == 200
    assert status(client, register.record_url(item)) == 200
    assert route_keys() == []
    assert status(client, register.url) == 200
    assert len(route_keys()) == 1  # the register's own path only
