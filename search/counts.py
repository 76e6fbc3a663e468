"""A search's counts kept in the shared cache until the content changes: its matches grouped by
page type, year and title hit (the total and two facets), each related facet's counts and each
record kind's count.

They depend on the language, the query's terms, the filters and the content alone, not on the
page asked for nor the order, so they are kept under the rendered content's generation
(core.fragments: bumped by every publish, unpublish, deletion and saved row the page cache
watches, and again when the worker has indexed a saved page, core.invalidation), as
Elasticsearch keeps aggregations in its request cache until the next refresh. Counting is most of
a search's work (all 50,000 matches of a word found in every publication are read to group
them): a query asked again, with a filter, another sort or the next page, only fetches its page
of hits. Kept only for the requests whose whole result page may be cached (`bounded_parts`:
short queries sent as they are shown back, known parameters, each once), and for
settings.SEARCH_COUNTS_CACHE_SECONDS at most (0: never), so what random query strings can
store is bounded by their rate and that lifetime (and Redis's `maxmemory`, docs/deployment.md).
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


def kept_count(found, name, exclude, compute):
    """`compute()` for `found`, kept under `name`, its language, terms and filters but those in
    `exclude` (a count that leaves a filter out is the same whatever its value)."""
    seconds = settings.SEARCH_COUNTS_CACHE_SECONDS
    if not hasattr(found, "_bounded"):
        found._bounded = bounded_parts(found) is not None
    if seconds <= 0 or not found.query or not found._bounded:
        return compute()
    filters = sorted((key, value) for key, value in found.filters.items() if key not in exclude)
    terms = digest(" ".join(found.query.terms))
    parts = (name, urlencode(filters), terms)
    return fragments.rendered(found.request, "search-counts", parts, compute, seconds=seconds)
