"""The effective status: ODIHR's latest assessment, else the latest published CSO one, else not
yet assessed; stored on every translation."""

import datetime

import pytest

from recommendations.factories import AssessmentFactory, RecommendationFactory
from recommendations.models import AssessorKind, Moderation, Recommendation

pytestmark = pytest.mark.django_db

DAY = datetime.date(2025, 6, 1)


def reload(item):
    return Recommendation.objects.get(pk=item.pk)


def test_without_assessments_it_is_not_yet_assessed(recommendation):
    assert (recommendation.status, recommendation.status_by) == ("not-assessed", "")


def test_odihr_wins_over_a_newer_cso_assessment(recommendation, organisation):
    AssessmentFactory(recommendation=recommendation, status="not-implemented", assessed_on=DAY)
    AssessmentFactory(
        recommendation=recommendation,
        status="fully",
        assessor_kind=AssessorKind.CSO,
        organisation=organisation,
        assessed_on=DAY + datetime.timedelta(days=90),
    )
    item = reload(recommendation)
    assert (item.status, item.status_by, item.status_date) == ("not-implemented", "odihr", DAY)


def test_the_latest_odihr_assessment_counts(recommendation):
    AssessmentFactory(recommendation=recommendation, status="not-implemented", assessed_on=DAY)
    later = DAY + datetime.timedelta(days=400)
    AssessmentFactory(recommendation=recommendation, status="mostly", assessed_on=later)
    assert reload(recommendation).status == "mostly"


def test_only_a_published_cso_assessment_counts(recommendation, organisation):
    pending = AssessmentFactory(
        recommendation=recommendation,
        status="partially",
        assessor_kind=AssessorKind.CSO,
        organisation=organisation,
        moderation=Moderation.PENDING,
    )
    assert reload(recommendation).status == "not-assessed"
    pending.moderation = Moderation.PUBLISHED
    pending.save()
    assert (reload(recommendation).status, reload(recommendation).status_by) == ("partially", "cso")


def test_deleting_the_assessment_restores_not_yet_assessed(recommendation):
    assessment = AssessmentFactory(recommendation=recommendation)
    assessment.delete()
    assert reload(recommendation).status == "not-assessed"


def test_every_translation_shares_the_status(recommendation, en):
    english = RecommendationFactory(
        locale=en,
        translation_key=recommendation.translation_key,
        institution=recommendation.institution,
        reference_code=recommendation.reference_code,
        slug=recommendation.slug,
        text="Amend article 1.",
    )
    AssessmentFactory(recommendation=english, status="fully")
    assert reload(recommendation).status == "fully"
    assert [a.pk for a in recommendation.assessments()] == [a.pk for a in english.assessments()]
