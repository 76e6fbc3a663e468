"""Security headers: CSP on public pages (nothing inline), the admin's own policy, the
Permissions-Policy that keeps Web Share, HSTS without preload unless asked for."""

import re
from pathlib import Path

import pytest

from core.tests.test_settings import manage
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

BASE_DIR = Path(__file__).resolve().parents[2]
APPS = ["core", "home", "publications", "campaigns", "events", "organisations", "search"]


def directives(response):
    policy = response["Content-Security-Policy"]
    parsed = {}
    for part in policy.split(";"):
        name, *values = part.split()
        parsed[name] = values
    return parsed


def assert_public_policy(response):
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["script-src"] + csp["style-src"]
    assert "'unsafe-eval'" not in csp["script-src"]
    assert csp["img-src"] == ["'self'", "data:"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert "https://www.youtube.com" in csp["frame-src"]
    assert "https://player.vimeo.com" in csp["frame-src"]
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in permissions
    assert "web-share=(self)" in permissions
    assert response["X-Content-Type-Options"] == "nosniff"


def test_public_pages_carry_the_strict_policy(client, home, en_home):
    page = StandardPageFactory(parent=home, title="Rreth nesh", slug="rreth-nesh")
    for url in ("/sq/", "/en/", page.url, "/sq/kerko/?q=zgjedhje", "/api/v2/pages/"):
        response = client.get(url)
        assert response.status_code == 200, url
        assert_public_policy(response)


def test_the_404_page_and_a_token_page_carry_the_strict_policy(client, home):
    assert_public_policy(client.get("/sq/nuk-ekziston/"))
    assert_public_policy(client.get("/sq/?t=anything"))


def test_rendered_public_pages_have_no_inline_script_style_or_handlers(client, home, en_home):
    """What the strict policy would block: a `<script>` without src that is not JSON-LD, an
    `on...=` attribute, a `style=` attribute."""
    page = StandardPageFactory(parent=home, title="Rreth nesh", slug="rreth-nesh")
    for url in ("/sq/", "/en/", page.url, "/sq/kerko/?q=rreth", "/sq/nuk-ekziston/"):
        body = client.get(url).content.decode()
        assert_no_inline_code(body, url)


def assert_no_inline_code(html, where):
    for tag in re.findall(r"<script\b[^>]*>", html, re.I):
        assert "src=" in tag or 'type="application/ld+json"' in tag, (where, tag)
    assert not re.search(r"<[^>]+\son[a-z]+\s*=", html, re.I), where
    assert not re.search(r"<[^>]+\sstyle\s*=", html, re.I), where
    assert not re.search(r"javascript:", html, re.I), where


def test_no_site_template_has_inline_script_style_or_handlers():
    """Every template of ours (emails apart: mail clients need inline styles, and no CSP
    applies there) keeps to what the public policy allows."""
    folders = [BASE_DIR / "cso_site" / "templates"] + [BASE_DIR / app / "templates" for app in APPS]
    templates = [path for folder in folders for path in folder.rglob("*.html")]
    assert len(templates) > 30
    for path in templates:
        if "emails" in path.parts:
            continue
        assert_no_inline_code(path.read_text(encoding="utf-8"), str(path.relative_to(BASE_DIR)))


def test_the_admin_gets_the_policy_wagtail_needs_and_nothing_looser(admin_client):
    for url in ("/admin/", "/admin/pages/", "/django-admin/"):
        response = admin_client.get(url, follow=True)
        assert response.status_code == 200, url
        csp = directives(response)
        assert csp["script-src"] == ["'self'", "'unsafe-inline'"]
        assert csp["style-src"] == ["'self'", "'unsafe-inline'"]
        assert csp["object-src"] == ["'none'"]
        assert csp["base-uri"] == ["'self'"]
        assert csp["form-action"] == ["'self'"]
        assert csp["frame-ancestors"] == ["'self'"]  # the admin previews pages in a frame
        assert "'unsafe-eval'" not in csp["script-src"]
        assert "web-share=(self)" in response["Permissions-Policy"]


def test_the_admin_sign_in_page_gets_the_admin_policy(client):
    response = client.get("/admin/login/")
    assert "'unsafe-inline'" in directives(response)["script-src"]


def test_public_policy_does_not_allow_the_admin_policy_on_lookalike_paths(client, home):
    response = client.get("/sq/admin/")
    assert "'unsafe-inline'" not in directives(response)["script-src"]


def test_hsts_is_not_preloaded_unless_asked_for():
    code = (
        "from django.conf import settings; "
        "print(settings.SECURE_HSTS_SECONDS, settings.SECURE_HSTS_PRELOAD)"
    )
    assert manage("shell", "-c", code).stdout.split()[-2:] == ["31536000", "False"]
    asked = manage("shell", "-c", code, SECURE_HSTS_PRELOAD="true")
    assert asked.stdout.split()[-1] == "True"
    check = manage("check", "--deploy", "--fail-level", "WARNING", SECURE_HSTS_PRELOAD="true")
    assert check.returncode == 0, check.stderr + check.stdout
