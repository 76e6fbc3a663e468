"""Embargoed documents stay unseen: a file used only by a draft or a private page is absent from
/api/v2/documents/ and a 404 at its download URL, until the page using it is live and public."""

import pytest

from wagtail.models import PageViewRestriction

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import CampaignMaterial
from events.factories import EventIndexPageFactory, EventPageFactory
from publications.factories import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    pdf_document,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def library(home):
    return PublicationIndexPageFactory(parent=home)


def api_titles(client):
    response = client.get("/api/v2/documents/")
    assert response.status_code == 200
    return {item["title"] for item in response.json()["items"]}


def downloads(client, document):
    return client.get(document.url).status_code


def publish(page):
    page.refresh_from_db()
    page.save_revision().publish()


def test_a_draft_publications_pdf_is_hidden_until_published(client, admin_client, library):
    report = pdf_document(name="raporti-embargo.pdf")
    page = PublicationPageFactory(parent=library, pdf=report, publish=False)
    assert "raporti-embargo.pdf" not in api_titles(client)
    detail = client.get(f"/api/v2/documents/{report.pk}/", follow=True)
    assert detail.status_code == 404
    assert b"raporti-embargo" not in detail.content
    assert downloads(client, report) == 404
    assert downloads(admin_client, report) == 200  # the editors still read it
    publish(page)
    assert "raporti-embargo.pdf" in api_titles(client)
    assert downloads(client, report) == 200
    assert client.get(page.url).status_code == 200
    assert report.url in client.get(page.url).content.decode()


def test_a_pdf_only_a_live_pages_unpublished_draft_uses_stays_hidden(client, library):
    page = PublicationPageFactory(parent=library, pdf=pdf_document(name="botimi.pdf"))
    page.pdf_other_language = pdf_document(name="draft-edition.pdf")
    page.save_revision()  # a draft, not published
    assert api_titles(client) == {"botimi.pdf"}
    assert downloads(client, page.pdf_other_language) == 404


def test_an_unpublished_pages_pdf_disappears_again(client, library):
    report = pdf_document(name="raporti.pdf")
    page = PublicationPageFactory(parent=library, pdf=report)
    assert downloads(client, report) == 200
    page.unpublish()
    assert "raporti.pdf" not in api_titles(client)
    assert downloads(client, report) == 404


def test_a_private_pages_pdf_is_hidden(client, library):
    report = pdf_document(name="private.pdf")
    page = PublicationPageFactory(parent=library, pdf=report)
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert "private.pdf" not in api_titles(client)
    assert downloads(client, report) == 404
    restricted_section = PublicationPageFactory(parent=library, pdf=pdf_document(name="s.pdf"))
    PageViewRestriction.objects.create(page=library, restriction_type="password", password="x")
    assert downloads(client, restricted_section.pdf) == 404  # restricted through its parent


def test_event_minutes_follow_the_event(client, home):
    listing = EventIndexPageFactory(parent=home)
    minutes = pdf_document(name="procesverbali.pdf")
    event = EventPageFactory(parent=listing, slug="tryeza", minutes=minutes, publish=False)
    assert downloads(client, minutes) == 404
    publish(event)
    assert downloads(client, minutes) == 200
    assert "procesverbali.pdf" in api_titles(client)


def test_campaign_materials_follow_the_campaign(client, home):
    listing = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=listing, slug="fushata", publish=False)
    poster = pdf_document(name="posteri.pdf")
    campaign.materials = [CampaignMaterial(title="Posteri", kind="poster", document=poster)]
    campaign.save()
    assert downloads(client, poster) == 404
    assert "posteri.pdf" not in api_titles(client)
    publish(campaign)
    assert downloads(client, poster) == 200
    assert "posteri.pdf" in api_titles(client)


def test_a_document_nobody_uses_is_hidden_and_unsearchable(client):
    orphan = pdf_document(name="orphan.pdf")
    assert downloads(client, orphan) == 404
    assert client.get("/api/v2/documents/?search=orphan").json()["items"] == []
