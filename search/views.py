"""The search page and the autocomplete endpoint, under each language prefix."""

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.text import capfirst
from django.views.decorators.http import require_GET

from core import fragments
from core.navigation import active_locale
from search.counts import bounded_parts
from search.results import Search
from search.suggest import title_suggestions

AUTOCOMPLETE_MAX_LENGTH = 100


# Whole result pages are cached (core.fragments) only for the requests whose counts may be kept
# (search.counts.bounded_parts: short queries sent as they are shown back, known parameters, each
# once, a short page number and validated filters), and for settings.SEARCH_RESULTS_CACHE_SECONDS
# at most (0: never): so the entries alive at any moment are at most the distinct such requests
# of those last seconds, each one page of results (docs/render-cost.md).


@require_GET
def search(request):
    found = Search(request)
    context = {"search": found, "query": found.query}
    if found.query:
        seconds = settings.SEARCH_RESULTS_CACHE_SECONDS
        parts = bounded_parts(found) if seconds > 0 else None
        if parts is not None:
            request.fragment_ttl = seconds
        fragments.whole_page(request, context, parts, lambda: results_context(found))
    return render(request, "search/search.html", context)


def results_context(found):
    page = found.page()
    context = {
        "page_obj": page,
        "hits": found.hits(),
        "facets": found.facets(),
        "active_filters": found.active_filters(),
        "promotions": found.promotions() if page.number == 1 else [],
    }
    if not page.paginator.count:
        context["suggestion"] = found.suggestion()
        context["other_language"] = found.other_language()
    return context


@require_GET
def autocomplete(request):
    """Titles of pages (publications, campaigns, events, organisations...) for what was typed:
    {"results": [{"title": ..., "url": ..., "kind": ...}]}."""
    text = (request.GET.get("q") or "")[:AUTOCOMPLETE_MAX_LENGTH]
    pages = title_suggestions(text, active_locale(request)) if len(text.strip()) >= 2 else []
    results = [
        {
            "title": page.title,
            "url": page.get_url(request),
            "kind": capfirst(page.specific_class._meta.verbose_name),
        }
        for page in pages
    ]
    response = JsonResponse({"results": results})
    response["Cache-Control"] = "public, max-age=60"
    return response
