"""What search knows about page types, found by introspection so that new page types (the
organisation directory's profiles, say) are searched, labelled and faceted without changes here.

Only the dates need naming: each page type's own date field, by model label (string references,
so this app imports no other app).
"""

from functools import cache

from django.apps import apps
from django.db import models
from django.utils import timezone

from wagtail.models import Page, get_page_models

DATE_FIELDS = {
    "publications.PublicationPage": "publication_date",
    "events.EventPage": "start",
    "campaigns.CampaignPage": "start_date",
}


# Models that are not pages but are searched as a kind of their own (search.records).
RECORD_MODELS = ("recommendations.Recommendation",)


def installed(label):
    try:
        return apps.get_model(label)
    except LookupError:
        return None


def dated_page_types():
    """(lookup from Page, is_datetime) for each installed page type with a date of its own."""
    found = []
    for label, field_name in DATE_FIELDS.items():
        model = installed(label)
        if model is None:
            continue
        field = model._meta.get_field(field_name)
        lookup = f"{model._meta.model_name}__{field_name}"
        found.append((lookup, isinstance(field, models.DateTimeField)))
    return found


def record_models():
    return [model for label in RECORD_MODELS if (model := installed(label)) is not None]


def searchable_page_models():
    return [model for model in get_page_models() if model is not Page]


@cache  # the page models and their fields are fixed once the apps are loaded
def relations_to(target_label):
    """(page model, field) for every page-type field that points at `target_label`, many-to-many
    (topics, organisations) or foreign key (publication type)."""
    found = []
    for model in searchable_page_models():
        for field in model._meta.get_fields():
            if field.auto_created or not field.is_relation or field.related_model is None:
                continue
            if field.concrete and field.related_model._meta.label == target_label:
                found.append((model, field))
    return found


def page_day(page):
    """The page's own date (publication date, event start...), else its first publication."""
    field = DATE_FIELDS.get(page._meta.label)
    value = getattr(page, field, None) if field else None
    value = value or page.first_published_at
    if value is not None and hasattr(value, "hour"):
        value = timezone.localdate(value) if timezone.is_aware(value) else value.date()
    return value
