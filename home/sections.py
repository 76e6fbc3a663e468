"""Builds the home page's sections from core's registry: editors' picks first, then the newest."""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import prefetch_related_objects

from wagtail.models import Page

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


def prefetch_card_images(pages):
    """Load each card's image and its renditions in one query per page type."""
    by_class = {}
    for page in pages:
        by_class.setdefault(type(page), []).append(page)
    for cls, group in by_class.items():
        image_field = getattr(cls, "card_image_field", "social_image")
        prefetch_related_objects(group, f"{image_field}__renditions")


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
            sections.append(_rendered(section, chosen, locale))
    prefetch_card_images([item for section in sections for item in section.items])
    return sections


def _rendered(section, items, locale):
    more_url = ""
    if section.index_queryset is not None:
        index = section.index_queryset(locale).first()
        more_url = index.url if index else ""
    return RenderedSection(section.key, section.title, items, more_url, section.more_label)
