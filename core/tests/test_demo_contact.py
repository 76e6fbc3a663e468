"""An older demo upgraded by `load_demo_content`: its Contact was a StandardPage at /kontakt/
(also in English), About's action led there, and Site identity had the info@example.org
placeholder. The loader turns Contact into a ContactPage at the same address, gives the English
one /en/contact/ (the old address redirects), renews About's action and the demo address."""

import pytest

from wagtail.models import Locale

from contact.models import ContactPage
from core import demo as core_demo
from core.models import SiteIdentity
from home import demo as home_demo
from home.demo_texts import ABOUT, CONTACT, CONTACT_CTA
from home.models import StandardPage
from organisations import demo as organisations_demo
from organisations import demo_texts as organisations_texts

pytestmark = pytest.mark.django_db(transaction=True)


def quiet(line):
    pass


def build_the_old_shape():
    core_demo.load_demo(quiet)
    SiteIdentity.objects.update(contact_email="info@example.org")
    home = home_demo.ensure_home()
    contact = home_demo.create_page(home, StandardPage, "kontakt", CONTACT, show_in_menus=True)
    to_contact = {**CONTACT_CTA, "page": contact, "route": "", "external_url": ""}
    about = home_demo.create_page(
        home, StandardPage, home_demo.ABOUT_SLUG, ABOUT,
        extra_blocks=[("call_to_action", to_contact)], show_in_menus=True,
    )  # fmt: skip
    home_demo.translate_tree([about, contact], [(ABOUT, CONTACT_CTA), CONTACT], quiet)
    return home


def run_the_loader(home):
    core_demo.load_demo(quiet)
    home_demo.load_demo(quiet)
    others = list(Locale.objects.exclude(language_code="sq"))
    directory = core_demo.index_page(
        home, "organisations.OrganisationIndexPage", organisations_texts.DIRECTORY, others, quiet
    )
    organisations_demo.invite_from_about(home, directory, others, quiet)


def test_an_older_demos_contact_becomes_a_contact_page_at_its_address(client):
    home = build_the_old_shape()
    assert client.get("/en/kontakt/").status_code == 200
    run_the_loader(home)
    run_the_loader(home)  # idempotent

    assert ContactPage.objects.count() == 2
    assert not StandardPage.objects.filter(slug__in=["kontakt", "contact"]).exists()
    albanian = client.get("/sq/kontakt/").content.decode()
    assert "Dërgoje mesazhin" in albanian
    assert "kontakt@zgjedhje.example.org" in albanian
    assert "info@example.org" not in albanian
    english = client.get("/en/contact/")
    assert english.status_code == 200
    assert "Send the message" in english.content.decode()
    old = client.get("/en/kontakt/")
    assert old.status_code == 301
    assert old["Location"].endswith("/en/contact/")

    about = client.get("/sq/rreth-nesh/").content.decode()
    assert 'href="/sq/organizatat/register/"' in about
    assert "Na kontaktoni" not in about  # the old action is replaced, not kept beside
    assert about.index('href="/sq/rreth-nesh/"') < about.index('href="/sq/kontakt/"')  # menu order
    english_about = client.get("/en/about/").content.decode()
    assert "Register your organisation" in english_about


def test_a_new_demo_has_the_contact_page_and_its_demo_address(client):
    core_demo.load_demo(quiet)
    home_demo.load_demo(quiet)
    assert SiteIdentity.objects.filter(contact_email="kontakt@zgjedhje.example.org").count() == 2
    assert client.get("/en/contact/").status_code == 200
    assert client.get("/en/kontakt/")["Location"].endswith("/en/contact/")
