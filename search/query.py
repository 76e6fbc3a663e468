"""From what a visitor typed to a queryset of matching pages, on any search backend.

The raw query is cut to a safe length and reduced to words (quotes, operators, emoji and
punctuation cannot reach the backend), then normalised exactly as pages are indexed
(core.normalise), and every term must match (AND).
"""

from dataclasses import dataclass

from django.db.models import Case, DateField, F, IntegerField, Q, Value, When
from django.db.models.functions import Coalesce, TruncDate

from wagtail.models import Page, PageViewRestriction
from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from core.normalise import terms, words
from search.backend import CompactPostgresIndex
from search.external import is_external
from search.models import SearchEntry
from search.registry import dated_page_types

MAX_QUERY_LENGTH = 1000  # characters kept from the box
MAX_TERMS = 12  # words searched for; the rest are ignored
MAX_EXTERNAL_HITS = 1000  # with Elasticsearch/OpenSearch, ids `matches` keeps (not the page's)


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


def matches(locale, query, order_by_relevance=True):
    """The pages a visitor may find in `locale` that match every term of `query`, each with
    its `pk`, `content_type` and `search_date` (see page_date), in relevance order: the
    external engines' own; on the database backends, pages with a term in the title first,
    then the newest (BM25/ts_rank re-run the match for every hit: 2 s a query at 1,000
    publications on SQLite, see docs/search.md).

    On PostgreSQL these are search.models.SearchEntry rows (their pk is the page's), so that
    matching, counting and faceting never join the page tree; elsewhere, pages. On
    Elasticsearch/OpenSearch only the first MAX_EXTERNAL_HITS: the search page counts, facets
    and pages in the engine instead (search.external), and `count_matches` counts there."""
    backend = get_search_backend()
    if uses_search_entries(backend):
        found = entry_match(locale, query)
        return found.order_by(*entry_relevance(query)) if order_by_relevance else found
    queryset = pages_in(locale)
    terms = PlainText(" ".join(query.terms), operator="and")
    results = backend.search(terms, queryset, order_by_relevance=False)  # lazy
    if hasattr(results, "get_queryset"):  # SQLite FTS5 (and MySQL)
        found = results.get_queryset().order_by().annotate(search_date=page_date())
        return found.order_by(*relevance(query)) if order_by_relevance else found
    results = backend.search(terms, queryset, order_by_relevance=order_by_relevance)
    ids = [page.pk for page in results[:MAX_EXTERNAL_HITS]]  # Elasticsearch / OpenSearch
    order = Case(*[When(pk=pk, then=Value(rank)) for rank, pk in enumerate(ids)], default=0)
    found = queryset.filter(pk__in=ids).annotate(search_date=page_date())
    return found.order_by(order if ids else "pk")


def count_matches(locale, query):
    """How many pages `matches` would give, counted by the engine itself on Elasticsearch."""
    backend = get_search_backend()
    if is_external(backend):
        terms = PlainText(" ".join(query.terms), operator="and")
        return backend.search(terms, pages_in(locale), order_by_relevance=False).count()
    return matches(locale, query, False).count()


def uses_search_entries(backend):
    """Whether the backend keeps search.models.SearchEntry (PostgreSQL, search.backend)."""
    index_class = getattr(backend, "index_class", None)
    return isinstance(index_class, type) and issubclass(index_class, CompactPostgresIndex)


def entry_tsquery(query):
    from django.contrib.postgres.search import SearchQuery  # noqa: PLC0415 (PostgreSQL only)

    return SearchQuery(" ".join(query.terms), search_type="plain", config="simple")


def entry_match(locale, query):
    """On PostgreSQL: the live, public entries in `locale` with every term (one GIN lookup)."""
    entries = SearchEntry.objects.filter(locale=locale, live=True)
    private = Q()
    for path in PageViewRestriction.objects.values_list("page__path", flat=True):
        private |= Q(page__path__startswith=path)
    if private:
        entries = entries.exclude(private)
    found = entries.filter(terms=entry_tsquery(query))
    # Only what a hit needs: a row's terms are most of its ~850 bytes.
    return found.only("page", "content_type", "day").annotate(search_date=F("day"))


def entry_title_hit(query):
    """1 for the entries with a term of `query` in their title, else 0."""
    in_title = Q(title_terms=entry_tsquery(query))
    return Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField())


def entry_relevance(query):
    return [entry_title_hit(query).desc(), *NEWEST]


NEWEST = (F("search_date").desc(nulls_last=True), F("pk").desc())


class TitleFirst:
    """Matched entries in relevance order (title hits, then the rest, each newest first) for a
    paginator, fetched in two halves: sorting all the matches by "title hit, then date" read
    every one of them (65 ms for a word in all of 50,000 publications), while each half walks
    the entries' (locale, day) index and stops at the page asked for."""

    def __init__(self, matched, query, title_hits, total):
        self.matched, self.title_hits, self.total = matched, title_hits, total
        self.in_title = Q(title_terms=entry_tsquery(query))

    def count(self):
        return self.total

    def __len__(self):
        return self.total

    def __getitem__(self, window):
        start, stop, split = window.start or 0, window.stop, self.title_hits
        rows = []
        if start < split:
            first = self.matched.filter(self.in_title).order_by(*NEWEST)
            rows += part(first, split, start, min(stop, split))
        if stop > split:
            rest = self.matched.exclude(self.in_title).order_by(*NEWEST)
            rows += part(rest, self.total - split, max(start - split, 0), stop - split)
        return rows


# A half of at most this many matches is read whole and sliced here: given a LIMIT, PostgreSQL
# may walk the (locale, day) index over every entry for a rare match it estimates common (the
# one title hit of "shqiperi" among 46,000 matches: 23 ms with LIMIT 1, 4.7 ms read whole
# through the title index); we know each half's size, the planner does not.
WHOLE_HALF = 1000


def part(queryset, size, start, stop):
    """Rows `start:stop` of `queryset`, which holds `size` rows."""
    if size <= WHOLE_HALF:
        return list(queryset)[start:stop]
    return list(queryset[start:stop])


def relevance(query):
    """Order by: a term in the title first, then the newest page."""
    in_title = Q()
    for term in query.terms:
        in_title |= Q(title__icontains=term)
    title_hit = Case(When(in_title, then=Value(1)), default=Value(0), output_field=IntegerField())
    return [title_hit.desc(), *NEWEST]


def page_date():
    """An SQL expression for each page's own date (publication date, event start, campaign
    start), else the date it was first published."""
    parts = [
        TruncDate(lookup) if is_datetime else lookup for lookup, is_datetime in dated_page_types()
    ]
    parts.append(TruncDate("first_published_at"))
    return Coalesce(*parts, output_field=DateField())
