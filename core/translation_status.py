"""What lacks a translation, and what was translated from an older version of its source.

A page or translatable snippet is *missing* in a language when no object with its
`translation_key` exists in that language. A translation is *out of date* when its source changed
after wagtail-localize last read it: for pages, the source's `last_published_at` is later than
its TranslationSource's `last_updated_at` (set when the translation was made or last synced,
`TranslationSource.update_from_db`); for snippets, which keep no dates, the snippet's fields
differ from the content the TranslationSource holds. "Translate" is wagtail-localize's submit
view; "Sync" is its update-translations view, which reads the source again and updates every
translation of it.
"""

import json
from dataclasses import dataclass

from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.translation import get_language_info

from modelcluster.models import get_serializable_data_for_fields
from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models
from wagtail_localize.models import Translation, TranslationSource

MISSING, OUTDATED = "missing", "outdated"
SECTION_DEPTH = 3  # the home page's children: Publications, Campaigns, Events, Organisations...
STEPLEN = Page.steplen


@dataclass
class Row:
    title: str
    kind: str  # the model's verbose name
    source_locale: Locale
    target_locale: Locale
    state: str
    action_url: str
    edit_url: str
    section_key: str = ""  # the translation_key of the page's section ("" for snippets)

    @property
    def target_language(self):
        """The target language's name in the admin's language ("anglisht", "English")."""
        return get_language_info(self.target_locale.language_code)["name_translated"]

    @property
    def source_language(self):
        return get_language_info(self.source_locale.language_code)["name_translated"]


def locales():
    return {locale.pk: locale for locale in Locale.objects.all()}


def page_sources():
    """{(translation_key, locale_id): TranslationSource} for every page source."""
    page_types = Page.objects.values_list("content_type_id", flat=True).distinct()
    sources = TranslationSource.objects.filter(specific_content_type__in=list(page_types))
    return with_targets({(source.object_id, source.locale_id): source for source in sources})


def with_targets(sources):
    """Each source's `targets`: the locale ids it has an enabled translation into (one query)."""
    pairs = Translation.objects.filter(source__in=list(sources.values()), enabled=True).values_list(
        "source_id", "target_locale_id"
    )
    for source in sources.values():
        source.targets = {target for source_id, target in pairs if source_id == source.pk}
    return sources


def section_keys():
    """{path prefix of a section page: its translation_key}."""
    sections = Page.objects.filter(depth=SECTION_DEPTH).values_list("path", "translation_key")
    return dict(sections)


def page_rows(all_locales):
    pages = list(
        Page.objects.filter(depth__gt=1, alias_of__isnull=True)
        .select_related("content_type")
        .order_by("path")
    )
    present = {(page.translation_key, page.locale_id) for page in pages}
    sources, sections = page_sources(), section_keys()
    rows = []
    for page in pages:
        section = sections.get(page.path[: STEPLEN * SECTION_DEPTH], "")
        for locale in all_locales.values():
            if locale.pk == page.locale_id:
                continue
            row = page_row(page, locale, present, sources, all_locales)
            if row:
                row.section_key = str(section)
                rows.append(row)
    return rows


def page_row(page, locale, present, sources, all_locales):
    source = sources.get((page.translation_key, page.locale_id))
    if (page.translation_key, locale.pk) not in present:
        # Only the original is offered for translation: a translation's own source exists.
        url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
        return make_row(page, locale, MISSING, url, all_locales)
    if source and locale.pk in source.targets and newer(page.last_published_at, source):
        url = reverse("wagtail_localize:update_translations", args=[source.pk])
        return make_row(page, locale, OUTDATED, url, all_locales)
    return None


def newer(published_at, source):
    return bool(published_at) and published_at > source.last_updated_at


def make_row(obj, locale, state, action_url, all_locales):
    if isinstance(obj, Page):
        title, kind = obj.title, obj.content_type.model_class()._meta.verbose_name
        edit_url = reverse("wagtailadmin_pages:edit", args=[obj.pk])
    else:
        title, kind = str(obj), obj._meta.verbose_name
        edit_url = reverse(
            f"wagtailsnippets_{obj._meta.app_label}_{obj._meta.model_name}:edit", args=[obj.pk]
        )
    return Row(title, str(kind), all_locales[obj.locale_id], locale, state, action_url, edit_url)


def snippet_content(instance):
    return json.loads(json.dumps(get_serializable_data_for_fields(instance), cls=DjangoJSONEncoder))


def changed(source, obj):
    return json.loads(source.content_json) != snippet_content(obj)


def snippet_rows(all_locales):
    rows = []
    for model in get_snippet_models():
        if issubclass(model, TranslatableMixin):
            rows.extend(rows_of_snippet_model(model, all_locales))
    return rows


def rows_of_snippet_model(model, all_locales):
    objects = list(model.objects.all())
    present = {(obj.translation_key, obj.locale_id) for obj in objects}
    sources = with_targets(
        {
            (source.object_id, source.locale_id): source
            for source in TranslationSource.objects.filter(
                specific_content_type__app_label=model._meta.app_label,
                specific_content_type__model=model._meta.model_name,
            )
        }
    )
    rows = []
    for obj in objects:
        source = sources.get((obj.translation_key, obj.locale_id))
        for locale in all_locales.values():
            if locale.pk == obj.locale_id:
                continue
            if (obj.translation_key, locale.pk) not in present:
                args = [model._meta.app_label, model._meta.model_name, obj.pk]
                url = reverse("wagtail_localize:submit_snippet_translation", args=args)
                rows.append(make_row(obj, locale, MISSING, url, all_locales))
            elif locale.pk in getattr(source, "targets", ()) and changed(source, obj):
                url = reverse("wagtail_localize:update_translations", args=[source.pk])
                rows.append(make_row(obj, locale, OUTDATED, url, all_locales))
    return rows


def overview(section="", language="", state=""):
    """Every row, filtered: section (a section page's translation_key, or "snippets"), the
    language a translation is missing in or out of date in, and the state."""
    all_locales = locales()
    rows = snippet_rows(all_locales) if section in ("", "snippets") else []
    if section != "snippets":
        rows = page_rows(all_locales) + rows
    if section not in ("", "snippets"):
        rows = [row for row in rows if row.section_key == section]
    if language:
        rows = [row for row in rows if row.target_locale.language_code == language]
    if state:
        rows = [row for row in rows if row.state == state]
    return rows


def page_status(page):
    """The page editor's notice: [(locale, state, url)] for each other language."""
    if not page.pk:
        return []
    all_locales = locales()
    present = set(
        Page.objects.filter(translation_key=page.translation_key).values_list(
            "translation_key", "locale_id"
        )
    )
    sources = with_targets(
        {
            (source.object_id, source.locale_id): source
            for source in TranslationSource.objects.filter(
                object_id=page.translation_key, locale_id=page.locale_id
            )
        }
    )
    rows = []
    for locale in all_locales.values():
        if locale.pk != page.locale_id:
            row = page_row(page, locale, present, sources, all_locales)
            if row:
                rows.append(row)
    return rows
