"""Old addresses below a renamed page: its sub-routes (`feed/`, `feed/atom/`, an event's
`register/`) and its filtered listings (`?topic=...`).

Wagtail's automatic redirects (wagtail.contrib.redirects) hold the old path of a renamed page and
of each page below it, and its middleware matches a whole path: `/en/kerkime/feed/` found none,
and `/en/kerkime/?topic=x` lost its filters. On a 404, `SubRouteRedirectMiddleware` (below
Wagtail's in MIDDLEWARE, so it sees the 404 first) looks for the longest old page path that
starts the requested one, in one query, and redirects to that page's address with the rest of
the path and the query string kept, as permanently as the redirect says.
"""

from django import http

from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Site


def prefixes(path):
    """'/en/a/b' -> ['/en/a/b', '/en/a', '/en']"""
    parts = path.strip("/").split("/")
    return ["/" + "/".join(parts[:n]) for n in range(len(parts), 0, -1)]


def sub_route_redirect(request):
    if "\x00" in request.path:
        return None  # no page path holds NUL (and PostgreSQL refuses it in a query)
    path = Redirect.normalise_path(request.path)
    site = Site.find_for_request(request)
    found = (
        Redirect.get_for_site(site)
        .filter(old_path__in=prefixes(path), redirect_page__isnull=False)
        .select_related("redirect_page")
    )
    redirect = max(found, key=lambda row: len(row.old_path), default=None)
    rest = request.path[len(redirect.old_path) :] if redirect else ""
    query = request.META.get("QUERY_STRING", "")
    if redirect is None or not (rest.strip("/") or query) or not redirect.link:
        return None  # nothing of ours to add: Wagtail's middleware answers as before
    target = redirect.link.rstrip("/") + (rest if rest.startswith("/") else "/" + rest)
    target += f"?{query}" if query else ""
    response_class = http.HttpResponsePermanentRedirect
    return response_class(target) if redirect.is_permanent else http.HttpResponseRedirect(target)


class SubRouteRedirectMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code != 404:
            return response
        return sub_route_redirect(request) or response
