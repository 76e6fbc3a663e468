"""axe on the register's page types (the register with its scorecards, a filtered register and a
recommendation's own page), in both languages, on the demo, at a phone's and a desktop's width."""

import pytest

from recommendations.models import Recommendation, RecommendationIndexPage

pytestmark = pytest.mark.django_db(transaction=True)


def register_paths():
    """(register path, one recommendation's path) in each language of the demo."""
    paths = []
    for register in RecommendationIndexPage.objects.live().order_by("locale__language_code"):
        records = Recommendation.objects.filter(locale=register.locale)
        recommendation = records.order_by("pk").first()
        assert recommendation is not None, register.url
        paths.append((register.url, register.record_url(recommendation)))
    assert len(paths) == 2
    return paths


@pytest.mark.parametrize("width", [360, 1280])
def test_the_register_and_a_recommendation_pass_axe(site, page, check_accessibility, width):
    page.set_viewport_size({"width": width, "height": 900})
    for register, record in register_paths():
        for path in (register, f"{register}?status=partially", record):
            response = page.goto(site + path)
            assert response.status == 200, path
            assert check_accessibility() == [], path
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, (path, overflow)
