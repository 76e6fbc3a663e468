"""The register page type: created under the home page only, renders and is editable; the
admin lists recommendations and assessments with their filters."""

import pytest

from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from home.models import HomePage, StandardPage
from recommendations.factories import AssessmentFactory, RecommendationIndexPageFactory
from recommendations.models import RecommendationIndexPage


@pytest.mark.django_db
class TestRegisterPage(WagtailPageTestCase):
    def setUp(self):
        self.home = HomePage.objects.get(depth=2)
        self.page = RecommendationIndexPageFactory(parent=self.home)
        self.login()

    def test_it_lives_only_under_the_home_page(self):
        self.assertCanCreateAt(HomePage, RecommendationIndexPage)
        self.assertCanNotCreateAt(Page, RecommendationIndexPage)
        self.assertCanNotCreateAt(StandardPage, RecommendationIndexPage)

    def test_it_renders_and_is_editable(self):
        self.assertPageIsRenderable(self.page)
        data = {"title": "Rekomandimet", "slug": "rekomandimet", "intro": "Regjistri."}
        self.assertPageIsEditable(
            self.page, nested_form_data({**data, "comments": inline_formset([])})
        )

    def test_the_admin_lists_and_filters_the_records(self):
        assessment = AssessmentFactory(status="mostly")
        listing = self.client.get("/admin/snippets/recommendations/recommendation/?status=mostly")
        assert listing.status_code == 200
        assert assessment.recommendation.reference_code in listing.content.decode()
        assessments = self.client.get("/admin/assessments/?moderation=published")
        assert assessments.status_code == 200
        assert self.client.get("/admin/snippets/recommendations/institution/").status_code == 200
