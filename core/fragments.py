"""Cached pieces of the chrome every page repeats (site identity, menu, footer, language links).

Everything is kept in the default cache (locmem in tests, Redis in production) under keys that
carry a *generation*: one number in the cache that any edit those pieces show bumps (publishing,
unpublishing, moving or deleting a page, a change of view restrictions, the Site, Site identity or
social media settings; see `core.signals`). Bumping it makes every old key unreachable at once,
which Django's RedisCache (no delete by pattern) allows. Old entries expire with their timeout.

This is not the page cache: it caches parts of a render, never a whole response, and holds nothing
personal. The generation is read once per request (memoised on the request).
"""

import hashlib
import time

from django.core.cache import cache
from django.db import transaction
from django.utils import timezone
from django.utils.translation import get_language

from wagtail.fields import StreamField

GENERATION_KEY = "fragments:generation"
TIMEOUT = 24 * 3600


def _current(request, cache_key, memo_name):
    """The number under `cache_key` (set now when missing), read once per request."""
    memo = getattr(request, memo_name, None)
    if memo is None:
        memo = cache.get(cache_key)
        if memo is None:
            fresh = time.time_ns()
            cache.add(cache_key, fresh, None)
            memo = cache.get(cache_key, fresh)
        if request is not None:
            setattr(request, memo_name, memo)
    return memo


def generation(request=None):
    """The chrome's current generation (memoised on `request`)."""
    return _current(request, GENERATION_KEY, "_fragment_generation")


def bump(**_signal_kwargs):
    """Make every cached fragment stale (a signal receiver, so it takes any keyword): at once,
    so this request sees the change, and again once the transaction commits, since a render
    in between read the rows as they were and stored them under the new generation."""
    _bump_now_and_after_commit(GENERATION_KEY)


def _bump_now_and_after_commit(*keys):
    def bump_keys():
        now = time.time_ns()
        cache.set_many(dict.fromkeys(keys, now), None)

    bump_keys()
    transaction.on_commit(bump_keys)


# Cards (`kept_each`) are keyed by their page's row, so publishing, saving, moving or deleting a
# page renders again only the cards it changed; everything else a card may show (an image, a
# document, a taxonomy, a person, a setting, the Site and its locales, view restrictions) bumps
# the cards' own generation as well as the chrome's (core.signals: `bump_everything`).
CARDS_KEY = "fragments:cards"


def bump_everything(**_signal_kwargs):
    """`bump()`, and every kept card with it (a signal receiver)."""
    _bump_now_and_after_commit(GENERATION_KEY, CARDS_KEY)


def cards_generation(request):
    return _current(request, CARDS_KEY, "_cards_generation")


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


def read_or_fill(keys, fill, timeout, once=False):
    """{key: value} for `keys`: what the cache holds, read with one `get_many`, and for the rest
    what `fill(missing keys)` gives ({key: value}, for those it can), stored with one `set_many`
    (unless `timeout` is not positive). The one way to cache a list of things item by item.
    `once`: for costly values, filled by one process at a time (`_fill_once`)."""
    found = cache.get_many(keys)
    missing = [k for k in keys if k not in found]
    if missing:

        def store(made):
            if made and timeout > 0:
                cache.set_many(made, timeout)

        found.update(_fill_once(missing, fill, store) if once else _fill(missing, fill, store))
    return found


def _fill(missing, fill, store):
    made = fill(missing)
    store(made)
    return made


# Requests that miss the same costly values at the same moment (a popular search just after a
# publish made its counts stale) fill them once: the first takes a lock (`cache.add`, atomic on
# Redis and locmem) and fills; the others poll the cache until the values or the lock are gone
# (2, 4, 8... at most 25 ms apart), then fill what is still missing themselves. A lock lives
# LOCK_SECONDS at most, so a process that dies holding one delays the others that long, once.
LOCK_SECONDS = 5
_sleep = time.sleep


def _fill_once(missing, fill, store):
    digest = hashlib.blake2b("\n".join(missing).encode(), digest_size=16).hexdigest()
    lock = f"fragments:lock:{digest}"
    if cache.add(lock, 1, LOCK_SECONDS):
        try:
            return _fill(missing, fill, store)
        finally:
            cache.delete(lock)
    found, pause, deadline = {}, 0.002, time.monotonic() + LOCK_SECONDS
    while time.monotonic() < deadline:
        _sleep(pause)
        pause = min(pause * 2, 0.025)
        found = cache.get_many([*missing, lock])
        held = found.pop(lock, None) is not None
        if len(found) == len(missing) or not held:
            break
    rest = [k for k in missing if k not in found]
    return {**found, **_fill(rest, fill, store)} if rest else found


