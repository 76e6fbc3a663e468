"""Position papers: one per organisation per consultation, text and a real PDF."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from dialogue.models import PositionPaper
from dialogue.participation import moderate

pytestmark = pytest.mark.django_db


def pdf(content=b"%PDF-1.4\n%demo\n"):
    return SimpleUploadedFile("qendrim.pdf", content, content_type="application/pdf")


def test_one_position_paper_per_organisation(alice_client, org_a, consultation):
    url = f"{consultation.url}position/"
    assert alice_client.get(url).status_code == 200
    data = {"title": "Qëndrimi ynë", "text": "Mbështesim afatet më të shkurtra.", "consent": "on"}
    assert alice_client.post(url, {**data, "pdf": pdf()}).status_code == 302
    paper = PositionPaper.objects.get()
    assert paper.organisation_key == org_a.translation_key and paper.pdf.name.endswith(".pdf")
    again = alice_client.post(url, data)
    assert again.status_code == 400 and PositionPaper.objects.count() == 1
    moderate(paper, "published")
    html = alice_client.get(consultation.url).content.decode()
    assert "Qëndrimi ynë" in html and f"position/{paper.public_id}/" in html
    assert "Publikoni dokumentin e qëndrimit" not in html  # it has one already


def test_a_file_that_is_not_a_pdf_is_refused(alice_client, consultation):
    data = {"title": "T", "text": "Q", "consent": "on", "pdf": pdf(b"<html>not a pdf")}
    response = alice_client.post(f"{consultation.url}position/", data)
    assert response.status_code == 400 and "Ngarkoni një skedar PDF." in response.content.decode()
    assert not PositionPaper.objects.exists()


def test_anonymous_visitors_cannot_publish_a_position(client, consultation):
    data = {"title": "T", "text": "Q", "consent": "on"}
    assert client.post(f"{consultation.url}position/", data).status_code == 403
    assert not PositionPaper.objects.exists()
