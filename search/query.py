"""From what a visitor typed to a queryset of matching pages, on any search backend.

The raw query is cut to a safe length and reduced to words (quotes, operators, emoji and
punctuation cannot reach the backend), then normalised exactly as pages are indexed
(core.normalise), and every term must match (AND).
"""

from dataclasses import dataclass

from django.db import connection
from django.db.models import Case, DateField, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce, TruncDate

from wagtail.models import Page
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from core.normalise import terms, words
from search.registry import dated_page_types

MAX_QUERY_LENGTH = 1000  # characters kept from the box
MAX_TERMS = 12  # words searched for; the rest are ignored
MAX_EXTERNAL_HITS = 1000  # with Elasticsearch/OpenSearch, hits fetched for facets


@dataclass(frozen=True)
class SearchQuery:
    text: str  # what the visitor typed, trimmed (shown back in the box)
    language: str
    terms: tuple  # normalised terms, the backend query

    def __bool__(self):
        return bool(self.terms)

    def in_language(self, language):
        return make_query(self.text, language)


def clean_text(raw):
    """The query as it is shown back: control characters out, whitespace collapsed, cut."""
    text = "".join(char if char.isprintable() else " " for char in (raw or "")[:MAX_QUERY_LENGTH])
    return " ".join(text.split())


def make_query(raw, language):
    """A SearchQuery for `raw` in `language`; falsy when nothing searchable is left."""
    text = clean_text(raw)
    found = terms(text, language)
    if not found and words(text):  # only stop words: search for them after all
        found = terms(text, language, keep_stop_words=True)
    unique = tuple(dict.fromkeys(found))[:MAX_TERMS]
    return SearchQuery(text, language, unique)


def pages_in(locale):
    """Every page a visitor may find: live, public, in `locale`."""
    return Page.objects.live().public().filter(locale=locale)


def matches(queryset, query, order_by_relevance=True):
    """A queryset of the pages of `queryset` that match every term of `query`, in relevance
    order: the external engines' own; on the database backends, pages with a term in the title
    first, then the newest (their BM25/ts_rank ordering re-runs the match for every hit: 2 s a
    query at 1,000 publications on SQLite, see the README)."""
    backend = get_search_backend()
    terms = PlainText(" ".join(query.terms), operator="and")
    results = backend.search(terms, queryset, order_by_relevance=False)  # lazy
    if hasattr(results, "get_queryset"):  # the database backends: an SQL queryset
        found = postgres_match(backend, queryset, query) or results.get_queryset().order_by()
        return found.order_by(*relevance(query)) if order_by_relevance else found
    results = backend.search(terms, queryset, order_by_relevance=order_by_relevance)
    ids = [page.pk for page in results[:MAX_EXTERNAL_HITS]]  # Elasticsearch / OpenSearch
    order = Case(*[When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ids)], default=0)
    return queryset.filter(pk__in=ids).order_by(order if ids else "pk")


def postgres_match(backend, queryset, query):
    """On PostgreSQL, match the indexed body alone, which holds every field's normalised terms
    (title included), so its GIN index serves the query; the backend matches `title || body`,
    which no index serves (twice as slow at 1,000 publications). None elsewhere."""
    if getattr(backend, "config", None) is None or connection.vendor != "postgresql":
        return None
    from django.contrib.postgres.search import SearchQuery

    tsquery = SearchQuery(" & ".join(query.terms), search_type="raw", config=backend.config)
    return queryset.filter(index_entries__body=tsquery)


def relevance(query):
    """Order by: a term in the title first, then the newest page."""
    in_title = Q()
    for term in query.terms:
        in_title |= Q(title__icontains=term)
    title_hit = Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField())
    return [title_hit.desc(), page_date().desc(nulls_last=True), "-pk"]


def page_date():
    """An SQL expression for each page's own date (publication date, event start, campaign
    start), else the date it was first published."""
    parts = [
        TruncDate(lookup) if is_datetime else lookup for lookup, is_datetime in dated_page_types()
    ]
    parts.append(TruncDate("first_published_at"))
    return Coalesce(*parts, output_field=DateField())
