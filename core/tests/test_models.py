"""Site-wide content per language and its fallbacks."""

import pytest

from wagtail.models import Site

from core.models import SiteIdentity, SocialMediaSettings

pytestmark = pytest.mark.django_db


def make_identity(locale, name, **extra):
    return SiteIdentity.objects.create(
        locale=locale, site_name=name, eu_funding_statement="EU", eu_disclaimer="D", **extra
    )


def test_identity_is_chosen_by_language(sq, en):
    albanian = make_identity(sq, "Zgjedhjet")
    english = make_identity(en, "Elections", translation_key=albanian.translation_key)
    assert SiteIdentity.for_locale(sq) == albanian
    assert SiteIdentity.for_locale(en) == english


def test_identity_falls_back_to_albanian_until_translated(sq, en):
    albanian = make_identity(sq, "Zgjedhjet")
    assert SiteIdentity.for_locale(en) == albanian


def test_identity_shows_in_each_language(client, sq, en, en_home):
    albanian = make_identity(sq, "Zgjedhjet", tagline="Platforma")
    make_identity(en, "Elections", tagline="Platform", translation_key=albanian.translation_key)
    assert "Zgjedhjet</span>" in client.get("/sq/").content.decode()
    assert "Elections</span>" in client.get("/en/").content.decode()


def test_footer_lists_only_the_social_accounts_that_are_set(client, en_home):
    site = Site.objects.get(is_default_site=True)
    SocialMediaSettings.objects.create(site=site, facebook="https://facebook.com/cso", youtube="")
    body = client.get("/sq/").content.decode()
    assert '<a href="https://facebook.com/cso" rel="noopener">Facebook</a>' in body
    assert "YouTube</a>" not in body


def test_without_identity_the_catalog_wording_is_used(client, en_home):
    assert "Financuar nga Bashkimi Evropian" in client.get("/sq/").content.decode()
    assert "Funded by the European Union" in client.get("/en/").content.decode()
