"""The health check: 200 when the database and caches answer, 503 when not; never cached."""

import pytest

from cso_site.settings.base import cache_settings

pytestmark = pytest.mark.django_db


def test_health_is_ok_and_says_nothing_else(client, page_cache):
    response = client.get("/health/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-store" in response["Cache-Control"] and response.get("X-Cache") is None
    assert not response.cookies


def test_health_is_503_when_the_cache_is_unreachable(client, settings):
    settings.CACHES = {
        **cache_settings(""),
        "pages": cache_settings("redis://127.0.0.1:1/0")["pages"],
    }
    response = client.get("/health/")
    assert response.status_code == 503
    assert response.json() == {"database": "ok", "cache": "unreachable"}
