"""`manage.py load_demo_content` builds a bilingual site, and a second run changes nothing.

The demo is built once per test session (the root conftest's `demo` fixture, which the browser
tests share); these tests check that build and run the command again on it."""

import re

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command

from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from core import demo as core_demo
from core.models import SiteIdentity
from home import demo as home_demo

pytestmark = pytest.mark.django_db(transaction=True)


def counts():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "images": get_image_model().objects.count(),
        "translations": Translation.objects.count(),
        "identities": SiteIdentity.objects.count(),
    }


def test_demo_content_is_bilingual_and_idempotent(client, demo):
    first = counts()
    call_command("load_demo_content", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert counts() == first

    for prefix, title, about in (("sq", "Kreu", "Rreth nesh"), ("en", "Home", "About us")):
        response = client.get(f"/{prefix}/")
        assert response.status_code == 200
        body = response.content.decode()
        assert f"<title>{title} · " in body
        assert f">{about}</a>" in body
    english_about = client.get("/en/about/").content.decode()
    assert "Albanian National Training and Technical Assistance Resource Center" in english_about
    assert "Qendra Kombëtare" not in english_about  # nothing left untranslated
    assert "Politika e privatësisë" in client.get("/sq/privatesia/").content.decode()


def test_about_leads_straight_to_the_directorys_registration(client, demo):
    albanian = client.get("/sq/rreth-nesh/").content.decode()
    assert re.search(r'<a class="button" href="/sq/organizatat/register/">Regjistroni', albanian)
    english = client.get("/en/about/").content.decode()
    assert re.search(r'<a class="button" href="/en/[^"/]+/register/">Register your', english)
    assert client.get("/sq/organizatat/register/").status_code == 200


def test_demo_rebuilds_the_tree_after_a_flush(client):
    """Transactional tests flush every table, the root page and locales included: the demo's
    first steps (locales, places, root and home pages) recover; the rest builds on them as on
    a fresh database (the `demo` fixture's copy is restored into a flushed one)."""
    call_command("flush", interactive=False, inhibit_post_migrate=True, verbosity=0)
    ContentType.objects.clear_cache()  # the flush took the rows the cache remembers
    core_demo.load_demo(log=lambda line: None)
    home_demo.load_demo(log=lambda line: None)
    assert client.get("/sq/").status_code == 200
    assert client.get("/en/").status_code == 200
