"""A consultation from open to results: contribute, moderate, endorse, close, respond, export."""

import datetime

import pytest

from django.core import mail
from django.utils import timezone

from dialogue import results
from dialogue.models import Contribution, ContributionStatus, Endorsement, MailOptOut
from dialogue.participation import moderate

pytestmark = pytest.mark.django_db

CONSENT = {"consent": "on"}


def comment(client, page, anchor="article-1", **data):
    payload = {"kind": "comment", "text": "Propozojmë një afat më të gjatë.", **CONSENT, **data}
    return client.post(f"{page.url}contribute/{anchor}/", payload)


def test_page_renders_articles_with_stable_anchors(client, consultation):
    response = client.get(consultation.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="article-1"' in html and 'id="article-2"' in html
    assert "Ky ligj rregullon zgjedhjet" in html


def test_representative_comments_and_moderator_publishes(alice_client, alice, org_a, consultation):
    response = comment(alice_client, consultation)
    assert response.status_code == 302
    row = Contribution.objects.get()
    assert row.status == ContributionStatus.PENDING  # moderation before publication
    assert row.organisation_key == org_a.translation_key and row.user == alice
    assert "Propozojmë" not in alice_client.get(consultation.url).content.decode()
    moderate(row, ContributionStatus.PUBLISHED)
    html = alice_client.get(consultation.url).content.decode()
    assert "Propozojmë një afat më të gjatë." in html
    assert "Qendra Alfa" in html


def test_amendment_shows_word_diff(alice_client, consultation):
    consultation.moderation = "after"
    consultation.save_revision().publish()
    wording = "Partitë raportojnë shpenzimet brenda 15 ditëve <script>x</script>."
    response = alice_client.post(
        f"{consultation.url}contribute/article-2/",
        {"kind": "amendment", "proposed_wording": wording, "text": "", **CONSENT},
    )
    assert response.status_code == 302
    html = alice_client.get(consultation.url).content.decode()
    assert "<del>30</del><ins>15</ins>" in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html and "<script>x</script>" not in html


def test_full_lifecycle_with_results_email(
    alice_client, bob_client, alice, bob, consultation, django_capture_on_commit_callbacks
):
    comment(alice_client, consultation)
    contribution = Contribution.objects.get()
    moderate(contribution, ContributionStatus.PUBLISHED)
    endorse = bob_client.post(
        f"{consultation.url}endorse/{contribution.public_id}/",
        {"organisation": bob_client_org(bob), **CONSENT},
    )
    assert endorse.status_code == 302
    assert Endorsement.objects.filter(contribution=contribution).count() == 1
    # close, respond, publish the results: every participant is emailed once
    consultation.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    article = consultation.articles.first()
    article.response, article.response_reasons = "partly", "Afati bëhet 20 ditë."
    article.save()
    consultation.summary = "<p>Dëgjuam shumë propozime.</p>"
    consultation.responses_published = True
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        consultation.save_revision().publish()
    assert sorted(m.to[0] for m in mail.outbox) == ["alice@example.org", "bob@example.org"]
    assert "unsubscribe/?t=" in mail.outbox[0].body
    html = alice_client.get(consultation.url).content.decode()
    assert "Dëgjuam shumë propozime." in html and "Afati bëhet 20 ditë." in html
    # publishing again sends nothing more
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        consultation.save_revision().publish()
    assert mail.outbox == []
    # nothing more is accepted
    assert comment(alice_client, consultation).status_code == 400
    assert Contribution.objects.count() == 1


def bob_client_org(bob):
    from dialogue.people import organisations_of

    return organisations_of(bob)[0].pk


def test_unsubscribe_link(client, consultation):
    token = results.unsubscribe_token("ana@example.org")
    url = f"{consultation.url}unsubscribe/?t={token}"
    assert client.get(url).status_code == 200
    assert client.post(url).status_code == 200
    assert MailOptOut.objects.filter(email="ana@example.org").exists()
    assert client.get(f"{consultation.url}unsubscribe/?t=x{token}").status_code == 400
