"""The page editor's form: lists of translatable things show only the page's language.

Topics, audiences, focus areas and organisations are chosen from plain lists (checkboxes,
selects); Django's `limit_choices_to` cannot see the page, so the form narrows each such list to
the page's locale (the parent's, for a new page), keeping whatever the page holds already so
nothing is dropped on save. Lists whose model has a `sort_key` (the directory's Albanian order,
core.collation) follow it. Chooser widgets (pages, images, documents, people) are left
alone: they have their own language filter. Slugs are folded to ASCII.
"""

from django import forms
from django.db.models import Q
from django.utils.text import slugify

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.models import TranslatableMixin


def is_list(field):
    return isinstance(getattr(field, "widget", None), forms.widgets.ChoiceWidget)


def chosen_ids(value):
    """The ids in a field's initial value: none, one id or object, or a list of them."""
    if value is None or value == "":
        return []
    items = [value] if isinstance(value, str | int) or not hasattr(value, "__iter__") else value
    return [getattr(item, "pk", item) for item in items]


def ascii_slug(value):
    return value if value.isascii() else slugify(value, allow_unicode=False)


class LocalisedPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = self.page_locale()
        if locale is None:
            return
        for name, field in self.fields.items():
            queryset = getattr(field, "queryset", None)
            if queryset is None or not is_list(field):
                continue
            if issubclass(queryset.model, TranslatableMixin):
                keep = chosen_ids(self.initial.get(name))
                field.queryset = queryset.filter(Q(locale=locale) | Q(pk__in=keep))
            if any(f.name == "sort_key" for f in queryset.model._meta.fields):
                field.queryset = field.queryset.order_by("sort_key")

    def clean_slug(self):
        """ASCII only, whatever was typed or pasted: kutitë-e-çështjes -> kutite-e-ceshtjes (the
        admin's script does the same as the title is typed; WAGTAIL_ALLOW_UNICODE_SLUGS)."""
        return ascii_slug(self.cleaned_data.get("slug") or "")

    def page_locale(self):
        if self.instance.locale_id:
            return self.instance.locale
        parent = getattr(self, "parent_page", None)
        return parent.locale if parent is not None and parent.locale_id else None
