"""A search's counts (total and facets) and hits kept until the content changes (search.counts):
asked again in another order, on another page or with a filter, a search counts nothing again
and builds only the hits it had not shown, and what it shows is what a site without these caches
shows, whatever the filters; a publish, an unpublish, an edited title or a renamed taxonomy shows
at once; requests whose page is never kept keep nothing."""

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

from core.factories import TopicFactory
from publications.factories import PublicationTypeFactory
from publications.models import PublicationPage, PublicationType
from search import query
from search.tests.helpers import publish_standard

pytestmark = pytest.mark.django_db

FACETS = re.compile(r'<span>([^<]+)</span> <span class="facet__count">(\d+)</span>')
NO_CACHES = {"SEARCH_COUNTS_CACHE_SECONDS": 0, "SEARCH_RESULTS_CACHE_SECONDS": 0}


@pytest.fixture
def library_of_twelve(publish, home):
    reform = TopicFactory(name="Reforma zgjedhore", slug="reforma")
    youth = TopicFactory(name="Të rinjtë", slug="rinia")
    brief = PublicationTypeFactory(name="Përmbledhje politikash", slug="permbledhje")
    for number in range(12):
        publish(
            f"Zgjedhjet {number}",
            topics=[reform] if number % 2 else [reform, youth],
            publication_type=brief if number % 3 == 0 else None,
            year=2020 + number % 4,
        )
    publish_standard(home, "Zgjedhjet: pyetje", "Pyetje mbi zgjedhjet.")


def facets(response):
    assert response.status_code == 200
    return FACETS.findall(response.content.decode())


def results(response):
    """The list of hits as shown (titles, links, kinds, dates, snippets)."""
    body = response.content.decode()
    start = body.find('<ol class="search-results"')
    return body[start : body.find("</ol>", start)] if start >= 0 else ""


def building_hits(captured):
    """The queries that read hits' specific pages (search.hits.specific_pages)."""
    tables = ('FROM "publications_publicationpage"', 'FROM "home_standardpage"')
    return [q["sql"] for q in captured if any(table in q["sql"] for table in tables)]


def counting(captured):
    return [q["sql"] for q in captured if "GROUP BY" in q["sql"] or "COUNT(" in q["sql"]]


def matching(captured):
    """The queries that look matches up (PostgreSQL's entries, SQLite's full-text index)."""
    tables = ('"search_searchentry"', '"wagtailsearch_indexentry"')
    return [q["sql"] for q in captured if any(table in q["sql"] for table in tables)]


def titles(response):
    hit = r'class="search-result__title"><a href="[^"]*">([^<]+)</a>'
    return re.findall(hit, results(response))


@override_settings(SEARCH_RESULTS_CACHE_SECONDS=0)  # every page rendered; the counts kept
def test_a_search_asked_again_in_another_order_on_another_page_or_filtered_counts_nothing(
    client, library_of_twelve
):
    first = facets(client.get("/sq/kerko/", {"q": "zgjedhjet"}))
    assert ("Reforma zgjedhore", "12") in first and ("Botim", "12") in first
    with CaptureQueriesContext(connection) as queries:
        again = facets(client.get("/sq/kerko/", {"q": "zgjedhjet", "sort": "date", "page": "2"}))
    assert again == first and counting(queries.captured_queries) == []
    client.get("/sq/kerko/", {"q": "zgjedhjet", "year": "2021"})
    with CaptureQueriesContext(connection) as queries:  # the year's counts are kept too
        response = client.get("/sq/kerko/", {"q": "zgjedhjet", "year": "2021", "sort": "date"})
    assert counting(queries.captured_queries) == []
    assert ("Reforma zgjedhore", "3") in facets(response)


@override_settings(SEARCH_RESULTS_CACHE_SECONDS=0)
def test_a_publish_an_unpublish_or_a_renamed_topic_is_counted_at_once(
    client, publish, library_of_twelve
):
    assert ("Botim", "12") in facets(client.get("/sq/kerko/", {"q": "zgjedhjet"}))
    added = publish("Zgjedhjet e reja", topics=[TopicFactory(name="Gratë", slug="grate")])
    now = facets(client.get("/sq/kerko/", {"q": "zgjedhjet"}))
    assert ("Botim", "13") in now and ("Gratë", "1") in now
    added.unpublish()
    assert ("Botim", "12") in facets(client.get("/sq/kerko/", {"q": "zgjedhjet", "sort": "date"}))
    reform = TopicFactory._meta.model.objects.get(slug="reforma")
    reform.name, reform.slug = "Reforma", "reforma-e-re"
    reform.save()
    now = facets(client.get("/sq/kerko/", {"q": "zgjedhjet"}))
    assert ("Reforma", "12") in now and ("Reforma zgjedhore", "12") not in now


@override_settings(SEARCH_RESULTS_CACHE_SECONDS=0)
def test_a_request_whose_page_is_never_kept_keeps_no_counts_nor_hits(client, library_of_twelve):
    odd = {"q": "zgjedhjet", "utm_source": "x"}  # a parameter no page knows
    client.get("/sq/kerko/", odd)
    with CaptureQueriesContext(connection) as queries:
        client.get("/sq/kerko/", odd)
    assert counting(queries.captured_queries) and building_hits(queries.captured_queries)


