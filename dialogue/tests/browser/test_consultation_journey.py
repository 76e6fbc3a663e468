"""A representative comments and proposes a wording, another endorses it, the editors close
the consultation and publish the responses; axe finds nothing serious on any dialogue page."""

import datetime

import pytest
from playwright.sync_api import expect

from django.utils import timezone

pytestmark = pytest.mark.browser

SLUG = "ndryshimet-e-kodit-zgjedhor-demo"


def representative(username, organisation):
    from core.models import User
    from organisations.representatives import base_group, organisation_group

    user = User.objects.create_user(username, f"{username}@example.org", "demo-pass-123")
    user.groups.add(base_group(), organisation_group(organisation))
    return user


def sign_in(page, site, username):
    page.goto(f"{site}/sq/dialogu/signin/?next=/sq/dialogu/{SLUG}/")
    page.get_by_label("Emri i përdoruesit (zakonisht adresa juaj e email-it)").fill(username)
    page.get_by_label("Fjalëkalimi").fill("demo-pass-123")
    page.get_by_role("button", name="Hyni").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Projektndryshimet")


def test_consultation_journey(site, page, browser, check_accessibility):
    from dialogue.models import ConsultationPage, Contribution
    from dialogue.participation import moderate
    from organisations.models import OrganisationPage

    first, second = OrganisationPage.objects.filter(locale__language_code="sq").order_by("-pk")[:2]
    representative("perfaqesuesi1", first)
    representative("perfaqesuesi2", second)
    for path in ("/sq/dialogu/", "/sq/dialogu/signin/", f"/sq/dialogu/{SLUG}/"):
        page.goto(site + path)
        assert check_accessibility() == [], path

    sign_in(page, site, "perfaqesuesi1")
    page.get_by_role("link", name="Komentoni nenin 1 ose propozoni një formulim").click()
    assert check_accessibility() == [], "contribute"
    page.get_by_label("Formulim i propozuar").check()
    wording = page.get_by_label("Formulimi i propozuar i nenit")
    wording.fill(wording.input_value().replace("60 ditëve", "20 ditëve"))
    page.get_by_label("Komenti ose arsyet").fill("Afati duhet të jetë më i shkurtër.")
    page.get_by_label("Shfaq emrin tim me kontributin").check()
    page.locator("input[name=consent]").check()
    page.get_by_role("button", name="Dërgo").click()
    expect(page.get_by_text("pasi ta ketë kontrolluar një moderator")).to_be_visible()
    contribution = Contribution.objects.get(text="Afati duhet të jetë më i shkurtër.")
    moderate(contribution, "published")

    other = browser.new_page()
    sign_in(other, site, "perfaqesuesi2")
    item = other.locator(f"#contribution-{contribution.public_id}")
    expect(item.locator("del")).to_have_text("60")
    expect(item.locator("ins")).to_have_text("20")
    item.locator("input[name=consent]").check()
    item.get_by_role("button", name="Mbështet").click()
    expect(other.get_by_text("Organizata juaj tani e mbështet këtë kontribut.")).to_be_visible()

    consultation = ConsultationPage.objects.get(slug=SLUG, locale__language_code="sq")
    consultation.closes_at = timezone.now() - datetime.timedelta(minutes=1)
    consultation.summary = "<p>Shumica kërkuan afate më të shkurtra.</p>"
    consultation.responses_published = True
    article = consultation.articles.get(number="1")
    article.response, article.response_reasons = "accepted", "Afati bëhet 20 ditë."
    article.save()
    consultation.save_revision().publish()
    other.goto(f"{site}/sq/dialogu/{SLUG}/")
    expect(other.get_by_text("Shumica kërkuan afate më të shkurtra.")).to_be_visible()
    expect(other.get_by_text("Afati bëhet 20 ditë.")).to_be_visible()
    expect(other.get_by_role("button", name="Mbështet")).to_have_count(0)
    statement = "/sq/dialogu/deklarate-per-reformen-demo/"
    page.goto(site + statement)
    assert check_accessibility() == [], "statement"
