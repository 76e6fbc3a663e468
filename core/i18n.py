"""Locale-aware lookups for translatable objects (snippets and pages)."""

from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource


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


class TranslatesRelations:
    """A TranslatableMixin model whose many-to-many relations to translatable taxonomies
    (`translated_relations`, e.g. ["topics"]) follow it into a new translation: wagtail-localize
    makes one with `copy_for_translation` (which copies no many-to-many), and on its first save
    the copy gets the source's related objects in its own locale, each its translation where one
    exists, else the source's object. Later edits of either side stay their own."""

    translated_relations = ()

    def copy_for_translation(self, locale, exclude_fields=None):
        copy = super().copy_for_translation(locale, exclude_fields=exclude_fields)
        copy._relations_source = self
        return copy

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        source = self.__dict__.pop("_relations_source", None)
        if source is not None:
            for name in self.translated_relations:
                related = getattr(source, name).all()
                getattr(self, name).set(localized(related, self.locale))


def localized_pages(pages, locale):
    """Live translations in `locale` of `pages` (any type), in order; one query plus one per
    page type."""

    keys = [page.translation_key for page in pages]
    found = Page.objects.live().public().filter(translation_key__in=keys, locale=locale).specific()
    by_key = {page.translation_key: page for page in found}
    return [by_key[key] for key in keys if key in by_key]


def by_slug(model, locale):
    """{slug: object} for every row of a translatable taxonomy in `locale`."""
    return {row.slug: row for row in model.objects.filter(locale=locale)}


def translate(instance, locale, mapping, log=None):
    """Create or refresh `instance`'s translation into `locale` from an {sq: en} mapping.

    Returns the translated object, published, as if a translator had saved it in
    wagtail-localize's editor. Strings missing from the mapping keep the source text and are
    reported through `log`, so demo content never ships half-translated by accident.
    """
    source, _ = TranslationSource.update_or_create_from_instance(instance)
    translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = mapping.get(entry.msgid, "")
        if not entry.msgstr and log:
            log(f"  ! no {locale.language_code} text for: {entry.msgid[:70]}")
    translation.import_po(po)
    translation.save_target(publish=True)
    return instance.get_translation(locale)
