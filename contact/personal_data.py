"""Contact messages in one person's data request (core.personaldata)."""

from django.utils.translation import gettext_lazy as _

from contact.models import ContactMessage
from core.personaldata import Source

FIELDS = ["name", "email", "organisation", "message", "language"]


def find(email):
    return [
        {
            **{field: getattr(row, field) for field in FIELDS},
            "consent": row.consent_text,
            "received at": row.created_at,
        }
        for row in ContactMessage.objects.filter(email=email)
    ]


def erase(email):
    deleted, _counts = ContactMessage.objects.filter(email=email).delete()
    return deleted


SOURCES = [Source(_("Contact messages"), find, erase)]
