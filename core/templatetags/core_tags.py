import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.text import slugify

from core import navigation
from core.models import SiteIdentity

register = template.Library()


def _cached(context, key, compute):
    """Compute a value once per request, however many templates ask for it."""
    request = context.get("request")
    cache = getattr(request, "_core_tags_cache", None) if request else None
    if cache is None:
        cache = {}
        if request is not None:
            request._core_tags_cache = cache
    if key not in cache:
        cache[key] = compute()
    return cache[key]


@register.simple_tag(takes_context=True)
def site_identity(context):
    """This language's SiteIdentity (falls back to the default language's, or None)."""
    request = context.get("request")
    return _cached(
        context, "identity", lambda: SiteIdentity.for_locale(navigation.active_locale(request))
    )


@register.simple_tag(takes_context=True)
def current_home(context):
    return _cached(context, "home", lambda: navigation.current_home(context["request"]))


@register.simple_tag(takes_context=True)
def main_menu(context):
    request = context["request"]
    return _cached(context, "menu", lambda: navigation.menu_pages(request, current_home(context)))


@register.simple_tag(takes_context=True)
def language_links(context):
    page = context.get("page")
    return _cached(
        context, "languages", lambda: navigation.language_links(context["request"], page)
    )


@register.filter
def is_ancestor_path(page, request):
    """True when `page` is the current page or one of its ancestors (for aria-current)."""
    return request.path.startswith(page.get_url(request) or "\0")


@register.filter
def slugify_unicode(value):
    """An anchor id for a heading, keeping Albanian letters (ë, ç)."""
    return slugify(str(value), allow_unicode=True)


@register.filter
def absolute_url(request, path):
    """`path` as an absolute URL on the host the visitor used (ALLOWED_HOSTS guards it)."""
    return request.build_absolute_uri(path or "/") if request else path


@register.filter
def page_url(listing, number):
    """`listing.page_url(number)`: a pagination link that keeps the listing's filters."""
    return listing.page_url(int(number))


@register.filter
def elided_pages(page_obj):
    """The page numbers a pagination shows: the first, the last and two either side of the
    current one, with the paginator's ELLIPSIS between (never thousands of links)."""
    return page_obj.paginator.get_elided_page_range(page_obj.number, on_each_side=2, on_ends=1)


@register.filter
def jsonld(data):
    """`data` as a schema.org <script type="application/ld+json"> element, safely escaped."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    text = text.replace("<", "\\u003C").replace(">", "\\u003E").replace("&", "\\u0026")
    return mark_safe(f'<script type="application/ld+json">{text}</script>')  # noqa: S308
