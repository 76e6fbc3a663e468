"""Event registrations in one person's data request (core.personaldata)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.personaldata import Source
from events import registration as registrations
from events.models import ACTIVE, Registration

FIELDS = ["name", "email", "organisation_name", "position", "phone", "needs", "language"]


def find(email):
    rows = Registration.objects.filter(email=email).select_related("organisation", "event")
    return [
        {
            "event": row.event_label,
            **{field: getattr(row, field) for field in FIELDS},
            "organisation": row.organisation_label,
            "status": row.get_status_display(),
            "consent": row.consent_text,
            "registered at": row.created_at,
        }
        for row in rows
    ]


def erase(email):
    """Active registrations are cancelled first (through the service, so a freed seat goes to
    the waiting list); then every registration of the address is anonymised."""
    rows = Registration.objects.filter(email=email)
    for row in rows.filter(status__in=ACTIVE).exclude(event=None):
        registrations.change(row, "cancelled", "")
    return rows.update(
        name="",
        email=None,
        phone="",
        position="",
        needs="",
        consent_text="",
        purged_at=timezone.now(),
    )


SOURCES = [Source(_("Event registrations"), find, erase)]
