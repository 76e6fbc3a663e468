"""What a visitor meets first, in a real Chromium: an event's header action that jumps to its
form (and says why not when it cannot), listings that show results before folded filters on a
phone, and the Contact page's form; axe checks on the way."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from django.utils import timezone

pytestmark = pytest.mark.browser


def upcoming_event():
    """An upcoming event open for registration with seats left."""
    from events.models import EventPage
    from events.registration import seats_left

    events = EventPage.objects.live().filter(
        locale__language_code="sq", start__gt=timezone.now(), capacity__gt=0
    )
    return next(
        event
        for event in events.order_by("start")
        if event.registration_problem() is None and seats_left(event)
    )


def no_overflow(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_event_header_action_jumps_to_the_form_and_follows_the_seats(
    site, page, check_accessibility
):
    from events.models import EventPage, Registration

    event = upcoming_event()
    page.goto(site + event.url)
    action = page.locator(".event__cta").get_by_role("link", name="Regjistrohu")
    action.click()
    expect(page).to_have_url(re.compile("#register$"))
    expect(page.get_by_label("Emri dhe mbiemri")).to_be_in_viewport()
    assert check_accessibility() == []

    Registration.objects.create(
        event=event, event_key=event.translation_key, name="Ana", status="confirmed"
    )
    taken = Registration.objects.filter(event_key=event.translation_key, status="confirmed")
    EventPage.objects.filter(translation_key=event.translation_key).update(capacity=taken.count())
    page.goto(site + event.url)
    expect(page.locator(".event__facts")).to_contain_text(re.compile("zënë"))
    page.locator(".event__cta").get_by_role("link", name="Hyni në listën e pritjes").click()
    expect(page.locator("#register-heading")).to_have_text("Hyni në listën e pritjes")
    expect(page.locator("#register-heading")).to_be_in_viewport()
    expect(page.get_by_role("button", name="Hyni në listën e pritjes")).to_have_count(1)

    opens = timezone.now() + datetime.timedelta(days=3)
    EventPage.objects.filter(pk=event.pk).update(registration_opens=opens)
    page.goto(site + event.url)
    expect(page.locator(".event__closed")).to_contain_text("Regjistrimi hapet më")
    expect(page.locator(".event__cta .button")).to_have_count(0)


def test_a_phone_sees_results_first_and_the_filters_folded_with_their_count(
    site, page, check_accessibility
):
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site + "/sq/botimet/")
    filters = page.locator("details.filters")
    expect(filters).not_to_have_attribute("open", "")
    first = page.locator(".pub-card").first.bounding_box()["y"]
    assert first < filters.bounding_box()["y"]
    assert no_overflow(page)

    page.locator(".listing__to-filters").click()
    expect(filters).to_have_attribute("open", "")
    filters.get_by_role("navigation", name="Tema").locator("a.facet__option").first.click()
    expect(page).to_have_url(re.compile(r"\?topic=[-a-z0-9]+$"))
    expect(page.locator(".filters__summary")).to_contain_text("(1 në përdorim)")
    assert check_accessibility() == []

    page.goto(site + "/en/organisations/")
    assert no_overflow(page)
    expect(page.locator("details.filters")).not_to_have_attribute("open", "")
    page.set_viewport_size({"width": 1280, "height": 900})
    expect(page.locator("details.filters")).to_have_attribute("open", "")


def test_the_contact_form_sends_a_message_to_the_site_address(site, page, check_accessibility):
    from django.core import mail

    from contact.models import ContactMessage
    from core.models import SiteIdentity

    SiteIdentity.objects.update(contact_email="zyra@example.org")
    page.goto(site + "/sq/kontakt/")
    assert check_accessibility() == []
    page.get_by_role("button", name="Dërgoje mesazhin").click()
    expect(page.locator(".form__errors").first).to_be_visible()

    page.get_by_label("Emri dhe mbiemri").fill("Ilir Çela")
    page.get_by_label("Adresa e email-it").fill("ilir@example.org")
    page.get_by_label("Mesazhi", exact=True).fill("Duam të bashkohemi me rrjetin.")
    page.get_by_label(re.compile("Pajtohem me politikën e privatësisë")).check()
    page.get_by_role("button", name="Dërgoje mesazhin").click()
    expect(page.get_by_text("mesazhi juaj u dërgua")).to_be_visible()
    assert ContactMessage.objects.get().name == "Ilir Çela"
    assert mail.outbox[-1].to == ["zyra@example.org"]
    assert check_accessibility() == []
    expect(page.get_by_role("link", name="Regjistroni organizatën tuaj")).to_be_visible()


VIDEO_URL = "https://www.youtube.com/watch?v=demo0000001"
PLAYER = "https://www.youtube-nocookie.com/embed/demo0000001"


def campaign_with_video():
    """The first Albanian campaign with a video block whose oEmbed answer Wagtail has cached."""
    from wagtail.embeds.embeds import get_embed_hash
    from wagtail.embeds.models import Embed

    from campaigns.models import CampaignPage

    Embed.objects.update_or_create(
        hash=get_embed_hash(VIDEO_URL),
        defaults={
            "url": VIDEO_URL,
            "type": "video",
            "html": f'<iframe src="{PLAYER}" width="560" height="315" title="Si votohet"></iframe>',
            "title": "Si votohet në qendrën e votimit",
            "provider_name": "YouTube",
            "thumbnail_url": "https://i.ytimg.com/vi/demo0000001/hqdefault.jpg",
        },
    )
    campaign = CampaignPage.objects.live().filter(locale__language_code="sq").first()
    campaign.body.append(("video", VIDEO_URL))
    campaign.save_revision().publish()
    return campaign


def test_a_video_loads_its_player_only_when_the_visitor_presses_play(
    site, page, check_accessibility
):
    campaign = campaign_with_video()
    requested = []
    page.on("request", lambda request: requested.append(request.url))
    page.route(re.compile(r"https://[^/]*(youtube|ytimg)"), lambda route: route.abort())
    page.set_viewport_size({"width": 360, "height": 740})
    page.goto(site + campaign.url)
    play = page.get_by_role("button", name="Luaj: Si votohet në qendrën e votimit")
    expect(play).to_be_visible()
    expect(page.get_by_role("link", name="Shikojeni në YouTube")).to_have_attribute(
        "href", VIDEO_URL
    )
    assert no_overflow(page)
    assert check_accessibility() == []
    page.wait_for_load_state("networkidle")
    assert [url for url in requested if "youtube" in url or "ytimg" in url] == []

    play.focus()
    page.keyboard.press("Enter")
    expect(page.locator(".embed__frame iframe")).to_have_attribute("src", PLAYER)
    expect(play).to_have_count(0)
    assert any(url.startswith(PLAYER) for url in requested)