def get_or_set_each(request, name, parts_list, compute, timeout=TIMEOUT):
    """[`compute(parts)` for each of `parts_list`], as `get_or_set` would give them, read with
    one `cache.get_many` and stored with one `set_many` (the quotable text of a page of hits)."""
    keys = [key(request, name, *parts) for parts in parts_list]
    parts_of = dict(zip(keys, parts_list, strict=True))
    fill = lambda missing: {k: (compute(parts_of[k]),) for k in missing}  # noqa: E731
    found = read_or_fill(keys, fill, timeout)
    return [found[k][0] for k in keys]


def for_page(request, page, name, compute, timeout=TIMEOUT):
    """`compute()` for `page` in the active language, cached until the next edit: for the parts
    of a page's context that only an edit changes (never seats, counts or forms)."""
    return get_or_set(request, name, (page.pk, get_language()), compute, timeout)


# --- rendered content ---------------------------------------------------------------------------
# Parts of a page that show other pages' content (a listing's results) have a generation of their
# own, bumped by every change the page cache watches (core.invalidation: any saved or deleted page,
# snippet, setting, taxonomy, image, registration or supporter), at once and again after commit;
# and an entry lives no longer than the next moment a page changes by itself (an event starting,
# a registration closing: core.pagecache.next_boundary). Exactly as fresh as a cached page.

CONTENT_KEY = "fragments:content"
CONTENT_TIMEOUT = 3600


def bump_content(**_signal_kwargs):
    cache.set(CONTENT_KEY, time.time_ns(), None)


def content_generation(request):
    """(generation, seconds an entry rendered now may live), read once per request."""
    memo = getattr(request, "_content_generation", None)
    if memo is None:
        from core.pagecache import cached_next_boundary  # noqa: PLC0415 (core.pagecache imports the app registry)

        generation = _current(request, CONTENT_KEY, "_content_generation_number")
        now = timezone.now()
        boundary = cached_next_boundary(now)
        seconds = CONTENT_TIMEOUT
        if boundary:
            seconds = min(seconds, int((boundary - now).total_seconds()))
        memo = (generation, seconds)
        if request is not None:
            request._content_generation = memo
    return memo


def content_key(request, name, parts, until_edit=False):
    """The cache key of a rendered block: name, site, language, parts, and the content
    generation (or the chrome's, for a block kept `until_edit`)."""
    from core.navigation import site_key  # noqa: PLC0415 (core.navigation imports this module)

    parts = parts if isinstance(parts, list | tuple) else (parts,)
    head = [str(site_key(request)), get_language(), *map(str, parts)]
    if until_edit:  # "kept": apart from `get_or_set` entries, which hold a value in a tuple
        return key(request, "kept", name, *head)
    return ":".join(["content", str(content_generation(request)[0]), name, *head])


def _memo(request):
    memo = getattr(request, "_rendered_memo", None)
    if memo is None:
        memo = {}
        if request is not None:
            request._rendered_memo = memo
    return memo


def rendered(request, name, parts, render, seconds=None, once=False):
    """`render()` (a string, or any value but None), cached under `name`, the site, the
    language and `parts` until the next content change or time boundary; never for a preview
    (unsaved content). `parts` must be few and bounded: never something a visitor types as it
    is. A value `ready()` fetched for this request is used as it is (never fetched twice, so
    never missing in between); `seconds`, else `request.fragment_ttl` when set, shortens how
    long what this request renders is kept; `once`: a costly value, rendered by one process at
    a time (`read_or_fill`)."""
    return _cached(request, name, parts, render, False, True, seconds, once)


def kept(request, name, parts, render, timed=False):
    """As `rendered`, but kept with the chrome's generation (every publish, unpublish, move or
    deletion of a page, a live page saved, and edits of snippets, settings and taxonomies:
    core.signals), not the content one: for what only those change, so that a registration or
    a pledge does not render it again (a blank form's fields, a listing of pages, a page that
    shows pages alone). `timed`: also no longer than the next time boundary, as `rendered`
    (what changes when an event starts or a campaign ends). Never for a preview."""
    return _cached(request, name, parts, render, until_edit=True, timed=timed)


