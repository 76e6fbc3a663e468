"""English section paths (issue 16): when an editor gives an English section an English slug,
every old address keeps working through Wagtail's automatic redirects
(`wagtail.contrib.redirects`, WAGTAILREDIRECTS_AUTO_CREATE on by default)."""

import json

import pytest

from django.conf import settings

from wagtail_localize.models import OverridableSegment, SegmentOverride, TranslationSource

from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english_research(home, en, en_home, translate_page):
    research = PublicationIndexPageFactory(parent=home)  # Botimet, /botimet/
    report = PublicationPageFactory(parent=research, title="Raporti", slug="raporti")
    translated = translate_page(research, en, {"Botimet": "Publications"})
    translate_page(report, en, {"Raporti": "The report"})
    return translated


def publish_slug(page, slug, django_capture_on_commit_callbacks):
    page.slug = slug
    with django_capture_on_commit_callbacks(execute=True):  # the redirects are made on commit
        page.save_revision().publish()


def override_slug_in_the_translation_editor(page, slug, django_capture_on_commit_callbacks):
    """What the translation editor's override of the synchronised slug stores, then publishes."""
    source = TranslationSource.objects.get_for_instance(
        page.get_translation(page.locale.get_default())
    )
    segment = OverridableSegment.objects.get(source=source, context__path="slug")
    SegmentOverride.objects.create(
        locale=page.locale, context=segment.context, data_json=json.dumps(slug)
    )
    with django_capture_on_commit_callbacks(execute=True):
        source.translations.get(target_locale=page.locale).save_target(publish=True)


def test_redirects_are_created_automatically():
    assert "wagtail.contrib.redirects" in settings.INSTALLED_APPS
    assert getattr(settings, "WAGTAILREDIRECTS_AUTO_CREATE", True) is True
    assert "wagtail.contrib.redirects.middleware.RedirectMiddleware" in settings.MIDDLEWARE


def test_a_renamed_english_section_redirects_its_old_address(
    client, english_research, django_capture_on_commit_callbacks
):
    assert client.get("/en/botimet/").status_code == 200
    publish_slug(english_research, "publications", django_capture_on_commit_callbacks)
    assert client.get("/en/publications/").status_code == 200
    response = client.get("/en/botimet/")
    assert response.status_code == 301
    assert response["Location"].endswith("/en/publications/")


def test_pages_inside_the_renamed_section_keep_their_old_addresses(
    client, english_research, django_capture_on_commit_callbacks
):
    publish_slug(english_research, "publications", django_capture_on_commit_callbacks)
    response = client.get("/en/botimet/raporti/")
    assert response.status_code == 301
    assert response["Location"].endswith("/en/publications/raporti/")
    assert client.get("/sq/botimet/raporti/").status_code == 200  # Albanian is untouched


def test_a_slug_overridden_in_the_translation_editor_redirects_and_survives_a_sync(
    client, home, english_research, translate_page, django_capture_on_commit_callbacks
):
    override_slug_in_the_translation_editor(
        english_research, "publications", django_capture_on_commit_callbacks
    )
    english_research.refresh_from_db()
    assert english_research.slug == "publications"
    assert client.get("/en/botimet/").status_code == 301
    source = english_research.get_translation(home.locale)
    translate_page(source, english_research.locale, {"Botimet": "Publications"})  # a later sync
    english_research.refresh_from_db()
    assert english_research.slug == "publications"
    assert client.get("/en/botimet/")["Location"].endswith("/en/publications/")
