import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe
from django.utils.text import slugify
from django.utils.translation import get_language

from wagtail.embeds.embeds import get_embed
from wagtail.embeds.exceptions import EmbedException

from core import fragments, navigation
from core.mail import absolute
from core.models import SiteIdentity
from core.models.pages import prefetch_card_images

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
    return _cached(context, "identity", lambda: cached_identity(request))


def cached_identity(request):
    """SiteIdentity.for_locale, kept in the cache until the next edit (core.fragments)."""
    language = navigation.active_locale(request).language_code

    def compute():
        return SiteIdentity.for_locale(navigation.active_locale(request))

    return fragments.get_or_set(request, "identity", (language,), compute)


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
        context, "languages", lambda: navigation.cached_language_links(context["request"], page)
    )


@register.simple_tag(takes_context=True)
def menu_links(context):
    """The menu as [MenuLink] (cached), each with `current`: "page" for the current page, "true"
    for an ancestor of it, "" otherwise (for aria-current)."""
    request = context["request"]
    links = _cached(context, "menu_links", lambda: navigation.cached_menu_links(request))
    return [(link, current_state(link.url, request.path)) for link in links]


def current_state(url, path):
    if url == path:
        return "page"
    return "true" if url and path.startswith(url) else ""


@register.simple_tag(takes_context=True)
def home_url(context):
    return _cached(context, "home_url", lambda: navigation.cached_home_url(context["request"]))


@register.simple_tag(takes_context=True)
def fragment_key(context, *parts):
    """A key for `{% cache %}` that changes with the language, the site and every edit the
    chrome shows (core.fragments): `{% fragment_key as key %}{% cache 86400 footer key %}`."""
    request = context["request"]
    key = [fragments.generation(request), navigation.site_key(request), get_language(), *parts]
    return ":".join(map(str, key))


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
    """`path` as an absolute URL on the public site (SITE_URL), whatever host the visitor
    used. (`request` is unused; kept so templates read `request|absolute_url:path`.)"""
    return absolute(path or "/")


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


@register.simple_tag
def video_embed(value):
    """The oEmbed record (title, provider, player HTML) of an embed block's URL, or None.

    Wagtail keeps it in its Embed table once fetched; a provider that fails gives None, so the
    page shows only the link to the video instead of failing."""
    if not getattr(value, "url", None):
        return None
    try:
        return get_embed(value.url, value.max_width, value.max_height)
    except EmbedException:
        return None


# Holes: `{% uncached %}...{% enduncached %}` inside a `{% rendered %}` block is rendered for every
# request and put where the cached HTML holds its marker. Markers carry NUL, which no stored text
# can hold (PostgreSQL refuses it), and name the hole by template and position, so any process
# finds the hole's nodes again (compiling that template when it has not yet).
HOLE = "\x00uncached:{}\x00"
HOLES = {}
HOLE_MODE = "_rendered_holes"


class UncachedNode(template.Node):
    def __init__(self, hole_id, nodelist):
        self.hole_id, self.nodelist = hole_id, nodelist
        HOLES[hole_id] = self

    def render(self, context):
        if context.get(HOLE_MODE):
            return HOLE.format(self.hole_id)
        return self.nodelist.render(context)


@register.tag
def uncached(parser, token):
    """`{% uncached %}...{% enduncached %}`: a part of a `{% rendered %}` block rendered for every
    request (a form and its CSRF token, messages); written in the page's own template, with
    nothing it needs from a surrounding `for` or `with`."""
    nodelist = parser.parse(("enduncached",))
    parser.delete_first_token()
    name = parser.origin.template_name if parser.origin else ""
    parser.uncached_count = getattr(parser, "uncached_count", 0) + 1  # its n-th hole
    return UncachedNode(f"{name}:{parser.uncached_count}", nodelist)


def hole_node(hole_id, engine):
    if hole_id not in HOLES:
        engine.get_template(hole_id.rsplit(":", 1)[0])  # compiling it registers its holes
    return HOLES[hole_id]


