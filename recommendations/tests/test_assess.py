"""Representatives assess on the public site for their own organisation only; moderators
publish; hostile input gets a form error, never a server error."""

import datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from recommendations.models import Assessment, Moderation, Recommendation

pytestmark = pytest.mark.django_db

SWEEP = settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def form_data(org, **changes):
    data = {
        "organisation": org.pk,
        "status": "partially",
        "assessed_on": "2025-10-01",
        "reason": "Ligji u ndryshua, por rregullorja mungon.",
        "evidence": "https://example.org/vendimi",
        "consent": "on",
    }
    return {**data, **changes}


def assess_url(register, recommendation):
    return register.record_url(recommendation) + "assess/"


def test_a_visitor_is_sent_to_sign_in(client, register, recommendation):
    response = client.get(assess_url(register, recommendation))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_a_signed_in_person_who_represents_no_one_cannot_assess(
    client, register, recommendation, django_user_model
):
    client.force_login(django_user_model.objects.create_user("askush", "a@example.org", "x"))
    assert client.get(assess_url(register, recommendation)).status_code == 404


def test_a_representative_assesses_for_their_organisation(
    client, register, recommendation, representative, organisation
):
    client.force_login(representative)
    assert "Shoqata Vëzhguese" in client.get(assess_url(register, recommendation)).content.decode()
    response = client.post(assess_url(register, recommendation), form_data(organisation))
    assert response.status_code == 302
    assessment = Assessment.objects.get()
    assert (assessment.organisation, assessment.moderation) == (organisation, Moderation.PENDING)
    assert assessment.submitted_by == representative
    assert Recommendation.objects.get(pk=recommendation.pk).status == "not-assessed"


def test_a_representative_cannot_assess_for_another_organisation(
    client, register, recommendation, representative, other_organisation
):
    client.force_login(representative)
    response = client.post(assess_url(register, recommendation), form_data(other_organisation))
    assert response.status_code == 400 and not Assessment.objects.exists()
    assert "Shoqata Tjetër" not in response.content.decode()


def test_the_moderators_publish_and_the_status_follows(
    client, register, recommendation, representative, organisation, moderator
):
    client.force_login(representative)
    client.post(assess_url(register, recommendation), form_data(organisation))
    assessment = Assessment.objects.get()
    assert moderator.has_perm("recommendations.moderate_assessment")
    assert not representative.has_perm("recommendations.moderate_assessment")
    client.force_login(moderator)
    edit = f"/admin/assessments/edit/{assessment.pk}/"
    data = {
        "recommendation": recommendation.pk,
        "assessor_kind": "cso",
        "organisation": organisation.pk,
        "status": "partially",
        "assessed_on": "2025-10-01",
        "reason": assessment.reason,
        "evidence": "",
        "moderation": "published",
        "moderation_reason": "",
    }
    assert client.post(edit, data).status_code == 302
    item = Recommendation.objects.get(pk=recommendation.pk)
    assert (item.status, item.status_by) == ("partially", "cso")
    body = client.get(register.record_url(recommendation)).content.decode()
    assert "Ligji u ndryshua" in body


def test_a_future_date_and_bad_links_are_form_errors(
    client, register, recommendation, representative, organisation
):
    client.force_login(representative)
    future = (datetime.date.today() + datetime.timedelta(days=30)).isoformat()
    for changes in ({"assessed_on": future}, {"evidence": "javascript:alert(1)"}, {"reason": " "}):
        response = client.post(
            assess_url(register, recommendation), form_data(organisation, **changes)
        )
        assert response.status_code == 400
    assert not Assessment.objects.exists()


@SWEEP
@given(
    field=st.sampled_from(["organisation", "status", "assessed_on", "reason", "evidence"]),
    value=st.text(max_size=60) | st.sampled_from(["\x00", "99999999999999999999", "-1", "1e3"]),
)
def test_hostile_form_values_never_break_the_page(
    client, register, recommendation, representative, organisation, field, value
):
    client.force_login(representative)
    response = client.post(
        assess_url(register, recommendation), form_data(organisation, **{field: value})
    )
    assert response.status_code in (302, 400)


@SWEEP
@given(
    key=st.sampled_from(["institution", "status", "topic", "source", "election", "page"]),
    value=st.text(max_size=40)
    | st.sampled_from(["\x00", "%00", "../", "' OR 1=1 --", "9" * 30, "fully"]),
)
def test_hostile_filter_values_never_break_the_register(
    client, register, recommendation, key, value
):
    for path in ("", "export/csv/", "feed/rss/"):
        response = client.get(register.url + path, {key: value})
        assert response.status_code == 200
