"""Exact invalidation: every kind of change that a page shows purges the cached pages, once the
change is committed (and so after the search index was updated), never before."""

import pytest

from django.core.files.base import ContentFile

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.documents.models import Document
from wagtail.models import PageViewRestriction

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import Supporter
from campaigns.support import confirm
from core import fragments, pagecache
from core.factories import PersonFactory, TopicFactory
from core.invalidation import shown_on_no_page
from core.models import SiteIdentity
from dialogue.models import Contribution
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def warm(client, *urls):
    for url in urls:
        client.get(url)
        assert client.get(url)["X-Cache"] == "HIT", url


def fresh(client, url):
    response = client.get(url)
    assert response["X-Cache"] == "MISS", url
    return response.content.decode()


@pytest.fixture
def about(home):
    return StandardPageFactory(parent=home, title="Rreth nesh", slug="rreth", show_in_menus=True)


def test_nothing_is_purged_before_the_change_commits(client, home, about, page_cache, committed):
    warm(client, home.url)
    about.title = "Kush jemi"
    about.save_revision().publish()
    assert client.get(home.url)["X-Cache"] == "HIT"  # still inside the transaction


def test_publishing_purges_home_and_the_page(client, home, about, page_cache, committed):
    warm(client, home.url, about.url)
    with committed():
        about.title = "Kush jemi"
        about.save_revision().publish()
    assert "Kush jemi" in fresh(client, home.url)  # the menu
    assert "Kush jemi" in fresh(client, about.url)


def test_a_new_page_appears_in_search_sitemap_and_listing(client, home, page_cache, committed):
    listing = EventIndexPageFactory(parent=home)
    search = "/sq/kerko/?q=vezhguesit"
    warm(client, search, "/sitemap.xml", listing.url)
    with committed():
        EventPageFactory(parent=listing, title="Tryeza e vëzhguesit", slug="tryeza-vezhguesit")
    assert "Tryeza e vëzhguesit" in fresh(client, search)
    assert "tryeza-vezhguesit" in fresh(client, "/sitemap.xml")
    assert "Tryeza e vëzhguesit" in fresh(client, listing.url)


def test_unpublishing_purges(client, home, about, page_cache, committed):
    warm(client, home.url, about.url)
    with committed():
        about.unpublish()
    assert "Rreth nesh" not in fresh(client, home.url)
    assert client.get(about.url).status_code == 404


def test_moving_purges(client, home, about, page_cache, committed):
    other = StandardPageFactory(parent=home, title="Tjetër", slug="tjeter")
    warm(client, home.url, about.url)
    with committed():
        about.move(other, pos="last-child")
    moved = client.get(about.url)  # Wagtail's automatic redirect, never cached
    assert (moved.status_code, moved["Location"]) == (301, "/sq/tjeter/rreth/")
    assert moved.get("X-Cache") is None
    assert fresh(client, "/sq/tjeter/rreth/")


def test_deleting_purges(client, home, about, page_cache, committed):
    warm(client, home.url, about.url)
    with committed():
        about.delete()
    assert "Rreth nesh" not in fresh(client, home.url)
    assert client.get(about.url).status_code == 404


def test_a_new_translation_purges_the_language_switcher(
    client, home, en_home, about, en, page_cache, translate_page
):
    warm(client, about.url)
    translate_page(about, en, {"Rreth nesh": "About us"})
    assert "/en/rreth/" in fresh(client, about.url)


def test_a_view_restriction_purges(client, home, about, page_cache, committed):
    warm(client, about.url)
    with committed():
        PageViewRestriction.objects.create(page=about, restriction_type="password", password="x")
    response = client.get(about.url)
    assert response.get("X-Cache") != "HIT" and "Rreth nesh" not in fresh(client, home.url)


def test_a_replaced_document_purges(client, home, page_cache, committed):
    document = Document.objects.create(title="Raporti", file=ContentFile(b"v1", name="r.txt"))
    warm(client, home.url)
    with committed():
        document.file = ContentFile(b"v2", name="r2.txt")
        document.save()
    fresh(client, home.url)


@pytest.mark.parametrize("change", ["topic", "person", "identity"])
def test_editing_a_snippet_or_setting_purges(client, home, page_cache, committed, change):
    topic, person = TopicFactory(name="Zgjedhjet"), PersonFactory()
    warm(client, home.url)
    with committed():
        if change == "topic":
            topic.name = "Zgjedhjet vendore"
            topic.save()
        elif change == "person":
            person.family_name = "Hoxha"
            person.save()
        else:
            identity = SiteIdentity.objects.filter(locale=home.locale).first()
            identity = identity or SiteIdentity(locale=home.locale, site_name="x")
            identity.site_name = "Vëzhguesit e Zgjedhjeve"
            identity.save()
    body = fresh(client, home.url)
    if change == "identity":
        assert "Vëzhguesit e Zgjedhjeve" in body


def test_a_search_promotion_purges_the_search_page(client, home, about, page_cache, committed):
    url = "/sq/kerko/?q=votimi"
    warm(client, url)
    with committed():
        SearchPromotion.objects.create(
            query=Query.get("votimi"), page=about, description="Kush jemi"
        )
    assert "Rreth nesh" in fresh(client, url)


def test_a_registration_purges_the_seats_left(client, home, page_cache, committed):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), slug="tryeza")
    warm(client, event.url)
    form = {"name": "Arta Gjoka", "email": "arta@example.org", "consent": "on", "website": ""}
    form |= {"organisation_name": "QVQ", "position": "Koordinatore"}
    with committed():
        assert client.post(event.url + "register/", form).status_code == 302
    client.cookies.pop("messages", None)
    fresh(client, event.url)


def test_a_pledge_purges_nothing_until_it_is_confirmed(client, home, page_cache, committed):
    """A pledge waiting for its email is not counted: it leaves every cache alone (or anyone
    could empty them with the form); its confirmation purges the count."""
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home), slug="vota")
    warm(client, campaign.url)
    generations = (
        pagecache.cache().get(pagecache.GENERATION_KEY),
        fragments.content_generation(None),
    )
    form = {"first_name": "Elira", "email": "elira@example.org", "consent": "on", "website": ""}
    with committed():
        assert client.post(campaign.url + "support/", form).status_code == 302
    client.cookies.pop("messages", None)
    assert client.get(campaign.url)["X-Cache"] == "HIT"
    assert (
        pagecache.cache().get(pagecache.GENERATION_KEY),
        fragments.content_generation(None),
    ) == generations
    with committed():
        confirm(Supporter.objects.get(email="elira@example.org"))
    fresh(client, campaign.url)
    warm(client, campaign.url)
    with committed():
        Supporter.objects.create(campaign_key=campaign.translation_key, language="sq")
    assert client.get(campaign.url)["X-Cache"] == "HIT"  # created pending: not counted


@pytest.mark.parametrize(
    ("status", "created", "purges"),
    [("unconfirmed", True, False), ("unconfirmed", None, False), ("unconfirmed", False, True)]
    + [("published", True, True), ("pending", True, True), ("published", None, True)],
)
def test_only_a_citizen_comment_waiting_for_its_email_is_left_out(status, created, purges):
    """post_save gives created True or False, post_delete none: an unconfirmed comment created
    or deleted purges nothing; its confirmation (an update) and every shown state purge."""
    comment = Contribution(status=status)
    assert shown_on_no_page(Contribution, instance=comment, created=created) is not purges
