"""A search's counts and hits kept in the shared cache until the content changes: its matches
grouped by page type, year and title hit (the total and two facets), each related facet's counts,
each record kind's count, each page's hit (title, address, kind, date, snippet) for the query's
terms, and which pages each page of results shows (`KeptWindows`). Each is computed by one
process at a time (`once`, core.fragments.read_or_fill): a burst of the same new search, or a
popular one just after a publish, counts and builds it once while the others wait.

They depend on the language, the query's terms, the filters and the content alone (the pages
shown, on the order and page too), not on the rest of the request, so they are kept under the
rendered content's generation (core.fragments: bumped by every publish, unpublish, deletion and
saved row the page cache watches, and again when the worker has indexed a saved page,
core.invalidation), as Elasticsearch keeps aggregations in its request cache until the next
refresh. Counting is most of a search's work (all 50,000 matches of a word found in every
publication are read to group them), building its hits most of the rest (each page type's rows,
snippets): a query asked again, with a filter, another sort or the next page, looks up at most
its page of hits and builds only those it had not shown. Kept only for the requests whose whole
result page may be cached (`bounded_parts`: short queries sent as they are shown back, known
parameters, each once), and for settings.SEARCH_COUNTS_CACHE_SECONDS at most (0: never), so what
random query strings can store is bounded by their rate and that lifetime (and Redis's
`maxmemory`, docs/deployment.md).
"""

import hashlib
from urllib.parse import urlencode

from django.conf import settings

from core import fragments

CACHED_QUERY_LENGTH = 40


def bounded_parts(found):
    """The key parts of `found`'s request (a search.results.Search), or None when it is one
    whose results are never kept (see above)."""
    params = found.request.GET
    text, page = found.query.text, params.get("page", "")
    if (
        len(text) > CACHED_QUERY_LENGTH
        or params.get("q") != text
        or set(params) - {"q", "sort", "page", *found.filters}
        or any(len(params.getlist(name)) > 1 for name in params)
        or params.get("sort", found.sort) != found.sort
        or (page and not (page.isdigit() and len(page) <= 3))
    ):
        return None
    filters = urlencode(sorted(found.filters.items()))
    return ("search", found.sort, filters, page, digest(text))


def digest(text):
    return hashlib.sha256(text.encode(errors="surrogatepass")).hexdigest()[:32]


def terms_digest(found):
    return digest(" ".join(found.query.terms))


def keeps(found):
    """Whether `found`'s counts and hits may be kept (see above)."""
    if not hasattr(found, "_keeps"):
        found._keeps = (
            settings.SEARCH_COUNTS_CACHE_SECONDS > 0
            and bool(found.query)
            and bounded_parts(found) is not None
        )
    return found._keeps


def kept_count(found, name, exclude, compute):
    """`compute()` for `found`, kept under `name`, its language, terms and filters but those in
    `exclude` (a count that leaves a filter out is the same whatever its value)."""
    if not keeps(found):
        return compute()
    filters = sorted((key, value) for key, value in found.filters.items() if key not in exclude)
    parts = (name, urlencode(filters), terms_digest(found))
    seconds = settings.SEARCH_COUNTS_CACHE_SECONDS
    request = found.request
    return fragments.rendered(request, "search-counts", parts, compute, seconds=seconds, once=True)


def kept_hits(found, rows, compute):
    """The hits (search.hits.Hit) of `rows`, each kept per page and the query's terms (its
    snippet) as the counts are, read with one `get_many`; `compute(missing)` builds the others.
    In the rows' order, without those whose page is gone; a kept hit has no `page`."""
    if not keeps(found) or not rows:
        return compute(rows)
    request, terms = found.request, terms_digest(found)
    key_of = {row.pk: fragments.content_key(request, "search-hit", (row.pk, terms)) for row in rows}
    row_of = {key_of[row.pk]: row for row in rows}
    fill = lambda missing: {key_of[hit.pk]: hit for hit in compute([row_of[k] for k in missing])}  # noqa: E731
    seconds = min(settings.SEARCH_COUNTS_CACHE_SECONDS, fragments.content_generation(request)[1])
    found = fragments.read_or_fill(list(row_of), fill, seconds, once=True)
    return [found[key_of[row.pk]] for row in rows if key_of[row.pk] in found]


class KeptWindows:
    """The matches in order (`ordered`, sliced by a paginator), each page's rows kept as the
    counts are: a search asked again finds which pages it shows without a query."""

    def __init__(self, found, ordered):
        self.found, self.ordered = found, ordered

    def __getitem__(self, window):
        name = f"rows-{self.found.sort}-{window.start}-{window.stop}"
        return kept_count(self.found, name, (), lambda: list(self.ordered[window]))
