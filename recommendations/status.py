"""The one service that sets a recommendation's effective status (on every translation).

The rule: ODIHR's latest assessment if there is one; else the latest *published* CSO
assessment; else "not yet assessed". Assessments are ordered by date, then by entry.
"""

from recommendations.models import Assessment, AssessorKind, Moderation, Recommendation, Status


def effective(assessments):
    """(status, assessor kind, date) from `assessments`, newest first."""
    published = [item for item in assessments if item.moderation == Moderation.PUBLISHED]
    for kind in (AssessorKind.ODIHR, AssessorKind.CSO):
        latest = next((item for item in published if item.assessor_kind == kind), None)
        if latest is not None:
            return latest.status, kind, latest.assessed_on
    return Status.NOT_ASSESSED, "", None


def refresh(translation_key):
    """Store the effective status on every translation of the recommendation."""
    assessments = Assessment.objects.filter(
        recommendation__translation_key=translation_key
    ).order_by("-assessed_on", "-pk")
    status, kind, day = effective(list(assessments))
    Recommendation.objects.filter(translation_key=translation_key).update(
        status=status, status_by=kind, status_date=day
    )
    return status


def on_assessment_change(sender, instance, **kwargs):
    if kwargs.get("raw"):
        return
    key = Recommendation.objects.filter(pk=instance.recommendation_id).values_list(
        "translation_key", flat=True
    )
    for translation_key in key:
        refresh(translation_key)
