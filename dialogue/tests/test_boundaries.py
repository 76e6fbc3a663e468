"""What the server refuses, whatever the form says: another organisation, one's own
contribution, a closed consultation, a second signature, a citizen where none may take part."""

import datetime

import pytest

from django.utils import timezone

from dialogue.models import Contribution, ContributionStatus, Endorsement, Signature
from dialogue.participation import moderate
from dialogue.tests.conftest import client_for, representative

pytestmark = pytest.mark.django_db
CONSENT = {"consent": "on"}


def post_comment(client, page, **extra):
    data = {"kind": "comment", "text": "Koment", **CONSENT, **extra}
    return client.post(f"{page.url}contribute/article-1/", data)


def published_by(client, page):
    post_comment(client, page)
    row = Contribution.objects.latest("pk")
    return moderate(row, ContributionStatus.PUBLISHED)


def test_a_representative_cannot_act_for_another_organisation(alice_client, org_b, consultation):
    response = post_comment(alice_client, consultation, organisation=org_b.pk)
    assert response.status_code == 400
    assert "Mund të veproni vetëm për një organizatë që përfaqësoni." in response.content.decode()
    assert not Contribution.objects.exists()


def test_no_endorsement_of_ones_own_organisations_contribution(alice_client, org_a, consultation):
    contribution = published_by(alice_client, consultation)
    colleague = client_for(representative("colleague", org_a))
    colleague.post(
        f"{consultation.url}endorse/{contribution.public_id}/",
        {"organisation": org_a.pk, **CONSENT},
    )
    alice_client.post(
        f"{consultation.url}endorse/{contribution.public_id}/",
        {"organisation": org_a.pk, **CONSENT},
    )
    assert not Endorsement.objects.exists()


def test_one_endorsement_per_organisation(alice_client, bob_client, org_b, consultation):
    contribution = published_by(alice_client, consultation)
    url = f"{consultation.url}endorse/{contribution.public_id}/"
    for _ in range(2):
        bob_client.post(url, {"organisation": org_b.pk, **CONSENT})
    assert Endorsement.objects.count() == 1


def test_pending_contributions_cannot_be_endorsed(alice_client, bob_client, org_b, consultation):
    post_comment(alice_client, consultation)
    row = Contribution.objects.get()
    bob_client.post(
        f"{consultation.url}endorse/{row.public_id}/", {"organisation": org_b.pk, **CONSENT}
    )
    assert not Endorsement.objects.exists()


def test_a_closed_consultation_refuses_everything(alice_client, bob_client, org_b, consultation):
    contribution = published_by(alice_client, consultation)
    consultation.closes_at = timezone.now() - datetime.timedelta(seconds=1)
    consultation.save_revision().publish()
    response = post_comment(alice_client, consultation)
    assert response.status_code == 400
    assert "Ky konsultim është mbyllur" in response.content.decode()
    bob_client.post(
        f"{consultation.url}endorse/{contribution.public_id}/",
        {"organisation": org_b.pk, **CONSENT},
    )
    position = bob_client.post(
        f"{consultation.url}position/", {"title": "T", "text": "Q", **CONSENT}
    )
    assert position.status_code == 400
    assert Contribution.objects.count() == 1 and not Endorsement.objects.exists()


def test_anonymous_visitors_cannot_contribute_without_citizens_allowed(client, consultation):
    response = post_comment(client, consultation, name="Ana", email="ana@example.org")
    assert response.status_code == 403
    assert not Contribution.objects.exists()


def test_a_login_without_an_organisation_cannot_contribute(consultation):
    from core.models import User

    client = client_for(User.objects.create_user("nobody", "n@example.org", "pw"))
    assert post_comment(client, consultation).status_code == 403
    assert not Contribution.objects.exists()


def test_citizen_contribution_counts_after_email_confirmation(client, consultation, mailoutbox):
    consultation.allow_citizens = True
    consultation.save_revision().publish()
    response = post_comment(client, consultation, name="Ana", email="Ana@Example.org")
    assert response.status_code == 302
    row = Contribution.objects.get()
    assert row.status == ContributionStatus.UNCONFIRMED and row.email == "ana@example.org"
    link = next(line for line in mailoutbox[0].body.splitlines() if "confirm/?t=" in line)
    path = link.split("http://testserver", 1)[-1].replace("http://127.0.0.1:8000", "")  # SITE_URL
    assert client.get(path).status_code == 200
    assert client.post(path).status_code == 302
    row.refresh_from_db()
    assert row.status == ContributionStatus.PENDING
    assert client.post(path.replace("t=", "t=x")).status_code == 400


def test_one_signature_per_organisation_and_withdraw(bob_client, bob, org_b, statement):
    url = f"{statement.url}sign/"
    bob_client.post(url, {"organisation": org_b.pk, **CONSENT})
    bob_client.post(url, {"organisation": org_b.pk, **CONSENT})
    assert Signature.objects.filter(withdrawn_at__isnull=True).count() == 1
    html = bob_client.get(statement.url).content.decode()
    assert "1 organizatë ka nënshkruar" in html and "Shoqata Beta" in html
    bob_client.post(f"{statement.url}withdraw/", {"organisation": org_b.pk, **CONSENT})
    assert not Signature.objects.filter(withdrawn_at__isnull=True).exists()
    bob_client.post(url, {"organisation": org_b.pk, **CONSENT})  # may sign again
    assert Signature.objects.filter(withdrawn_at__isnull=True).count() == 1


def test_signing_closed_and_other_organisation_refused(alice_client, bob_client, org_b, statement):
    alice_client.post(f"{statement.url}sign/", {"organisation": org_b.pk, **CONSENT})
    assert not Signature.objects.exists()
    statement.signing_open = False
    statement.save_revision().publish()
    bob_client.post(f"{statement.url}sign/", {"organisation": org_b.pk, **CONSENT})
    assert not Signature.objects.exists()


def test_public_signin_uses_the_admin_accounts_and_a_safe_next(client, alice, section):
    url = f"{section.url}signin/"
    assert client.get(url).status_code == 200
    bad = client.post(url, {"username": "alice", "password": "wrong"})
    assert bad.status_code == 400
    good = client.post(url, {"username": "alice", "password": "pw", "next": "//evil.example/x"})
    assert good.status_code == 302 and good["Location"] == section.url
    client.logout()
    local = client.post(url, {"username": "alice", "password": "pw", "next": "/sq/dialogu/"})
    assert local["Location"] == "/sq/dialogu/"
    assert "no-store" in local["Cache-Control"]


def test_unconfirmed_citizen_contributions_are_purged(client, consultation):
    from django.core.management import call_command

    consultation.allow_citizens = True
    consultation.save_revision().publish()
    post_comment(client, consultation, name="Ana", email="ana@example.org")
    Contribution.objects.update(created_at=timezone.now() - datetime.timedelta(days=8))
    call_command("purge_dialogue", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not Contribution.objects.exists()
