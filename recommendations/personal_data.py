"""Assessments a person submitted for their organisation, in one person's data request
(core.personaldata). The assessment is the organisation's: erasing removes the person from it."""

from django.utils.translation import gettext_lazy as _

from core.personaldata import Source
from recommendations.models import Assessment


def submitted(email):
    return Assessment.objects.filter(submitted_by__email=email).select_related("recommendation")


def find(email):
    return [
        {
            "recommendation": row.recommendation.reference_code,
            "organisation": row.assessor,
            "status": row.get_status_display(),
            "reason": row.reason,
            "submitted at": row.created_at,
        }
        for row in submitted(email)
    ]


def erase(email):
    return submitted(email).update(submitted_by=None)


SOURCES = [Source(_("Assessments of recommendations"), find, erase)]
