"""Site search in a real Chromium: the header box, autocomplete, facets, results, axe."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_search_from_the_header_with_a_suggestion_a_facet_and_a_result(site, page):
    page.goto(site + "/sq/")
    box = page.get_by_role("combobox", name="Kërkoni në faqe")
    box.press_sequentially("zgjedhje", delay=30)
    listbox = page.get_by_role("listbox")
    expect(listbox).to_be_visible()
    first = listbox.get_by_role("option").first
    title = first.get_attribute("data-title")
    box.press("ArrowDown")
    expect(first).to_have_attribute("aria-selected", "true")
    expect(box).to_have_attribute("aria-activedescendant", first.get_attribute("id"))
    box.press("Enter")
    expect(box).to_have_value(title)
    expect(listbox).to_be_hidden()

    box.fill("zgjedhje")
    box.press("Enter")
    expect(page).to_have_url(re.compile(r"/sq/kerko/\?q=zgjedhje$"))
    expect(page.get_by_role("heading", level=1)).to_have_text("Kërko")
    expect(page.locator(".search-result mark").first).to_be_visible()

    facet = page.get_by_role("navigation", name="Lloji i përmbajtjes")
    facet.get_by_role("link", name=re.compile("^Botim")).click()
    expect(page).to_have_url(re.compile(r"kind=publicationpage"))
    kinds = page.locator(".search-result__kind").all_inner_texts()
    assert kinds and "AKTIVITET" not in [kind.upper() for kind in kinds]
    expect(page.get_by_role("link", name=re.compile("Lloji i përmbajtjes: Botim"))).to_be_visible()

    result = page.locator(".search-result__title a").first
    heading = result.inner_text()
    result.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(heading)


def test_search_works_without_javascript(site, browser):
    context = browser.new_context(java_script_enabled=False, locale="en-GB")
    page = context.new_page()
    page.goto(site + "/en/")
    page.get_by_role("searchbox", name="Search the site").fill("election")
    page.get_by_role("searchbox", name="Search the site").press("Enter")
    expect(page).to_have_url(re.compile(r"/en/search/\?q=election$"))
    expect(page.locator(".search-result").first).to_be_visible()
    context.close()


def test_results_page_passes_axe(site, page, check_accessibility):
    page.goto(site + "/sq/kerko/?q=zgjedhjet&sort=date")
    expect(page.locator(".search-result").first).to_be_visible()
    assert check_accessibility() == []
    page.goto(site + "/en/search/?q=nothingmatcheshere")
    expect(page.get_by_text("Nothing matches your search.")).to_be_visible()
    assert check_accessibility() == []
