"""Elasticsearch/OpenSearch: the engine counts, facets and pages the hits, however many.

Offline: the backend builds its mapping, documents and query bodies without a server, and a
fake client (the backend's `es`) answers with canned responses and records what it was sent.
"""

import pytest

from django.test import RequestFactory
from django.utils import translation

from core.factories import TopicFactory
from publications.factories import PublicationTypeFactory
from publications.models import PublicationPage
from search.external import ExternalSearch
from search.query import make_query, pages_in
from search.results import Search
from search.tests.test_backends import elasticsearch_backend

pytestmark = pytest.mark.django_db

FACETS = "core_basepage__search_facet_values_filter"
DAY = "core_basepage__search_day_filter"


class FakeClient:
    """Elasticsearch's client as the backend calls it: canned answers, every call recorded."""

    def __init__(self, count=0, buckets=None, ids=()):
        self.count_answer, self.buckets, self.ids = count, buckets or {}, list(ids)
        self.calls = []

    def count(self, **params):
        self.calls.append(("count", params))
        return {"count": self.count_answer}

    def search(self, **params):
        self.calls.append(("search", params))
        aggregations = {
            key: {"values": {"buckets": [{"key": k, "doc_count": n} for k, n in found.items()]}}
            for key in params.get("aggregations", {})
            for found in [self.buckets.get(key, {})]
        }
        hits = [{"fields": {"pk": [pk]}, "_score": 1.0} for pk in self.ids]
        return {"hits": {"hits": hits}, "aggregations": aggregations}


def backend_with(client):
    backend = elasticsearch_backend()
    backend.es = client
    return backend


def test_pages_are_indexed_with_their_facet_values_and_day(publish):
    topic = TopicFactory(name="Gratë", slug="grate")
    kind = PublicationTypeFactory(name="Raport", slug="raport")
    page = publish("Zgjedhjet", year=2021, topics=[topic], publication_type=kind)
    mapping = elasticsearch_backend().mapping_class(PublicationPage)
    assert mapping.get_mapping()["properties"][FACETS]["type"] == "keyword"
    document = mapping.get_document(PublicationPage.objects.get(pk=page.pk))
    assert set(document[FACETS]) == {
        "kind:publicationpage",
        "year:2021",
        "topic:grate",
        "type:raport",
    }
    assert document[DAY] == "2021-05-01"


def test_count_and_facet_bodies_filter_in_the_engine(sq):
    backend = backend_with(FakeClient())
    query = make_query("zgjedhjet", "sq")
    found = ExternalSearch(backend, pages_in(sq), query, {"year": "2020", "topic": "grate"})
    year, topic = {"term": {FACETS: "year:2020"}}, {"term": {FACETS: "topic:grate"}}
    base = found.results.query_compiler.get_query()
    assert base["bool"]["must"]["multi_match"]["query"] == "zgjedhje"
    assert found.count_body() == {"query": {"bool": {"must": [base], "filter": [year, topic]}}}
    body = found.facets_body(["kind", "year", "topic"])
    assert body["query"] == base  # no facet filter: each aggregation applies the others'
    aggregations = body["aggregations"]
    assert aggregations["kind"]["filter"] == {"bool": {"filter": [year, topic]}}
    assert aggregations["year"]["filter"] == {"bool": {"filter": [topic]}}
    assert aggregations["topic"]["filter"] == {"bool": {"filter": [year]}}
    terms = aggregations["year"]["aggregations"]["values"]["terms"]
    assert terms == {"field": FACETS, "include": "year:.*", "size": 1000}
    dated = ExternalSearch(backend, pages_in(sq), query, by_date=True).hits_body()
    assert dated["sort"][0] == {DAY: {"order": "desc", "missing": "_last"}}


def test_totals_and_facets_come_from_the_engine_beyond_a_thousand_hits(publish, monkeypatch):
    pages = [publish(f"Zgjedhjet {n}", year=2020 + n) for n in range(2)]
    client = FakeClient(
        count=25_000,
        buckets={"year": {"year:2020": 12_000, "year:2021": 13_000}, "kind": {}},
        ids=[pages[1].pk, pages[0].pk],
    )
    backend = backend_with(client)
    monkeypatch.setattr("search.results.get_search_backend", lambda: backend)
    request = RequestFactory().get("/sq/kerko/", {"q": "zgjedhjet", "page": "3"})
    with translation.override("sq"):
        found = Search(request)
        page = found.page()
        hits = found.hits()
        facets = {facet.key: facet for facet in found.facets()}
    assert page.paginator.count == 25_000 and page.number == 3
    assert [hit.page.pk for hit in hits] == [pages[1].pk, pages[0].pk]  # the engine's order
    assert hits[0].date  # dated as on the database backends
    years = {option.value: option.count for option in facets["year"].options}
    assert years == {"2020": 12_000, "2021": 13_000}
    kinds = [name for name, _params in client.calls]
    assert kinds.count("count") == 1
    assert kinds.count("search") == 2  # the page of hits, and every facet at once
    hits_call = next(p for name, p in client.calls if name == "search" and p.get("size") != 0)
    assert (hits_call["from_"], hits_call["size"]) == (20, 10)
