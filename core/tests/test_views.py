"""Open data and crawler endpoints: sitemap, robots.txt, API v2, favicon, cache headers."""

import pytest

from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_sitemap_lists_pages_in_both_languages(client, home, en_home, en, translate_page):
    page = StandardPageFactory(parent=home, title="Rreth nesh", slug="rreth-nesh")
    translate_page(page, en, {"Rreth nesh": "About us"})
    StandardPageFactory(parent=home, title="Draft", slug="draft", publish=False)
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    body = response.content.decode()
    for path in ("/sq/", "/en/", "/sq/rreth-nesh/", "/en/rreth-nesh/"):
        assert f"<loc>http://testserver{path}</loc>" in body  # SITE_URL in tests
    assert "draft" not in body


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    body = response.content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_api_lists_live_pages_with_their_public_fields(client, home, en_home):
    StandardPageFactory(parent=home, title="Rreth nesh", slug="rreth-nesh", intro="Hyrja.")
    StandardPageFactory(parent=home, title="Draft", slug="draft", publish=False)
    response = client.get("/api/v2/pages/?type=home.StandardPage&fields=intro,body&locale=sq")
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["title"] for item in items] == ["Rreth nesh"]
    assert items[0]["intro"] == "Hyrja."
    assert items[0]["body"][0]["type"] == "paragraph"


def test_api_filters_pages_by_language(client, home, en_home):
    titles = {
        code: [
            item["title"] for item in client.get(f"/api/v2/pages/?locale={code}").json()["items"]
        ]
        for code in ("sq", "en")
    }
    assert titles == {"sq": ["Kreu"], "en": ["Home"]}


def test_api_lists_images_and_documents(client):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_favicon_is_served(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301 or response.status_code == 302
    assert response["Location"].endswith("img/favicon.svg")


def test_public_pages_may_be_cached(client, en_home):
    response = client.get("/sq/")
    assert "public" in response["Cache-Control"]
    assert "max-age=300" in response["Cache-Control"]


def test_language_redirect_is_never_cached_and_varies_by_language(client, en_home):
    response = client.get("/", headers={"accept-language": "en"})
    assert "no-store" in response["Cache-Control"]
    assert "Accept-Language" in response["Vary"]


def test_pages_for_logged_in_editors_are_private(client, en_home, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pass")
    client.force_login(user)
    response = client.get("/sq/")
    assert "private" in response["Cache-Control"]
    assert "no-store" in response["Cache-Control"]


def test_admin_is_never_cached(client, django_user_model):
    user = django_user_model.objects.create_superuser("editor", "e@example.org", "pass")
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "private" in response["Cache-Control"]
