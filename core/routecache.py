"""Routing a path to its page through the cache, instead of one query per level of the tree.

Wagtail routes `/sq/botimet/a-report/` by fetching each level's child by slug and then its
specific row (two queries a level). The home page of each language (the site's root) keeps,
per path, the page that this routing found when the path ends exactly at that page (never a
sub-route's arguments, never a 404), under the chrome generation (core.fragments.key), which
every publish, unpublish, move or delete of a page and any change to Sites or Locales bumps;
a hit costs one query (the page's specific row) and ends with the same last step as Wagtail's
own routing (`page.route(request, [])`: the live check, a routable page's index route). The root
(the home page) is read afresh when it is the page served, since the Site and its root page are
kept with the chrome (core.upstream). Only
paths that lead to a page are stored, so their number is bounded by the site's pages.
"""

import hashlib

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache

from wagtail.models import Page

from core import fragments

MAX_PATH = 400


def route(root, request, components, route_normally):
    if getattr(request, "is_preview", False):
        return route_normally()
    if not components:  # the root itself: its row read now, never the Site's kept copy
        fresh = type(root).objects.filter(pk=root.pk).first()
        return Page.route(fresh, request, []) if fresh is not None else route_normally()
    path = "/".join(components)
    if len(path) > MAX_PATH:
        return route_normally()
    key = fragments.key(
        request,
        "route",
        root.pk,
        hashlib.sha256(path.encode(errors="surrogatepass")).hexdigest()[:32],
    )
    stored = cache.get(key)
    page = stored and page_of(*stored)
    if page is not None:
        return page.route(request, [])
    result = route_normally()
    found = result[0]
    if found.url_path == f"{root.url_path}{path}/":
        cache.set(key, (found.pk, found.content_type_id), fragments.TIMEOUT)
    return result


def page_of(pk, content_type_id):
    model = ContentType.objects.get_for_id(content_type_id).model_class()
    return model.objects.filter(pk=pk).first() if model is not None else None
