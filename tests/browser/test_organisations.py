"""The directory in a real Chromium: from the map to a profile, then an organisation applies,
confirms by email, a moderator approves, and the profile appears; axe checks on the way."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def local(site, url):
    return site + "/" + url.split("://", 1)[1].split("/", 1)[1]


def moderator():
    """A moderator; the Moderators group is remade if an earlier live-server test flushed it."""
    from django.contrib.auth.models import Group, Permission

    from core.models import User

    group, _ = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["access_admin", "moderate_application"])
    )
    user = User.objects.create_user("moderatore", password="moderim-i-sigurt-2026")
    user.groups.add(group)
    return user


def test_map_to_profile_then_apply_confirm_approve_and_appear(site, page, check_accessibility):
    from django.core import mail

    page.goto(site + "/sq/organizatat/")
    assert check_accessibility() == []
    page.locator('a.county-map__marker[href*="county=AL-10"]').click()
    expect(page).to_have_url(re.compile(r"\?county=AL-10$"))
    expect(page.locator(".chip").first).to_contain_text("Shkodër")
    cards = page.locator(".org-card")
    assert cards.count() >= 2
    cards.first.locator(".card__link").click()
    expect(page.get_by_role("heading", level=1)).to_be_visible()
    expect(page.locator(".org-facts")).to_contain_text("Shkodër")
    assert check_accessibility() == []

    page.goto(site + "/sq/organizatat/")
    page.get_by_role("link", name="Regjistroni organizatën tuaj").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Regjistroni organizatën tuaj")
    assert check_accessibility() == []
    page.locator("[name=name]").fill("Zëri i Fushë-Arrëzit")
    page.locator("[name=name_en]").fill("Voice of Fushë-Arrëz")
    page.locator("[name=intro]").fill("Vëzhgojmë zgjedhjet në bashkitë malore.")
    page.locator("[name=intro_en]").fill("We observe elections in the mountain municipalities.")
    page.get_by_role("group", name=re.compile("Fushat e veprimtarisë")).get_by_label(
        "Vëzhgimi i zgjedhjeve"
    ).check()
    page.locator("[name=seat]").select_option(label="Fushë-Arrëz")
    page.get_by_role("group", name=re.compile("Qarqet ku punon")).get_by_label("Shkodër").check()
    page.locator("[name=nipt]").fill("M1234567")  # wrong: a letter, eight digits, a letter
    page.locator("[name=contact_email]").fill("info@fushe-arrez.example.org")
    page.locator("[name=applicant_name]").fill("Lule Gjoni")
    page.locator("[name=applicant_role]").fill("Kryetare")
    page.locator("[name=applicant_email]").fill("lule@example.org")
    page.locator("[name=consent]").check()
    page.get_by_role("button", name="Dërgo aplikimin").click()
    expect(page.locator(".form__error").first).to_contain_text("tetë shifra")
    expect(page.locator("[name=name]")).to_have_value("Zëri i Fushë-Arrëzit")
    assert check_accessibility() == []
    page.locator("[name=nipt]").fill("M12345678B")
    page.get_by_role("button", name="Dërgo aplikimin").click()
    expect(page.get_by_role("status").filter(has_text="ju dërguam një email")).to_be_visible()

    confirm = re.search(r"http://\S+register/confirm/\?t=\S+", mail.outbox[-1].body).group(0)
    page.goto(local(site, confirm))
    page.get_by_role("button", name="Konfirmo aplikimin").click()
    expect(page.get_by_role("status").filter(has_text="Email-i juaj u konfirmua")).to_be_visible()

    moderator()
    page.goto(site + "/admin/login/")
    page.locator("[name=username]").fill("moderatore")
    page.locator("[name=password]").fill("moderim-i-sigurt-2026")
    page.locator("form button[type=submit]").first.click()
    page.goto(site + "/admin/organisations/applications/")
    page.get_by_role("link", name="Zëri i Fushë-Arrëzit").click()
    page.locator("input[name=decision][value=approve]").check()
    page.locator("form.w-mt-8 button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("Zëri i Fushë-Arrëzit")
    assert "password_reset/confirm" in mail.outbox[-1].body

    page.goto(site + "/sq/organizatat/?q=fushe")
    page.get_by_role("link", name="Zëri i Fushë-Arrëzit").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Zëri i Fushë-Arrëzit")
    page.get_by_role("link", name="English").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Voice of Fushë-Arrëz")
