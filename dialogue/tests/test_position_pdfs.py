"""Position papers' PDFs, seen by an attacker who knows or guesses their addresses: only a
published paper's PDF is served, and never from the public media folder."""

import uuid

import pytest

from django.core.files.base import ContentFile

from core import personaldata
from core.media import private_storage
from dialogue.models import PositionPaper
from dialogue.participation import moderate
from dialogue.tests.conftest import client_for, representative

pytestmark = pytest.mark.django_db
BYTES = b"%PDF-1.4\n%position\n"


@pytest.fixture
def paper(alice, org_a, consultation):
    paper = PositionPaper(
        consultation=consultation,
        consultation_key=consultation.translation_key,
        organisation=org_a,
        organisation_key=org_a.translation_key,
        user=alice,
        name="Alice",
        title="Qëndrimi i Alfës",
        text="Mbështesim afatet.",
        status="pending",
    )
    paper.pdf.save("anything.pdf", ContentFile(BYTES), save=False)
    paper.save()
    yield paper
    if paper.pdf:
        paper.pdf.storage.delete(paper.pdf.name)


def pdf_url(paper, consultation):
    return f"{consultation.url}position/{paper.public_id}/"


def media_urls(paper):
    """Every address the file could have had under the public media URL."""
    return [f"/media/{paper.pdf.name}", f"/media/private/{paper.pdf.name}"]


def test_the_file_is_stored_outside_the_public_media(paper, settings):
    path = private_storage().path(paper.pdf.name)
    assert path.startswith(str(settings.MEDIA_ROOT / "private"))
    with pytest.raises(ValueError):
        paper.pdf.url  # noqa: B018 (no public address exists)


@pytest.mark.parametrize("status", ["pending", "unconfirmed", "rejected"])
def test_an_unpublished_papers_pdf_is_a_404_to_the_public(client, paper, consultation, status):
    paper.status = status
    paper.save()
    assert client.get(pdf_url(paper, consultation)).status_code == 404
    for url in media_urls(paper):
        assert client.get(url).status_code == 404


def test_a_published_papers_pdf_is_served_safely(client, paper, consultation):
    moderate(paper, "published")
    response = client.get(pdf_url(paper, consultation))
    assert response.status_code == 200 and b"".join(response.streaming_content) == BYTES
    assert response["Content-Disposition"] == 'attachment; filename="qendrimi-i-alfes.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "sandbox" in response["Content-Security-Policy"]
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    html = client.get(consultation.url).content.decode()
    assert pdf_url(paper, consultation) in html and paper.pdf.name not in html
    for url in media_urls(paper):  # the public media folder never has it
        assert client.get(url).status_code == 404


def test_a_paper_withdrawn_from_publication_is_a_404_again(client, paper, consultation):
    moderate(paper, "published")
    assert client.get(pdf_url(paper, consultation)).status_code == 200
    moderate(paper, "rejected", "Withdrawn at the organisation's request.")
    assert client.get(pdf_url(paper, consultation)).status_code == 404


def test_an_unpublished_consultations_papers_are_a_404(client, paper, consultation):
    moderate(paper, "published")
    consultation.unpublish()
    assert client.get(pdf_url(paper, consultation)).status_code == 404


def test_erasing_the_author_deletes_the_pdf(client, paper, consultation):
    moderate(paper, "published")
    name = paper.pdf.name
    personaldata.erase("alice@example.org")
    paper.refresh_from_db()
    assert not paper.pdf and not private_storage().exists(name)
    assert paper.text == "Mbështesim afatet."  # the organisation's position stays
    assert client.get(pdf_url(paper, consultation)).status_code == 404


def test_its_own_representatives_and_moderators_see_it_before_publication(
    alice_client, paper, consultation, bob_client, org_a
):
    url = pdf_url(paper, consultation)
    assert alice_client.get(url).status_code == 200
    colleague = client_for(representative("carol", org_a))
    assert colleague.get(url).status_code == 200
    assert bob_client.get(url).status_code == 404  # another organisation's representative
    moderator = representative("mona")
    moderator.user_permissions.add(
        *__import__(
            "django.contrib.auth.models", fromlist=["Permission"]
        ).Permission.objects.filter(codename="moderate_contribution")
    )
    assert client_for(moderator).get(url).status_code == 200


@pytest.mark.parametrize(
    "suffix",
    [f"{uuid.uuid4()}/", "../../etc/passwd", "%2e%2e%2fx/", "x" * 36 + "/"],
    # fixed ids: pytest-xdist's workers must collect the same names (the uuid is drawn anew)
    ids=["unknown-uuid", "dot-dot", "encoded-dot-dot", "36-letters"],
)
def test_guessed_addresses_are_a_404(client, paper, consultation, suffix):
    moderate(paper, "published")
    assert client.get(f"{consultation.url}position/{suffix}").status_code == 404


def test_a_paper_is_served_only_under_its_own_consultation(client, paper, section):
    from dialogue.factories import ConsultationPageFactory

    moderate(paper, "published")
    other = ConsultationPageFactory(parent=section, title="Tjetër", slug="tjeter")
    assert client.get(pdf_url(paper, other)).status_code == 404
