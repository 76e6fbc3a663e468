"""One purge pattern (core.purge): every kind of personal data is purged after its retention in
PERSONAL_DATA_RETENTION_DAYS, by a command that prints "<kind>: N deleted, M erased", and rows
that stay for the counts keep NULL where the email was. purge_personal_data runs them all."""

import datetime
import io
import uuid

import pytest

from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import Supporter, SupporterStatus
from contact.management.commands import purge_contact_messages
from contact.models import ContactMessage
from core.models import Municipality
from dialogue.models import Contribution, ContributionKind, ContributionStatus
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Registration, RegistrationStatus
from organisations.models import ApplicationStatus, OrganisationApplication

pytestmark = pytest.mark.django_db
RETENTION = 10  # days, for every kind: the defaults differ, the tests must not depend on them


@pytest.fixture(autouse=True)
def retention(settings):
    kinds = settings.PERSONAL_DATA_RETENTION_DAYS
    settings.PERSONAL_DATA_RETENTION_DAYS = dict.fromkeys(kinds, RETENTION)


def ago(days):
    return timezone.now() - datetime.timedelta(days=days)


def run(command, *args):
    out = io.StringIO()
    call_command(command, *args, stdout=out)
    return out.getvalue().strip()


def register(event, email):
    return Registration.objects.create(
        event=event, name="Arta", email=email, status=RegistrationStatus.ATTENDED, language="sq"
    )


def test_registrations(home):
    listing = EventIndexPageFactory(parent=home)
    old = EventPageFactory(parent=listing, start=ago(RETENTION + 2), end=ago(RETENTION + 1))
    recent = EventPageFactory(parent=listing, start=ago(RETENTION), end=ago(RETENTION - 1))
    for event, email in [(old, "a@example.org"), (old, "b@example.org"), (recent, "c@e.org")]:
        register(event, email)
    assert run("purge_registrations") == "registrations: 0 deleted, 2 erased"
    assert sorted(Registration.objects.values_list("email", flat=True), key=str) == [
        None,
        None,
        "c@e.org",
    ]


def support(campaign, email, status):
    key = campaign.translation_key
    return Supporter.objects.create(
        campaign=campaign, campaign_key=key, email=email, language="sq", status=status
    )


def test_supporters(home):
    listing = CampaignIndexPageFactory(parent=home)
    today = timezone.localdate()
    old = CampaignPageFactory(parent=listing, end_date=today - datetime.timedelta(RETENTION + 1))
    recent = CampaignPageFactory(parent=listing, end_date=today - datetime.timedelta(RETENTION))
    support(old, "a@example.org", SupporterStatus.CONFIRMED)
    support(old, "b@example.org", SupporterStatus.CONFIRMED)
    support(old, "c@example.org", SupporterStatus.PENDING)
    support(recent, "d@example.org", SupporterStatus.CONFIRMED)
    assert run("purge_supporters") == "supporters: 1 deleted, 2 erased"
    assert sorted(Supporter.objects.values_list("email", flat=True), key=str) == [
        None,
        None,
        "d@example.org",
    ]


def apply(status, days):
    application = OrganisationApplication.objects.create(
        name="Qendra",
        intro="x",
        seat=Municipality.objects.first(),
        contact_email="info@example.org",
        applicant_name="Arta",
        applicant_role="drejtore",
        applicant_email=f"{status}@example.org",
        status=status,
    )
    OrganisationApplication.objects.filter(pk=application.pk).update(
        created_at=ago(days), updated_at=ago(days), decided_at=ago(days)
    )


def test_applications():
    apply(ApplicationStatus.REJECTED, RETENTION + 1)
    apply(ApplicationStatus.APPROVED, RETENTION + 1)
    apply(ApplicationStatus.PENDING, RETENTION - 1)
    output = run("purge_applications")
    assert output.startswith("applications: 1 deleted, 1 erased;")
    emails = OrganisationApplication.objects.values_list("applicant_email", flat=True)
    assert set(emails) == {None, "pending@example.org"}  # erased to NULL, as in every app


def message(days):
    row = ContactMessage.objects.create(
        name="A", email="a@example.org", message="x", language="sq", consent_text="c"
    )
    ContactMessage.objects.filter(pk=row.pk).update(created_at=ago(days))


def test_contact_messages():
    message(RETENTION + 1)
    message(RETENTION - 1)
    assert run("purge_contact_messages") == "contact_messages: 1 deleted, 0 erased"
    assert ContactMessage.objects.count() == 1


def contribute(days, status=ContributionStatus.UNCONFIRMED):
    return Contribution.objects.create(
        consultation_key=uuid.uuid4(),
        article_key=uuid.uuid4(),
        article_number="1",
        kind=ContributionKind.COMMENT,
        text="x",
        email="a@example.org",
        status=status,
        created_at=ago(days),
    )


def test_dialogue_unconfirmed():
    contribute(RETENTION + 1)
    contribute(RETENTION - 1)
    kept = contribute(RETENTION + 1, ContributionStatus.PUBLISHED)
    assert run("purge_dialogue") == "dialogue_unconfirmed: 1 deleted, 0 erased"
    assert Contribution.objects.count() == 2 and Contribution.objects.filter(pk=kept.pk).exists()


def test_days_overrides_the_setting():
    message(RETENTION - 1)
    assert run("purge_contact_messages", "--days", "1") == "contact_messages: 1 deleted, 0 erased"


def test_purge_personal_data_runs_every_kind():
    lines = run("purge_personal_data").splitlines()
    kinds = [line.split(":")[0] for line in lines]
    assert sorted(kinds) == sorted(
        ["applications", "contact_messages", "dialogue_unconfirmed", "registrations", "supporters"]
    )
    assert all(" 0 deleted, 0 erased" in line for line in lines)


def test_one_failing_purge_does_not_stop_the_others(monkeypatch):
    def broken(days):
        raise RuntimeError("database gone")

    monkeypatch.setattr(purge_contact_messages, "purge", broken)
    message(RETENTION + 1)
    contribute(RETENTION + 1)
    out, err = io.StringIO(), io.StringIO()
    with pytest.raises(CommandError, match="purge_contact_messages"):
        call_command("purge_personal_data", stdout=out, stderr=err)
    assert "dialogue_unconfirmed: 1 deleted, 0 erased" in out.getvalue()
    assert "database gone" in err.getvalue() and ContactMessage.objects.count() == 1
