"""What an organisation has done on the platform, found through the other apps' relations to it.

Other apps point at `organisations.OrganisationPage` (publications' publishing organisations,
campaigns' partners, events' registrations); this module follows those relations back by model
label, so `organisations` imports no other app. An app that is not installed is simply skipped.
Every list is in the visitor's language, live pages only.
"""

from dataclasses import dataclass

from django.apps import apps
from django.utils.translation import gettext_lazy as _

from wagtail.models import Page


@dataclass(frozen=True)
class Relation:
    key: str
    label: str
    model: str  # the model that points at the organisation
    lookup: str  # its field that points at OrganisationPage
    page_field: str = ""  # for a non-page model: the field that leads to the page shown
    filters: tuple = ()  # extra (lookup, value) pairs
    newest_first_by: str = "first_published_at"


@dataclass(frozen=True)
class Records:
    """Rows that lead to no page (a recommendation's record in the register): the model lists
    them itself, with its `profile_entries(rows, locale)`: entries with title, url, card_meta."""

    key: str
    label: str
    model: str
    lookup: str
    filters: tuple = ()


RELATIONS = [
    Relation(
        "publications",
        _("Publications"),
        "publications.PublicationPage",
        "organisations",
        newest_first_by="publication_date",
    ),
    Relation(
        "campaigns",
        _("Campaigns"),
        "campaigns.CampaignPage",
        "partners",
        newest_first_by="start_date",
    ),
    Relation(
        "round_tables",
        _("Round tables it took part in"),
        "events.Registration",
        "organisation",
        page_field="event",
        filters=(("event__kind", "round_table"), ("status", "attended")),  # marked by organisers
        newest_first_by="start",
    ),
    Relation(
        "events",
        _("Other events it took part in"),
        "events.Registration",
        "organisation",
        page_field="event",
        filters=(("status", "attended"),),
        newest_first_by="start",
    ),
    # The policy dialogue (its rows point at the profile like registrations do); a
    # consultation with the organisation's position paper is listed under the paper.
    Relation(
        "position_papers",
        _("Position papers"),
        "dialogue.PositionPaper",
        "organisation",
        page_field="consultation",
        filters=(("status", "published"),),
        newest_first_by="closes_at",
    ),
    Relation(
        "consultations",
        _("Consultations it contributed to"),
        "dialogue.Contribution",
        "organisation",
        page_field="consultation",
        filters=(("status", "published"),),
        newest_first_by="closes_at",
    ),
    Relation(
        "statements",
        _("Joint statements it signed"),
        "dialogue.Signature",
        "organisation",
        page_field="statement",
        filters=(("withdrawn_at__isnull", True),),
    ),
]

RECORDS = [
    Records(
        "assessments",
        _("Recommendations it assessed"),
        "recommendations.Assessment",
        "organisation",
        filters=(("assessor_kind", "cso"), ("moderation", "published")),
    ),
]


def _model(label):
    app_label, name = label.split(".")
    if not apps.is_installed(app_label):
        return None
    try:
        return apps.get_model(app_label, name)
    except LookupError:
        return None


def _page_ids(relation, model, organisation_ids):
    rows = model.objects.filter(
        **{f"{relation.lookup}__in": organisation_ids}, **dict(relation.filters)
    )
    if relation.page_field:
        return rows.values_list(f"{relation.page_field}__translation_key", flat=True)
    return rows.filter(live=True).values_list("translation_key", flat=True)


def activity(organisation, locale, limit=12):
    """[(key, label, [pages])] for each kind of activity that has any, in `locale`."""
    organisation_ids = list(
        Page.objects.filter(translation_key=organisation.translation_key).values_list(
            "pk", flat=True
        )
    )
    found, seen = [], set()
    for relation in RELATIONS:
        model = _model(relation.model)
        if model is None:
            continue
        keys = set(_page_ids(relation, model, organisation_ids)) - seen
        if not keys:
            continue
        seen |= keys
        source = Page.objects.filter(translation_key__in=keys, locale=locale).live().public()
        pages = sorted(source.specific(), key=lambda page: _when(page, relation), reverse=True)
        if pages:
            found.append((relation.key, relation.label, pages[:limit]))
    return found + list(_records(organisation_ids, locale))


def _records(organisation_ids, locale):
    for records in RECORDS:
        model = _model(records.model)
        if model is None:
            continue
        rows = model.objects.filter(
            **{f"{records.lookup}__in": organisation_ids}, **dict(records.filters)
        )
        entries = model.profile_entries(rows, locale)
        if entries:
            yield records.key, records.label, entries


def _when(page, relation):
    value = getattr(page, relation.newest_first_by, None) or page.first_published_at
    return str(value or "")
