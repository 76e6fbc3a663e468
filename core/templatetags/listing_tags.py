"""Template helpers for listings' filters (components/facets.html)."""

from urllib.parse import urlencode

from django import template
from django.utils import formats
from django.utils.html import format_html
from django.utils.translation import gettext

register = template.Library()

SHOWN = 6  # options a long facet shows before folding the rest
LONG = 9  # a facet with more options than this is long


@register.filter
def facet_parts(facet):
    """The options shown at once, the folded rest, and whether a chosen one is folded."""
    options = facet.options
    if len(options) <= LONG:
        return {"head": options, "tail": [], "tail_selected": False}
    tail = options[SHOWN:]
    return {
        "head": options[:SHOWN],
        "tail": tail,
        "tail_selected": any(option.selected for option in tail),
    }


@register.filter
def facet_option(option):
    """One filter link with its count (core.listing.Option). A filter rather than an included
    template: a page's options are its most repeated markup, and an `{% include %}` each cost
    a search page 2 of its 14 ms."""
    if option.selected:
        selected = format_html(
            ' <span class="visually-hidden">({})</span>', gettext("selected; follow to remove")
        )
        current = format_html(' aria-current="true"')
    else:
        selected = current = ""
    return format_html(
        '<li><a class="facet__option" href="{}"{}><span>{}</span> '
        '<span class="facet__count">{}</span>{}</a></li>',
        option.url,
        current,
        option.label,
        formats.localize(option.count),
        selected,
    )


@register.filter
def with_filters(url, listing):
    """`url` (the listing in another language) with the listing's cleaned filters, which are
    the same in every language, so switching language keeps them."""
    filters = getattr(listing, "filters", None)
    if not url or not filters:
        return url
    return f"{url}?{urlencode(filters)}"
