"""The index page of a home section (core.sections) in the visitor's language, so a template can
link to "the library" or "the directory's registration" without importing the app."""

from django import template

from core.navigation import active_locale
from core.sections import home_sections

register = template.Library()


@register.simple_tag(takes_context=True)
def section_index(context, key):
    """The first live index page of section `key` in the active locale, or None; one query,
    remembered for the rest of the request."""
    request = context["request"]
    memo = request.__dict__.setdefault("_section_indexes", {})
    if key not in memo:
        section = home_sections.get(key)
        found = None
        if section and section.index_queryset:
            found = section.index_queryset(active_locale(request)).first()
        memo[key] = found
    return memo[key]