def fill_holes(html, context):
    """`html` with each hole rendered now (left as it is inside another block being cached)."""
    if "\x00uncached:" not in html or context.get(HOLE_MODE):
        return html
    pieces = html.split("\x00")
    for i in range(1, len(pieces), 2):
        node = hole_node(pieces[i].removeprefix("uncached:"), context.template.engine)
        pieces[i] = node.nodelist.render(context)
    return mark_safe("".join(pieces))  # noqa: S308 (rendered template output)


class RenderedNode(template.Node):
    def __init__(self, name, parts, nodelist, until_edit=False):
        self.name, self.parts, self.nodelist = name, parts, nodelist
        self.until_edit = until_edit  # False, True, or an expression (kept and timed if true)

    def keep(self, context):
        if self.until_edit is True:
            return fragments.kept
        if self.until_edit and self.until_edit.resolve(context, ignore_failures=True):
            return lambda *args: fragments.kept(*args, timed=True)
        return fragments.rendered

    def render(self, context):
        parts = self.parts.resolve(context, ignore_failures=True)  # unset: None
        if parts is None:
            return self.nodelist.render(context)
        name = self.name.resolve(context)
        keep = self.keep(context)
        html = keep(context["request"], name, parts, lambda: self.render_with_holes(context))
        return fill_holes(html, context)

    def render_with_holes(self, context):
        with context.push(**{HOLE_MODE: True}):
            return self.nodelist.render(context)


@register.tag
def rendered(parser, token):
    """`{% rendered "name" parts %}...{% endrendered %}`: the block's HTML, cached until the next
    content change or time boundary (core.fragments.rendered); rendered every time when `parts`
    is None. Anything per visitor in it (a form token, messages) goes in `{% uncached %}`.
    `{% rendered "name" parts until_edit %}`: kept until the next edit the chrome follows
    instead (core.fragments.kept), for what no registration or pledge changes (a blank form's
    fields). `{% rendered "name" parts until_edit=expression %}`: so when the expression is
    true, and no longer than the next time boundary (a listing that shows pages alone)."""
    bits = token.split_contents()
    until_edit = False
    if bits[-1] == "until_edit":
        until_edit, bits = True, bits[:-1]
    elif bits[-1].startswith("until_edit="):
        until_edit, bits = parser.compile_filter(bits[-1].split("=", 1)[1]), bits[:-1]
    if len(bits) != 3:
        raise template.TemplateSyntaxError("{% rendered name parts [until_edit[=expression]] %}")
    nodelist = parser.parse(("endrendered",))
    parser.delete_first_token()
    name, parts = parser.compile_filter(bits[1]), parser.compile_filter(bits[2])
    return RenderedNode(name, parts, nodelist, until_edit)


@register.filter
def unbound(form, parts):
    """`parts` when `form` is blank (the same HTML for every visitor), None when it holds what a
    visitor sent: `{% rendered "fields" form|unbound:page.pk %}` around a form's fields."""
    return None if form is None or form.is_bound else parts


@register.simple_tag(takes_context=True)
def cards(context, items, template_name, **extra):
    """[(item, HTML)]: `template_name` rendered for each item as `{% include %}` would (with
    `item` and `extra`), each kept until its own row, its `card_parts` or anything the chrome
    follows changes (core.fragments.kept_each): `{% cards results "x_card.html" as cards %}`.
    Only for the cards to render: their images (`prefetch_card_images`) and what their pages'
    `prepare_cards` fetch."""
    items = list(items)
    card = context.template.engine.get_template(template_name)

    def render_all(missing):
        prefetch_card_images(missing)
        for model in {type(item) for item in missing}:
            if hasattr(model, "prepare_cards"):
                model.prepare_cards([item for item in missing if type(item) is model])
        return [render(item) for item in missing]

    def render(item):
        with context.push(item=item, **extra):
            return card.render(context)

    def parts_of(item):
        return (*sorted(extra.items()), *getattr(item, "card_parts", ()))

    name = f"card:{template_name}"
    htmls = fragments.kept_each(context["request"], name, items, parts_of, render_all)
    return [(item, mark_safe(html)) for item, html in zip(items, htmls, strict=True)]  # noqa: S308 (rendered template output)