@override_settings(SEARCH_RESULTS_CACHE_SECONDS=0)
def test_hits_shown_before_are_not_built_again_and_follow_an_edit_at_once(
    client, library_of_twelve
):
    wide = results(client.get("/sq/kerko/", {"q": "zgjedhjet", "page": "2"}))
    client.get("/sq/kerko/", {"q": "zgjedhjet", "year": "2021"})
    first = results(client.get("/sq/kerko/", {"q": "zgjedhjet", "sort": "date"}))
    with CaptureQueriesContext(connection) as queries:  # every one of its hits shown before
        again = results(client.get("/sq/kerko/", {"q": "zgjedhjet", "sort": "date"}))
    assert again == first and wide and building_hits(queries.captured_queries) == []
    assert matching(queries.captured_queries) == []  # nor which pages it shows
    page = PublicationPage.objects.get(title="Zgjedhjet 3")
    page.title = "Zgjedhjet 3, botim i ri"
    page.save_revision().publish()
    brief = PublicationType.objects.get(slug="permbledhje")
    brief.name = "Përmbledhje"
    brief.save()
    now = results(client.get("/sq/kerko/", {"q": "zgjedhjet", "kind": "publicationpage"}))
    assert "Zgjedhjet 3, botim i ri" in now and "Përmbledhje politikash" not in now
    assert "Përmbledhje" in now


@override_settings(SEARCH_RESULTS_CACHE_SECONDS=0)
def test_each_order_and_page_of_a_search_shows_its_own_pages(client, publish):
    """Which pages a page of results shows is kept per order and page (KeptWindows)."""
    publish("Diaspora e vjetër", summary="Vota jashtë vendit.", year=2010)
    for number in range(11):
        publish(f"Raporti {number}", summary="Vota e diasporës.", year=2011 + number)
    asked = [{}, {"sort": "date"}, {"page": "2"}, {"sort": "date", "page": "2"}, {}]
    shown = [titles(client.get("/sq/kerko/", {"q": "diaspora", **more})) for more in asked]
    newest = [f"Raporti {n}" for n in range(10, -1, -1)]
    assert shown[0] == ["Diaspora e vjetër", *newest[:9]] == shown[4]
    assert shown[1] == newest[:10]
    assert shown[2] == newest[9:]
    assert shown[3] == ["Raporti 0", "Diaspora e vjetër"]


@pytest.mark.parametrize("whole", [0, 10**6], ids=["sliced-in-sql", "read-whole"])
@override_settings(**NO_CACHES)
def test_every_page_in_relevance_order_shows_title_hits_then_the_rest_newest_first(
    client, publish, monkeypatch, whole
):
    """On PostgreSQL however each half of search.query.TitleFirst is read (search.query.part):
    with a LIMIT, or whole and sliced; on SQLite, its pages' own relevance order."""
    monkeypatch.setattr(query, "WHOLE_HALF", whole)
    for number in range(13):
        title = f"Diaspora {number}" if number % 4 == 0 else f"Raporti {number}"
        publish(title, summary="Vota e diasporës.", year=2010 + number)
    shown = [titles(client.get("/sq/kerko/", {"q": "diaspora", "page": page})) for page in "12"]
    in_title = [f"Diaspora {n}" for n in (12, 8, 4, 0)]
    rest = [f"Raporti {n}" for n in (11, 10, 9, 7, 6, 5, 3, 2, 1)]
    assert shown == [in_title + rest[:6], rest[6:]]
    year = titles(client.get("/sq/kerko/", {"q": "diaspora", "year": "2014"}))
    assert year == ["Diaspora 4"]


QUERIES = st.sampled_from(["zgjedhjet", "zgjedhje", "reforma", "pyetje", "asgjë", "Zgjedhjet 3"])
VALUES = {
    "topic": st.sampled_from(["reforma", "rinia", "grate", "nuk-ka", "Reforma", "reforma/"]),
    "year": st.sampled_from(["2020", "2021", "2023", "1999", "２０２１", "20x1"]),
    "kind": st.sampled_from(["publicationpage", "standardpage", "homepage", "x"]),
    "type": st.sampled_from(["permbledhje", "raport", ""]),
    "sort": st.sampled_from(["date", "relevance", "tjeter"]),
    "page": st.sampled_from(["1", "2", "0", "-1", "999", "abc"]),
}


@override_settings(SEARCH_RESULTS_CACHE_SECONDS=0)
@given(data=st.data())
def test_kept_counts_are_what_counting_afresh_gives_whatever_the_request(library_of_twelve, data):
    """Requests drawn from the filters, orders and pages (valid, unknown and malformed values),
    each after others that filled the counts cache: the facets shown are those of a site
    without that cache."""
    kept, fresh = Client(), Client()
    for _ in range(3):
        chosen = data.draw(st.lists(st.sampled_from(sorted(VALUES)), unique=True, max_size=4))
        params = {"q": data.draw(QUERIES)} | {key: data.draw(VALUES[key]) for key in chosen}
        shown = kept.get("/sq/kerko/", params)
        with override_settings(**NO_CACHES):
            afresh = fresh.get("/sq/kerko/", params)
        assert facets(shown) == facets(afresh), params
        assert results(shown) == results(afresh), params
