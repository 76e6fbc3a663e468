"""An organisation's profile lists the recommendations it assessed: published CSO assessments
only, linking to the register's records in the visitor's language."""

import datetime

import pytest

from recommendations.factories import AssessmentFactory
from recommendations.models import AssessorKind, Moderation

pytestmark = pytest.mark.django_db


def assess(recommendation, organisation, **kwargs):
    return AssessmentFactory(
        recommendation=recommendation,
        assessor_kind=AssessorKind.CSO,
        organisation=organisation,
        assessed_on=datetime.date(2025, 11, 3),
        **kwargs,
    )


def test_profile_lists_published_cso_assessments(client, register, recommendation, organisation):
    assess(recommendation, organisation, status="mostly")
    body = client.get(organisation.url).content.decode()
    assert "Rekomandime që ka vlerësuar" in body
    assert f'href="{register.record_url(recommendation)}"' in body
    assert "ODIHR-1:" in body


def test_pending_rejected_and_odihr_assessments_stay_off(
    client, register, recommendation, organisation, other_organisation
):
    assess(recommendation, organisation, moderation=Moderation.PENDING)
    assess(recommendation, organisation, moderation=Moderation.REJECTED)
    assess(recommendation, other_organisation)
    AssessmentFactory(recommendation=recommendation)  # ODIHR's
    body = client.get(organisation.url).content.decode()
    assert "Rekomandime që ka vlerësuar" not in body
    assert register.record_url(recommendation) not in body


def test_no_register_no_entries(client, recommendation, organisation):
    assess(recommendation, organisation)
    body = client.get(organisation.url).content.decode()
    assert "Rekomandime që ka vlerësuar" not in body
