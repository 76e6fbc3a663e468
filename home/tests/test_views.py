"""What a visitor sees: language redirects, <html lang>, the switcher, alternates, errors."""

import re

import pytest

from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def html_lang(response):
    return re.search(r'<html lang="([^"]+)"', response.content.decode()).group(1)


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("en-GB,en;q=0.9", "/en/"),
        ("sq-AL,sq;q=0.9,en;q=0.5", "/sq/"),
        ("de-DE", "/sq/"),
        ("", "/sq/"),
    ],
)
def test_root_redirects_by_browser_language(client, en_home, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.parametrize("prefix", ["sq", "en"])
def test_html_lang_matches_the_url_prefix(client, en_home, prefix):
    response = client.get(f"/{prefix}/")
    assert response.status_code == 200
    assert html_lang(response) == prefix


def test_switcher_links_to_the_translation_of_the_current_page(
    client, home, en_home, en, translate_page
):
    page = StandardPageFactory(parent=home, title="Rreth nesh", slug="rreth-nesh")
    translate_page(page, en, {"Rreth nesh": "About us"})
    body = client.get("/sq/rreth-nesh/").content.decode()
    assert '<a href="/en/rreth-nesh/" lang="en" hreflang="en">English</a>' in body
    assert 'hreflang="en" href="http://testserver/en/rreth-nesh/"' in body
    english = client.get("/en/rreth-nesh/").content.decode()
    assert '<a href="/sq/rreth-nesh/" lang="sq" hreflang="sq">Shqip</a>' in english
    assert "<h1>About us</h1>" in english


def test_switcher_falls_back_to_the_other_home_without_a_translation(client, home, en_home):
    StandardPageFactory(parent=home, title="Vetëm shqip", slug="vetem-shqip")
    body = client.get("/sq/vetem-shqip/").content.decode()
    assert re.search(r'<a href="/en/" lang="en" hreflang="en"\s+title=', body)
    assert 'hreflang="en" href="http://testserver/en/vetem-shqip/"' not in body


def test_new_translation_stays_draft_until_the_translator_publishes(
    client, home, en_home, en, django_capture_on_commit_callbacks
):
    page = StandardPageFactory(parent=home, title="Politika e privatësisë", slug="privatesia")
    translate_object(page, [en])  # what the admin's Translate action does
    draft = page.get_translation(en)
    assert not draft.live
    assert client.get("/en/privatesia/").status_code == 404

    translation = Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(page), target_locale=en
    )
    po = translation.export_po()
    for entry in po:
        entry.msgstr = {"Politika e privatësisë": "Privacy policy"}.get(entry.msgid, "")
    translation.import_po(po)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    response = client.get("/en/privatesia/")
    assert response.status_code == 200
    assert html_lang(response) == "en"
    assert "<h1>Privacy policy</h1>" in response.content.decode()


def test_slug_stays_synchronised_when_the_source_changes(home, en_home, en, translate_page):
    page = StandardPageFactory(parent=home, title="Kontakt", slug="kontakt")
    translate_page(page, en, {"Kontakt": "Contact"})
    page.slug = "na-kontaktoni"
    page.save_revision().publish()
    english = translate_page(page, en, {"Kontakt": "Contact"})
    assert english.slug == "na-kontaktoni"
    assert english.title == "Contact"


@pytest.mark.parametrize(
    ("prefix", "heading", "other"),
    [
        ("sq", "Faqja nuk u gjet", "The page you were looking for is not here."),
        ("en", "Page not found", "Faqja që kërkuat nuk është këtu."),
    ],
)
def test_not_found_page_speaks_both_languages(client, en_home, prefix, heading, other):
    response = client.get(f"/{prefix}/nuk-ekziston/")
    assert response.status_code == 404
    body = response.content.decode()
    assert html_lang(response) == prefix
    assert f"<h1>{heading}</h1>" in body
    assert other in body


def test_server_error_page_is_bilingual_and_needs_no_database(settings):
    from django.template.loader import render_to_string

    body = render_to_string("500.html")
    assert "Diçka shkoi keq nga ana jonë" in body
    assert "Something went wrong on our side" in body


def test_main_navigation_lists_menu_pages_in_the_current_language(
    client, home, en_home, en, translate_page
):
    about = StandardPageFactory(
        parent=home, title="Rreth nesh", slug="rreth-nesh", show_in_menus=True
    )
    StandardPageFactory(parent=home, title="E fshehur", slug="e-fshehur", show_in_menus=False)
    translate_page(about, en, {"Rreth nesh": "About us"})
    sq_nav = client.get("/sq/").content.decode()
    en_nav = client.get("/en/").content.decode()
    assert 'href="/sq/rreth-nesh/">Rreth nesh</a>' in sq_nav
    assert "E fshehur" not in sq_nav
    assert 'href="/en/rreth-nesh/">About us</a>' in en_nav
    assert (
        "Rreth nesh</a>" not in en_nav.split('aria-label="Main navigation"')[1].split("</nav>")[0]
    )


def test_footer_shows_the_eu_acknowledgement_in_each_language(client, en_home):
    assert "Financuar nga Bashkimi Evropian" in client.get("/sq/").content.decode()
    english = client.get("/en/").content.decode()
    assert "Funded by the European Union" in english
    assert "sole responsibility" in english


def test_draft_pages_are_not_served(client, home):
    StandardPageFactory(parent=home, title="Draft", slug="draft", publish=False)
    assert client.get("/sq/draft/").status_code == 404
    assert Page.objects.filter(slug="draft", live=False).exists()
