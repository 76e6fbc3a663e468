"""Locale-aware lookups for translatable objects (snippets and pages)."""

from wagtail.models import Locale


def localized(objects, locale=None):
    """Each object's translation in `locale` (the active one by default), else the object.

    One query per call, whatever the number of objects; order is kept.
    """
    objects = list(objects)
    if not objects:
        return []
    locale = locale or Locale.get_active()
    model = type(objects[0])
    manager = model._default_manager
    keys = {obj.translation_key for obj in objects if obj.locale_id != locale.pk}
    found = {}
    if keys:
        rows = manager.filter(translation_key__in=keys, locale=locale)
        found = {row.translation_key: row for row in rows}
    return [found.get(obj.translation_key, obj) for obj in objects]


def localized_pages(pages, locale):
    """Live translations in `locale` of `pages` (any type), in order; one query plus one per
    page type."""
    from wagtail.models import Page

    keys = [page.translation_key for page in pages]
    found = Page.objects.live().public().filter(translation_key__in=keys, locale=locale).specific()
    by_key = {page.translation_key: page for page in found}
    return [by_key[key] for key in keys if key in by_key]


def by_slug(model, locale):
    """{slug: object} for every row of a translatable taxonomy in `locale`."""
    return {row.slug: row for row in model.objects.filter(locale=locale)}
