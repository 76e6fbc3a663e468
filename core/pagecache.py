"""The page cache: whole public pages for anonymous visitors, on the `pages` cache alias.

A page is served from the cache only for a GET or HEAD without a session or messages cookie
(so never for a signed-in editor, and no database is asked who the visitor is), outside the
admin, the API, documents and media, and only when every query parameter is one the listings or
the search page know (settings.PAGE_CACHE_PARAMETERS), once, with a short value: `?t=` token
links, random query strings and repeated parameters are never cached, so they cannot fill the
memory. The key is a hash of scheme, host, path, language and those parameters.

A page is stored only when it was a 200 for an anonymous GET, not a preview, set no cookie but
the CSRF cookie, left the session untouched and did not say `Cache-Control: private/no-store/
no-cache`. The CSRF token is cut out of the stored copy (site.js fills it in from the cookie;
core.csrf re-renders the page for visitors without JavaScript).

Invalidation: every entry carries the generation it was rendered in; core.invalidation replaces
the generation after any content change is committed, so every older entry is stale at once
(Django's RedisCache cannot delete by pattern). An entry also expires at the next moment a
page changes by itself (an event starting or ending, registration opening or closing, a
campaign starting or ending: settings.PAGE_CACHE_BOUNDARIES), and after PAGE_CACHE_SECONDS.
"""

import datetime
import hashlib
import re
import uuid

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone, translation

ALIAS = "pages"
GENERATION_KEY = "generation"
MAX_VALUE_LENGTH = 100
SKIPPED_PREFIXES = (
    "/admin/",
    "/django-admin/",
    "/i18n/",
    "/documents/",
    "/api/",
    "/static/",
    "/media/",
    "/health/",
    "/csrf/",
)
UNCACHEABLE = re.compile(r"\b(private|no-store|no-cache)\b")
TOKEN_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
DROPPED_HEADERS = {"set-cookie", "x-cache", "content-length"}
MESSAGES_COOKIE = "messages"


def cache():
    return caches[ALIAS]


# --- keys and generations ---------------------------------------------------------------------


def cache_key(request):
    """The key of this request's page, or None when the request must not use the cache."""
    if request.method not in ("GET", "HEAD") or request.path.startswith(SKIPPED_PREFIXES):
        return None
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or MESSAGES_COOKIE in cookies:
        return None
    parameters = []
    for name, values in request.GET.lists():
        known = name in settings.PAGE_CACHE_PARAMETERS
        if not known or len(values) != 1 or len(values[0]) > MAX_VALUE_LENGTH:
            return None
        parameters.append(f"{name}={values[0]}")
    language = translation.get_language_from_request(request, check_path=True)
    parts = [request.scheme, request.get_host(), request.path, language, *sorted(parameters)]
    digest = hashlib.sha256("\n".join(parts).encode()).hexdigest()
    return f"page:{digest}"


def new_generation():
    return uuid.uuid4().hex


def bump():
    """Make every cached page stale (run after the change is committed and indexed)."""
    cache().set(GENERATION_KEY, new_generation(), None)


def current(pages, key):
    """(generation, entry or None) in one round trip."""
    found = pages.get_many([GENERATION_KEY, key])
    generation = found.get(GENERATION_KEY)
    if generation is None:
        pages.add(GENERATION_KEY, new_generation(), None)
        return pages.get(GENERATION_KEY), None
    return generation, found.get(key)


# --- time boundaries --------------------------------------------------------------------------


def _is_date(model, field):
    return model._meta.get_field(field).get_internal_type() == "DateField"


