"""Moderation in the admin: who may, publish and reject with reasons, report and exports."""

import io

import pytest
from openpyxl import load_workbook

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from core import personaldata
from core.models import User
from dialogue.models import Contribution, ContributionStatus
from dialogue.tests.conftest import client_for

pytestmark = pytest.mark.django_db


@pytest.fixture
def moderator(db):
    user = User.objects.create_user("mod", "mod@example.org", "pw")
    user.groups.add(Group.objects.get(name="Moderators"))
    return client_for(user)


@pytest.fixture
def contribution(alice_client, consultation):
    alice_client.post(
        f"{consultation.url}contribute/article-2/",
        {
            "kind": "amendment",
            "text": '=HYPERLINK("http://evil.example")',
            "proposed_wording": "Partitë raportojnë shpenzimet brenda 15 ditëve.",
            "consent": "on",
        },
    )
    return Contribution.objects.get()


def test_moderators_publish_and_reject_with_a_reason(moderator, contribution, consultation):
    url = reverse("dialogue_contributions:edit", args=[contribution.pk])
    assert moderator.get(reverse("dialogue_contributions:index")).status_code == 200
    refused = moderator.post(url, {"status": "rejected", "reason": ""})
    assert refused.status_code == 200  # the form again, with the error
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PENDING
    moderator.post(url, {"status": "rejected", "reason": "Jashtë teme."})
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.REJECTED and contribution.moderated_at
    moderator.post(url, {"status": "published", "reason": ""})
    contribution.refresh_from_db()
    assert contribution.status == ContributionStatus.PUBLISHED


def test_representatives_cannot_moderate_or_export(alice_client, contribution, consultation):
    assert alice_client.get(reverse("dialogue_contributions:index")).status_code in (302, 403)
    export = reverse("dialogue_export", args=[consultation.pk, "csv"])
    assert alice_client.get(export).status_code in (302, 403)
    assert alice_client.get(reverse("dialogue_report", args=[consultation.pk])).status_code in (
        302,
        403,
    )


def test_exports_and_printable_report(moderator, contribution, consultation):
    csv = moderator.get(reverse("dialogue_export", args=[consultation.pk, "csv"]))
    text = csv.content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "Qendra Alfa" in text  # no cell read as a formula
    xlsx = moderator.get(reverse("dialogue_export", args=[consultation.pk, "xlsx"]))
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    assert sheet.cell(2, 1).value == "2" and sheet.cell(2, 6).data_type == "s"
    report = moderator.get(reverse("dialogue_report", args=[consultation.pk]))
    html = report.content.decode()
    assert "report.css" in html and "<del>30</del><ins>15</ins>" in html
    assert moderator.get(reverse("dialogue_consultations")).status_code == 200


def test_personal_data_export_and_erase(alice, contribution, statement, bob_client, org_b):
    bob_client.post(f"{statement.url}sign/", {"organisation": org_b.pk, "consent": "on"})
    with translation.override("en"):
        found = dict(personaldata.find("ALICE@example.org"))
        assert found["Consultation contributions"][0]["article"] == "2"
        assert "Joint statement signatures" in dict(personaldata.find("bob@example.org"))
    personaldata.erase("alice@example.org")
    contribution.refresh_from_db()
    assert contribution.user is None and contribution.name == ""
    assert contribution.proposed_wording  # the organisation's input stays


def test_deleting_the_last_translation_with_personal_data_is_refused(contribution, consultation):
    from django.db.models import ProtectedError

    with pytest.raises(ProtectedError):
        consultation.delete()
