"""The page editor's organisation list narrows as one types (core/widgets.py), in Chromium."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_the_publishing_organisations_list_narrows_as_one_types(site, page):
    from core.models import User
    from publications.models import PublicationPage

    User.objects.create_superuser("kryeredaktore", password="redaktim-i-sigurt-2026")
    publication = PublicationPage.objects.filter(locale__language_code="sq").first()
    page.goto(site + "/admin/login/")
    page.locator("[name=username]").fill("kryeredaktore")
    page.locator("[name=password]").fill("redaktim-i-sigurt-2026")
    page.locator("form button[type=submit]").first.click()
    page.goto(f"{site}/admin/pages/{publication.pk}/edit/")

    def shown():
        return items.evaluate_all("items => items.filter((item) => !item.hidden).length")

    items = page.locator("#id_organisations [data-cso-filter-list-target=item]")
    total = items.count()
    assert total > 3
    box = page.locator("#id_organisations-filter")
    expect(box).to_be_visible()
    box.fill("qarkut zzz-nothing")
    expect(page.get_by_text("Asgjë në listë nuk përputhet.")).to_be_visible()
    box.fill("")
    assert shown() == total
    name = items.nth(2).inner_text().strip()
    folded = name.replace("ë", "e").replace("ç", "c").upper()
    box.fill(folded)
    expect(items.filter(has_text=name).first).to_be_visible()
    assert shown() < total