def _cached(request, name, parts, render, until_edit, timed, seconds=None, once=False):
    if getattr(request, "is_preview", False):
        return render()
    timeout = content_generation(request)[1] if timed else TIMEOUT
    timeout = min(timeout, seconds or getattr(request, "fragment_ttl", TIMEOUT))
    memo = _memo(request)
    cache_key = content_key(request, name, parts, until_edit)
    if cache_key in memo:
        return memo[cache_key]
    if timeout <= 0:
        return render()
    fill = lambda _missing: {cache_key: render()}  # noqa: E731
    return read_or_fill([cache_key], fill, timeout, once)[cache_key]


def row_version(obj, *extra):
    """A fingerprint of `obj`'s own row (every concrete field's value but StreamFields, which no
    card shows) and `extra`: any save or queryset update of the row changes it, revision or not."""
    values = [
        getattr(obj, field.attname)
        for field in obj._meta.concrete_fields
        if not isinstance(field, StreamField)
    ]
    return hashlib.blake2b(repr((values, extra)).encode(), digest_size=12).hexdigest()


def kept_each(request, name, items, parts_of, render):
    """[HTML of each item]: each kept under the cards' generation (`CARDS_KEY`), `name`, the
    item's row (`row_version`) and `parts_of(item)` (what else it shows: a count, a state in
    time), all read with one `cache.get_many`; `render(missing)` (their HTML, in order) only for
    the items not kept. So a registration, or an edit of one page, renders again only the
    cards whose rows or parts changed: a listing's cards, the home page's."""
    if getattr(request, "is_preview", False):
        return render(items)
    from core.navigation import site_key  # noqa: PLC0415 (core.navigation imports this module)

    head = ["card", str(cards_generation(request)), name, str(site_key(request)), get_language()]
    keys = [":".join([*head, str(i.pk), row_version(i, *parts_of(i))]) for i in items]
    item_of = dict(zip(keys, items, strict=True))

    def fill(missing):
        return dict(zip(missing, render([item_of[k] for k in missing]), strict=True))

    found = read_or_fill(keys, fill, TIMEOUT)
    return [found[k] for k in keys]


def ready(request, names, parts, until_edit=False):
    """Whether every block in `names` (with `parts`, kept `until_edit` or not) is cached now; if
    so their HTML is kept for this request, so a page may skip computing what only those
    blocks show (one cache read)."""
    if parts is None or getattr(request, "is_preview", False):
        return False
    if content_generation(request)[1] <= 0:
        return False
    keys = [content_key(request, name, parts, until_edit) for name in names]
    found = cache.get_many(keys)
    if len(found) < len(keys):
        return False
    _memo(request).update(found)
    return True


# --- whole detail pages -------------------------------------------------------------------------
# base.html renders `{% block extra_head %}` and `{% block content %}` inside `{% rendered %}`
# blocks keyed by `page_parts` (None: render every time). Anything per visitor inside them (a form
# with its CSRF token, messages) stands in `{% uncached %}...{% enduncached %}` (core_tags).

PAGE_BLOCKS = ("page-head", "page-main")


def page_parts(request, page, *extra, personal=False):
    """The key parts of `page`'s whole cached content, or None (render every time): for a
    preview, any query string, a sub-route the caller did not name in `extra` (a routable
    page's other views render other content through the same context), or a signed-in visitor
    on a `personal` page (one that shows the visitor's own state: a representative's
    endorsements and signatures, the right to assess a recommendation).

    The cached blocks are the same HTML for every visitor, signed in or not (what differs per
    visitor stands in `{% uncached %}` holes), so this is a cache of the page's content, not a
    second page cache: editors and representatives reading the site are served from it too."""
    if getattr(request, "is_preview", False) or request.GET:
        return None
    user = getattr(request, "user", None)
    if personal and user is not None and user.is_authenticated:
        return None
    match = getattr(request, "routable_resolver_match", None)
    if not extra and match is not None and match.url_name != "index_route":
        return None
    return (page.pk, *extra)


def whole_page(request, context, parts, compute):
    """`context` with `page_parts`, and `compute()` (what only the cached blocks show) added
    unless both blocks are cached for `parts` already: until the next edit or time boundary when
    the page shows pages alone (`page.shows_pages_alone`), else until the next content change."""
    context["page_parts"] = parts
    until_edit = bool(getattr(context.get("page"), "shows_pages_alone", False))
    if not ready(request, PAGE_BLOCKS, parts, until_edit):
        context.update(compute())
    return context
