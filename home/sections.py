"""Builds the home page's sections from core's registry: editors' picks first, then the newest."""

from dataclasses import dataclass, field

from django.apps import apps

from wagtail.models import Page

from core import fragments
from core.navigation import active_locale
from core.sections import home_sections


@dataclass
class RenderedSection:
    key: str
    title: str
    items: list = field(default_factory=list)
    more_url: str = ""
    more_label: str = ""


def localized_picks(home, locale):
    """The featured pages in `locale`, in the editors' order, live and public only."""
    keys = [pick.page.translation_key for pick in home.featured_pages.select_related("page")]
    if not keys:
        return []
    pages = Page.objects.live().public().filter(translation_key__in=keys, locale=locale).specific()
    by_key = {page.translation_key: page for page in pages}
    return [by_key[key] for key in keys if key in by_key]


def build_sections(home, request=None):
    locale = active_locale(request)
    picks = localized_picks(home, locale)
    sections = []
    for section in home_sections:
        model = apps.get_model(section.model)
        chosen = [page for page in picks if isinstance(page, model)][: section.limit]
        missing = section.limit - len(chosen)
        if missing > 0:
            fallback = section.queryset(locale).exclude(pk__in=[page.pk for page in chosen])
            chosen += list(fallback[:missing])
        if chosen:
            sections.append(_rendered(section, chosen, locale, request))
    return sections


def _rendered(section, items, locale, request):
    return RenderedSection(
        section.key, section.title, items, more_url(section, locale, request), section.more_label
    )


HERO_SECTIONS = ("research", "events", "organisations")


def hero_links(request):
    """{section key: its index URL} for the hero's buttons, whether or not the section has
    items yet (an empty library still has its page)."""
    locale = active_locale(request)
    links = {}
    for key in HERO_SECTIONS:
        section = home_sections.get(key)
        if section is not None:
            links[key] = more_url(section, locale, request)
    return links


def more_url(section, locale, request):
    """The URL of the section's index page ("See all"), or "": kept with the menu (core.fragments
    generation: publishing, unpublishing, moving or deleting a page changes it), so rebuilding
    the sections after a registration or a new supporter does not look the indexes up again."""
    if section.index_queryset is None:
        return ""

    def compute():
        index = section.index_queryset(locale).first()
        return index.url if index else ""

    return fragments.kept(request, "section-more", section.key, compute)
