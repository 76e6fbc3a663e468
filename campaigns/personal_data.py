"""Campaign supporters in one person's data request (core.personaldata)."""

from django.utils.translation import gettext_lazy as _

from campaigns.models import Supporter
from core.personaldata import Source


def find(email):
    rows = Supporter.objects.filter(email=email).select_related("campaign", "municipality")
    return [
        {
            "campaign": row.campaign_label,
            "first name": row.first_name,
            "email": row.email,
            "municipality": str(row.municipality or ""),
            "status": row.get_status_display(),
            "consent": row.consent_text,
            "pledged at": row.created_at,
        }
        for row in rows
    ]


def erase(email):
    """Support is an opinion: the rows go entirely (the count drops by one)."""
    deleted, _details = Supporter.objects.filter(email=email).delete()
    return deleted


SOURCES = [Source(_("Campaign supporters"), find, erase)]
