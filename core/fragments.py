"""Cached pieces of the chrome every page repeats (site identity, menu, footer, language links).

Everything is kept in the default cache (locmem in tests, Redis in production) under keys that
carry a *generation*: one number in the cache that any edit those pieces show bumps (publishing,
unpublishing, moving or deleting a page, a change of view restrictions, the Site, Site identity or
social media settings; see `core.signals`). Bumping it makes every old key unreachable at once,
which Django's RedisCache (no delete by pattern) allows. Old entries expire with their timeout.

This is not the page cache: it caches parts of a render, never a whole response, and holds nothing
personal. The generation is read once per request (memoised on the request).
"""

import time

from django.core.cache import cache
from django.utils.translation import get_language

GENERATION_KEY = "fragments:generation"
TIMEOUT = 24 * 3600


def generation(request=None):
    """The current generation (memoised on `request`)."""
    memo = getattr(request, "_fragment_generation", None)
    if memo is not None:
        return memo
    value = cache.get(GENERATION_KEY)
    if value is None:
        value = time.time_ns()
        cache.add(GENERATION_KEY, value, None)
        value = cache.get(GENERATION_KEY, value)
    if request is not None:
        request._fragment_generation = value
    return value


def bump(**_signal_kwargs):
    """Make every cached fragment stale (a signal receiver, so it takes any keyword)."""
    cache.set(GENERATION_KEY, time.time_ns(), None)


def key(request, name, *parts):
    return ":".join(["fragment", str(generation(request)), name, *map(str, parts)])


def get_or_set(request, name, parts, compute, timeout=TIMEOUT):
    """`compute()` once per generation for (`name`, `parts`); `parts` must be few and bounded
    (a language, a page id), never something a visitor can vary at will. A value that also
    changes with time alone (upcoming events) gets a short `timeout`."""
    cache_key = key(request, name, *parts)
    stored = cache.get(cache_key)
    if stored is None:
        stored = (compute(),)  # a tuple, so that None is cached too
        cache.set(cache_key, stored, timeout)
    return stored[0]


def for_page(request, page, name, compute, timeout=TIMEOUT):
    """`compute()` for `page` in the active language, cached until the next edit: for the parts
    of a page's context that only an edit changes (never seats, counts or forms)."""
    return get_or_set(request, name, (page.pk, get_language()), compute, timeout)
