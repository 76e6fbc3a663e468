"""The search page on Elasticsearch / OpenSearch: the engine counts, facets and pages the hits.

Wagtail's compiler gives the query (the terms, the locale, live and public pages); the facet
filters are term filters on the pages' "key:value" facet values (search.facets.index_values,
indexed as BasePage.search_facet_values). One request counts (the engine's count API), one
counts every facet (a filter aggregation per dimension, each with every filter but its own, as
the database path does), and one fetches the page of hits; none is cut at some number of hits.
"""

from wagtail.models import Page
from wagtail.search.query import PlainText

from search.registry import searchable_page_models

MAX_BUCKETS = 1000  # values counted per facet (years, topics, organisations...)
FACET_FIELD = "search_facet_values"
DAY_FIELD = "search_day"


def is_external(backend):
    """Whether `backend` is Elasticsearch or OpenSearch (they map models to index documents)."""
    return getattr(backend, "mapping_class", None) is not None


def column(backend, field_name):
    """The index column of one of BasePage's filter fields (prefixed by the defining model)."""
    for model in searchable_page_models():
        for field in model.get_filterable_search_fields():
            if field.field_name == field_name:
                return backend.mapping_class(model).get_field_column_name(field)
    raise LookupError(field_name)


class ExternalSearch:
    def __init__(self, backend, pages, query, filters=None, by_date=False):
        """`pages`: the queryset searched (live, public, in the locale); `filters`: {key: value}
        of the chosen facets, already validated."""
        self.backend, self.pages, self.filters = backend, pages, dict(filters or {})
        terms = PlainText(" ".join(query.terms), operator="and")
        self.results = backend.search(terms, pages, order_by_relevance=not by_date)
        self.by_date = by_date
        self.index = backend.get_index_for_model(Page).name
        self.facet_column = column(backend, FACET_FIELD)
        self.day_column = column(backend, DAY_FIELD)
        self._count = self._facets = None

    # --- bodies ------------------------------------------------------------------------------

    def clauses(self, exclude=()):
        return [
            {"term": {self.facet_column: f"{key}:{value}"}}
            for key, value in self.filters.items()
            if key not in exclude
        ]

    def query(self, exclude=()):
        """The query with every chosen filter but those of the keys in `exclude`."""
        base = self.results.query_compiler.get_query()
        clauses = self.clauses(exclude)
        return {"bool": {"must": [base], "filter": clauses}} if clauses else base

    def count_body(self):
        return {"query": self.query()}

    def facets_body(self, keys):
        """Every facet of `keys` counted in one request: the query without facet filters, and
        per dimension a filter aggregation (the other dimensions' filters) over its values."""
        aggregations = {}
        for key in keys:
            clauses = self.clauses(exclude=(key,))
            values = {
                "terms": {
                    "field": self.facet_column,
                    "include": f"{key}:.*",
                    "size": MAX_BUCKETS,
                }
            }
            aggregations[key] = {
                "filter": {"bool": {"filter": clauses}} if clauses else {"match_all": {}},
                "aggregations": {"values": values},
            }
        return {"query": self.query(exclude=self.filters), "aggregations": aggregations}

    def hits_body(self):
        body = {"query": self.query()}
        if self.by_date:
            body["sort"] = [
                {self.day_column: {"order": "desc", "missing": "_last"}},
                {"pk": {"order": "desc"}},
            ]
        return body

    # --- requests ----------------------------------------------------------------------------

    def count(self):
        if self._count is None:
            body = self.count_body()
            if getattr(self.backend, "use_new_elasticsearch_api", False):
                response = self.backend.es.count(index=self.index, **body)
            else:
                response = self.backend.es.count(index=self.index, body=body)
            self._count = response["count"]
        return self._count

    def facet_counts(self, keys):
        """{key: {value: count}} for the dimensions `keys`."""
        if self._facets is None:
            body = self.facets_body(keys)
            response = self.search(body, size=0)
            self._facets = {key: self.buckets(response, key) for key in keys}
        return self._facets

    @staticmethod
    def buckets(response, key):
        found = response["aggregations"][key]["values"]["buckets"]
        prefix = f"{key}:"
        return {
            bucket["key"][len(prefix) :]: bucket["doc_count"]
            for bucket in found
            if bucket["key"].startswith(prefix)
        }

    def page_ids(self, start, stop):
        params = {"from_": start, "size": max(stop - start, 0), "_source": False}
        params[self.results.fields_param_name] = "pk"
        response = self.search(self.hits_body(), **params)
        return [int(hit["fields"]["pk"][0]) for hit in response["hits"]["hits"]]

    def search(self, body, **params):
        if getattr(self.backend, "use_new_elasticsearch_api", False):
            return self.backend.es.search(index=self.index, **body, **params)
        return self.backend.es.search(index=self.index, body=body, **params)

    def hits(self, dated_pages):
        return ExternalHits(self, dated_pages)


class ExternalHits:
    """The engine's hits for a paginator: a window of them is one request for their ids, then
    the pages (from `dated_pages`, with their search_date) in the engine's order."""

    def __init__(self, search, dated_pages):
        self.search, self.dated_pages = search, dated_pages

    def count(self):
        return self.search.count()

    def __len__(self):
        return self.search.count()

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        if stop is None or stop <= start:
            return []
        ids = self.search.page_ids(start, stop)
        by_id = {page.pk: page for page in self.dated_pages.filter(pk__in=ids)}
        return [by_id[pk] for pk in ids if pk in by_id]
