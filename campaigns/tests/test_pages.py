"""Campaign pages and the listing: status, filters, sharing, feeds, data, query counts."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.factories import AudienceFactory, CampaignPageFactory, days
from campaigns.models import Status, Supporter, SupporterStatus, status_on
from core.factories import TopicFactory
from core.models import County

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("start", "end", "status"),
    [
        (datetime.date(2026, 12, 1), None, Status.UPCOMING),
        (datetime.date(2026, 11, 25), datetime.date(2026, 11, 25), Status.ACTIVE),
        (datetime.date(2026, 1, 1), None, Status.ACTIVE),
        (datetime.date(2026, 1, 1), datetime.date(2026, 11, 24), Status.ENDED),
    ],
)
def test_status_follows_the_dates(start, end, status):
    assert status_on(start, end, TODAY) == status


def titles(response):
    return re.findall(r'class="card__link" href="[^"]+">([^<]+)</a>', response.content.decode())


def test_listing_shows_active_then_upcoming_then_ended(client, listing):
    CampaignPageFactory(parent=listing, title="Ended", start_date=days(-90), end_date=days(-5))
    CampaignPageFactory(parent=listing, title="Upcoming", start_date=days(20), end_date=days(60))
    CampaignPageFactory(parent=listing, title="Active", start_date=days(-5), end_date=days(5))
    assert titles(client.get(listing.url)) == ["Active", "Upcoming", "Ended"]


def test_listing_filters_by_topic_audience_and_county(client, listing):
    youth = AudienceFactory(name="Të rinjtë", slug="te-rinjte")
    topic = TopicFactory(name="Blerja e votës", slug="blerja-e-votes")
    shkoder = County.objects.get(code="AL-10")
    CampaignPageFactory(parent=listing, title="Për të rinjtë", audiences=[youth])
    CampaignPageFactory(parent=listing, title="Për votën", topics=[topic], counties=[shkoder])
    assert titles(client.get(listing.url, {"audience": "te-rinjte"})) == ["Për të rinjtë"]
    assert titles(client.get(listing.url, {"topic": "blerja-e-votes"})) == ["Për votën"]
    response = client.get(listing.url, {"county": "AL-10"})
    assert titles(response) == ["Për votën"]
    assert re.search(r"Shkodër</span> <span class=\"facet__count\">1", response.content.decode())
    assert titles(client.get(listing.url, {"county": "AL-99"})) != []  # unknown: ignored


def count_queries(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries)


def test_listing_renders_in_a_fixed_number_of_queries(
    client, listing, django_assert_max_num_queries
):
    youth = AudienceFactory(slug="te-rinjte")
    CampaignPageFactory(parent=listing, audiences=[youth])
    few = count_queries(client, listing.url)
    for _ in range(15):
        page = CampaignPageFactory(parent=listing, audiences=[youth])
        Supporter.objects.create(
            campaign=page,
            campaign_key=page.translation_key,
            email=f"{page.pk}@example.org",
            language="sq",
            status=SupporterStatus.CONFIRMED,
        )
    assert count_queries(client, listing.url) == few
    with django_assert_max_num_queries(15):  # every page type: at most 15 (issue 14)
        client.get(listing.url)


def test_campaign_page_renders_in_both_languages(client, campaign, en_listing, en, translate_page):
    english = translate_page(
        campaign,
        en,
        {"Vota ime nuk shitet": "My vote is not for sale", campaign.tagline: "Not for sale"},
    )
    sq_body = client.get(campaign.url).content.decode()
    en_body = client.get(english.url).content.decode()
    assert "<h1>Vota ime nuk shitet</h1>" in sq_body and "Aktive" in sq_body
    assert "<h1>My vote is not for sale</h1>" in en_body and "Active" in en_body
    assert 'aria-valuenow="0"' in en_body


def test_share_links_encode_albanian_text(client, campaign):
    body = client.get(campaign.url).content.decode()
    assert (
        "https://wa.me/?text=Vota%20ime%20nuk%20shitet%20http%3A%2F%2Ftestserver%2Fsq%2Ffushatat%2Fvota-ime%2F"
        in body
    )
    assert "mailto:?subject=Vota%20ime%20nuk%20shitet" in body


def test_open_graph_uses_the_campaign_image(client, listing):
    from core.demo import draw_albania, get_or_create_image

    image = get_or_create_image("Kopertinë", draw_albania, size=(800, 600))
    page = CampaignPageFactory(parent=listing, hero_image=image)
    body = client.get(page.url).content.decode()
    assert re.search(
        r'<meta property="og:image" content="http://testserver/media/images/[^"]+fill-1200x630',
        body,
    )
    assert '<meta name="twitter:card" content="summary_large_image">' in body


def test_json_ld_describes_the_campaign(client, campaign):
    body = client.get(campaign.url).content.decode()
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', body, re.S).group(1))
    assert data["name"] == "Vota ime nuk shitet"
    assert data["startDate"] == campaign.start_date.isoformat()


def test_progress_bar_follows_confirmed_supporters(client, campaign):
    for n in range(25):
        Supporter.objects.create(
            campaign=campaign,
            campaign_key=campaign.translation_key,
            email=f"{n}@example.org",
            language="sq",
            status=SupporterStatus.CONFIRMED if n < 20 else SupporterStatus.PENDING,
        )
    body = client.get(campaign.url).content.decode()
    assert '<p class="support__count"><strong>20</strong>' in body
    assert 'aria-valuenow="20"' in body  # 20 of a goal of 100


def test_feeds_list_campaigns(client, listing, campaign):
    rss = ET.fromstring(client.get(listing.url + "feed/rss/").content)  # noqa: S314 - our own feed
    assert rss.find("./channel/item/title").text == "Vota ime nuk shitet"
    assert client.get(listing.url + "feed/atom/")["Content-Type"].startswith("application/atom+xml")


def test_api_exposes_campaigns_but_never_supporters(client, campaign):
    Supporter.objects.create(
        campaign=campaign,
        campaign_key=campaign.translation_key,
        email="secret@example.org",
        language="sq",
        status=SupporterStatus.CONFIRMED,
    )
    response = client.get(f"/api/v2/pages/{campaign.pk}/")
    data = response.json()
    assert data["tagline"] == "Vota jote është e fshehtë"
    assert data["status"] == "active"
    assert data["supporter_count"] == 1
    assert "secret@example.org" not in response.content.decode()


def test_home_page_shows_active_campaigns_only(client, home, listing, campaign):
    CampaignPageFactory(
        parent=listing, title="E përfunduar", start_date=days(-60), end_date=days(-1)
    )
    body = client.get("/sq/").content.decode()
    section = body.split('id="section-campaigns"')[1].split("</section>")[0]
    assert "Vota ime nuk shitet" in section
    assert "E përfunduar" not in section


def test_supporters_can_be_exported_by_admins(admin_client, campaign):
    Supporter.objects.create(
        campaign=campaign,
        campaign_key=campaign.translation_key,
        first_name="Ana",
        email="ana@example.org",
        language="sq",
        status=SupporterStatus.CONFIRMED,
    )
    response = admin_client.get("/admin/supporters/?export=csv")
    assert response.status_code == 200
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "ana@example.org" in content


def test_related_publications_and_events_are_shown(client, home, campaign):
    from campaigns.models import RelatedCampaignPage
    from events.factories import EventIndexPageFactory, EventPageFactory
    from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

    publication = PublicationPageFactory(
        parent=PublicationIndexPageFactory(parent=home), title="Studimi"
    )
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), title="Tryeza")
    campaign.related_pages = [
        RelatedCampaignPage(related=publication),
        RelatedCampaignPage(related=event),
    ]
    campaign.save_revision().publish()
    related = client.get(campaign.url).content.decode().split('id="related-heading"')[1]
    assert related.index("Studimi") < related.index("Tryeza")