def _candidates(model, fields, now):
    """The moments at or after `now` when one of `fields` of some `model` row is reached, in
    one query (a date counts from its midnight and from the next)."""
    today = timezone.localdate(now)
    after = {
        field: Q(**{f"{field}__gte": today})
        if _is_date(model, field)
        else Q(**{f"{field}__gt": now})
        for field in fields
    }
    firsts = model.objects.aggregate(
        **{f"first_{field}": Min(field, filter=after[field]) for field in fields}
    )
    moments = []
    for field in fields:
        first = firsts[f"first_{field}"]
        if first is None:
            continue
        if _is_date(model, field):
            midnight = timezone.make_aware(datetime.datetime.combine(first, datetime.time()))
            moments += [midnight, midnight + datetime.timedelta(days=1)]
        else:
            moments.append(first)
    return moments


def next_boundary(now):
    """The next moment a page changes without an edit (settings.PAGE_CACHE_BOUNDARIES): one
    query per model."""
    moments = []
    for label, fields in settings.PAGE_CACHE_BOUNDARIES.items():
        moments += _candidates(apps.get_model(label), fields, now)
    future = [moment for moment in moments if moment > now]
    return min(future) if future else None


BOUNDARY_GENERATION_KEY = "boundary:generation"
BOUNDARY_SECONDS = 3600  # whether or not whole pages are cached (PAGE_CACHE_SECONDS may be 0)


def bump_boundaries(**_signal_kwargs):
    """A row of a PAGE_CACHE_BOUNDARIES model changed: look the next boundary up again."""
    cache().set(BOUNDARY_GENERATION_KEY, new_generation(), None)


def cached_next_boundary(now):
    """next_boundary(now) (False for none), looked up again only when it has passed or a row
    of a boundary model changed (core.invalidation), not after every registration or edit of
    another page; kept in the page cache's alias, which every worker shares."""
    pages = cache()
    generation = pages.get(BOUNDARY_GENERATION_KEY)
    if generation is None:
        pages.add(BOUNDARY_GENERATION_KEY, new_generation(), None)
        generation = pages.get(BOUNDARY_GENERATION_KEY)
    key = f"boundary:{generation}"
    boundary = pages.get(key)
    if boundary is None or (boundary and boundary <= now):
        boundary = next_boundary(now) or False
        pages.set(key, boundary, BOUNDARY_SECONDS)
    return boundary


def lifetime(now):
    """Seconds a page rendered now may stay: up to the next boundary, at most
    PAGE_CACHE_SECONDS."""
    boundary = cached_next_boundary(now)
    seconds = settings.PAGE_CACHE_SECONDS
    if boundary:
        seconds = min(seconds, int((boundary - now).total_seconds()))
    return seconds


# --- storing and serving ----------------------------------------------------------------------


def storable(request, response):
    user = getattr(request, "user", None)
    session = getattr(request, "session", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
        and not (session is not None and session.modified)
        and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
        and not UNCACHEABLE.search(response.get("Cache-Control", ""))
    )


def store(pages, key, generation, response):
    seconds = lifetime(timezone.now())
    if seconds <= 0:
        return
    content = response.content
    if response.get("Content-Type", "").startswith("text/html"):
        content = TOKEN_INPUT.sub(rb"\1\2", content)
    headers = [(k, v) for k, v in response.items() if k.lower() not in DROPPED_HEADERS]
    pages.set(key, (generation, headers, content), seconds)


def replay(request, entry):
    _generation, headers, content = entry
    response = HttpResponse(b"" if request.method == "HEAD" else content)
    for name, value in headers:
        response[name] = value
    response["Content-Length"] = str(len(content))
    response["X-Cache"] = "HIT"
    return response


class PageCacheMiddleware:
    """Sits below SessionMiddleware and CacheHeadersMiddleware (which see every response,
    cached or not) and above LocaleMiddleware, so a hit skips the rest of the stack."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = cache_key(request) if settings.PAGE_CACHE_SECONDS > 0 else None
        if key is None:
            return self.get_response(request)
        pages = cache()
        generation, entry = current(pages, key)
        if entry is not None and entry[0] == generation:
            return replay(request, entry)
        response = self.get_response(request)
        if storable(request, response):
            store(pages, key, generation, response)
            response["X-Cache"] = "MISS"
        return response
