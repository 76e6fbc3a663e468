"""A visitor's journeys through the site in a real Chromium."""

import re

import pytest
from playwright.sync_api import expect

from django.conf import settings

pytestmark = pytest.mark.browser


def test_albanian_browser_lands_in_albanian_and_switches_to_english(site, page):
    page.goto(site + "/")
    expect(page).to_have_url(re.compile(r"/sq/$"))
    expect(page.locator("html")).to_have_attribute("lang", "sq")
    expect(page.locator("h1")).to_contain_text("Pjesëmarrja e OSHC-ve")

    page.get_by_role("navigation", name="Gjuha").get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_contain_text("Participation of CSOs")
    expect(page.get_by_text("Funded by the European Union").first).to_be_visible()


def test_english_browser_lands_in_english(site, browser):
    context = browser.new_context(locale="en-GB")
    page = context.new_page()
    page.goto(site + "/")
    expect(page).to_have_url(re.compile(r"/en/$"))
    expect(page.locator("html")).to_have_attribute("lang", "en")
    context.close()


def test_main_navigation_and_switching_keep_the_same_page(site, page):
    page.goto(site + "/sq/")
    nav = page.get_by_role("navigation", name="Navigimi kryesor")
    nav.get_by_role("link", name="Rreth nesh").click()
    expect(page).to_have_url(re.compile(r"/sq/rreth-nesh/$"))
    expect(nav.get_by_role("link", name="Rreth nesh")).to_have_attribute("aria-current", "page")
    expect(page.get_by_role("heading", level=1)).to_have_text("Rreth nesh")

    page.get_by_role("link", name="English").click()
    expect(page).to_have_url(re.compile(r"/en/about/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("About us")
    expect(page.get_by_role("cell", name="Implementing partner")).to_be_visible()

    page.get_by_role("navigation", name="Main navigation").get_by_role(
        "link", name="Contact"
    ).click()
    expect(page).to_have_url(re.compile(r"/en/contact/$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Contact")


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(site, page):
    page.goto(site + "/sq/rreth-nesh/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Kalo te përmbajtja kryesore")
    expect(skip).to_be_focused()
    expect(skip).to_be_in_viewport()
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile(r"#main$"))
    expect(page.locator("main")).to_be_focused()


def test_small_screens_get_a_menu_button_and_no_sideways_scrolling(site, browser):
    context = browser.new_context(locale="sq-AL", viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(site + "/sq/")
    menu = page.get_by_role("button", name="Menyja")
    link = page.locator("#main-nav a", has_text="Rreth nesh")
    expect(link).to_be_hidden()
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    expect(link).to_be_visible()
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(menu).to_be_focused()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    context.close()


PAGES = [
    "/sq/",
    "/en/",
    "/sq/rreth-nesh/",
    "/en/about/",
    "/sq/privatesia/",
    "/en/contact/",
    "/sq/botimet/",
    "/en/publications/?topic=reforma-zgjedhore",
    "/sq/organizatat/",
    "/en/organisations/ipls/",
    "/sq/fushatat/",
    "/en/campaigns/?audience=grate",
    "/sq/fushatat/vota-ime-nuk-shitet/",
    "/en/campaigns/voting-without-barriers/",
    "/sq/aktivitetet/",
    "/en/events/?kind=training",
    "/sq/aktivitetet/mbulimi-i-paanshem-i-zgjedhjeve-ne-media/",
    "/en/events/monitoring-findings-from-the-2025-parliamentary-elections/",
]


LIBRARY = {"sq": "botimet", "en": "publications"}


def first_publication_urls(page, site):
    """The first publication in each language's library, to check a publication page too."""
    urls = []
    for prefix in ("sq", "en"):
        page.goto(f"{site}/{prefix}/{LIBRARY[prefix]}/")
        urls.append(page.locator(".pub-card__title a").first.get_attribute("href"))
    return urls


def test_every_page_type_passes_axe_in_both_languages(site, page, check_accessibility):
    problems = {}
    for path in [*PAGES, *first_publication_urls(page, site), "/sq/nuk-ekziston/", "/en/xyz/"]:
        page.goto(site + path)
        if found := check_accessibility():
            problems[path] = found
    assert problems == {}


def test_library_filter_open_and_download(site, page):
    page.goto(site + "/sq/botimet/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Botimet")
    total = page.locator(".pub-card").count()
    assert total >= 10  # the first page of the demo library

    topic = page.get_by_role("navigation", name="Tema").locator("a.facet__option").first
    topic_name = topic.locator("span").first.inner_text()
    topic.click()
    expect(page).to_have_url(re.compile(r"\?topic=[-a-z0-9]+$"))
    expect(page.locator(".chip").first).to_contain_text(topic_name)
    filtered = page.locator(".pub-card").count()
    assert 0 < filtered < total

    page.get_by_role("navigation", name="Viti").locator("a.facet__option").first.click()
    expect(page).to_have_url(re.compile(r"topic=[-a-z0-9]+&year=\d{4}$|year=\d{4}&topic="))
    assert page.locator(".pub-card").count() <= filtered

    page.locator(".pub-card__title a").first.click()
    expect(page.locator("html")).to_have_attribute("lang", "sq")
    download = page.get_by_role("link", name=re.compile("Shkarko PDF-në"))
    expect(download).to_be_visible()
    response = page.request.get(site + download.get_attribute("href"))
    assert response.status == 200
    assert response.body().startswith(b"%PDF-")

    page.get_by_role("link", name="English").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.get_by_role("link", name=re.compile("Download PDF"))).to_be_visible()


def test_support_a_campaign_and_confirm_from_the_email(site, page):
    from django.core import mail

    page.goto(site + "/sq/fushatat/")
    page.get_by_role("navigation", name="Publiku").locator(
        "a.facet__option", has_text="Gratë"
    ).click()
    expect(page).to_have_url(re.compile(r"\?audience=grate$"))
    active = page.locator(".campaign-card", has=page.locator(".status--active")).first
    active.locator(".card__link").click()
    count = page.locator(".support__count strong")
    before = int(count.inner_text())

    page.get_by_label("Emri", exact=True).fill("Dëshira")
    page.get_by_label("Adresa e email-it").fill("deshira@example.org")
    page.get_by_label(re.compile("Pajtohem me politikën e privatësisë")).check()
    page.get_by_role("button", name="Shto mbështetjen time").click()
    expect(page.get_by_role("status").filter(has_text="ju dërguam një email")).to_be_visible()
    expect(count).to_have_text(str(before))

    link = re.search(r"http://\S+/support/confirm/\?t=\S+", mail.outbox[-1].body).group(0)
    page.goto(site + link.removeprefix(settings.SITE_URL))
    page.get_by_role("button", name="Konfirmo mbështetjen time").click()
    expect(page.get_by_text("Faleminderit! Mbështetja juaj tani numërohet.")).to_be_visible()
    expect(count).to_have_text(str(before + 1))


def test_register_for_a_round_table_then_cancel_from_the_email(site, page, check_accessibility):
    from django.core import mail

    page.goto(site + "/sq/aktivitetet/?kind=round_table")
    page.locator("#upcoming-heading ~ ul .event-card__title a").first.click()
    expect(page.locator(".eyebrow")).to_have_text("Tryezë e rrumbullakët")
    page.get_by_label("Emri dhe mbiemri").fill("Gëzim Hoxha")
    page.get_by_label("Adresa e email-it").fill("gezim@example.org")
    page.get_by_label(re.compile("nëse nuk është në listë")).fill("Qendra Qytetare Kukës")
    page.get_by_label("Pozicioni", exact=True).fill("Koordinator")
    page.get_by_label(re.compile("Pajtohem me politikën e privatësisë")).check()
    page.locator("#register button[type=submit]").click()  # "Regjistrohu", or the waiting list
    expect(page.locator("#register .notice").first).to_be_visible()

    # the place is held until the person confirms from the email (issue 13)
    link = re.search(r"http://\S+/registration/confirm/\?t=\S+", mail.outbox[-1].body).group(0)
    page.goto(site + link.removeprefix(settings.SITE_URL))
    expect(page.get_by_role("heading", level=1)).to_have_text("Konfirmoni regjistrimin tuaj")
    page.get_by_role("button", name="Konfirmo regjistrimin tim").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Regjistrimi juaj")
    assert check_accessibility() == []
    page.get_by_role("button", name="Anulo regjistrimin tim").click()
    expect(page.get_by_text("Regjistrimi juaj u anulua.").first).to_be_visible()
    expect(page.locator(".event__facts")).to_contain_text("Anuluar")
