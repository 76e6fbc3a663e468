"""Every page type can be created where it belongs, renders and is editable, in both languages."""

import pytest

from django.urls import reverse

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from core.demo import translate
from home.factories import StandardPageFactory
from home.models import HomePage, StandardPage


def edit_form_data(page):
    """What an editor submits: StreamFields are built by JavaScript, so spell them out."""
    data = {"title": page.title, "slug": page.slug, "body": streamfield([])}
    data["comments"] = inline_formset([])
    if isinstance(page, HomePage):
        data.update(
            hero_heading=page.hero_heading,
            hero_intro=rich_text(page.hero_intro or "<p>Hyrje</p>"),
            featured_pages=inline_formset([]),
        )
    else:
        data["intro"] = page.intro
    return nested_form_data(data)


@pytest.mark.django_db
class TestPageTypes(WagtailPageTestCase):
    def setUp(self):
        from wagtail.models import Locale

        self.home = HomePage.objects.get(depth=2)
        self.en = Locale.objects.get(language_code="en")
        self.en_home = self.translate(self.home, {"Kreu": "Home"})
        self.page = StandardPageFactory(parent=self.home, title="Rreth nesh", slug="rreth-nesh")
        self.en_page = self.translate(self.page, {"Rreth nesh": "About us"})
        self.login()

    def translate(self, page, mapping):
        with self.captureOnCommitCallbacks(execute=True):
            translation = translate(page, self.en, mapping)
        translation.refresh_from_db()
        return translation

    def test_home_page_lives_only_at_the_root(self):
        self.assertCanCreateAt(Page, HomePage)
        self.assertCanNotCreateAt(HomePage, HomePage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_standard_pages_live_under_home_and_each_other(self):
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanCreateAt(StandardPage, StandardPage)
        self.assertCanNotCreateAt(Page, StandardPage)

    def test_every_page_renders_in_both_languages(self):
        for page in (self.home, self.en_home, self.page, self.en_page):
            self.assertPageIsRenderable(page)

    def test_albanian_pages_are_editable_in_the_page_editor(self):
        for page in (self.home, self.page):
            self.assertPageIsEditable(page, edit_form_data(page))

    def test_english_translations_open_in_the_translation_editor(self):
        for page in (self.en_home, self.en_page):
            response = self.client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
            assert response.status_code == 200
            body = response.content.decode()
            assert "js-translation-editor" in body
            assert page.get_translation(self.home.locale).title in body

    def test_english_pages_an_editor_writes_directly_are_editable(self):
        """A page whose translation is no longer synced is edited like any other."""
        from wagtail_localize.models import Translation

        Translation.objects.update(enabled=False)
        for page in (self.en_home, self.en_page):
            self.assertPageIsEditable(page, edit_form_data(page))

    def test_english_translation_has_english_title_and_the_same_slug(self):
        assert self.en_page.title == "About us"
        assert self.en_page.slug == self.page.slug
        assert self.en_page.live
        assert self.en_page.url == "/en/rreth-nesh/"
        assert self.page.url == "/sq/rreth-nesh/"
