"""Every public link is on SITE_URL: the sitemap, the API's html_url, feeds, JSON-LD, Open Graph,
hreflang and email links, whatever host a request came with, once `sync_site` (or a migrate)
has set Wagtail's Site record from it."""

import io
import json
import os
import re
import subprocess
import sys

import pytest

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

from wagtail.models import Site

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from core.sites import address, sync_default_site
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

pytestmark = pytest.mark.django_db

PUBLIC = "https://zgjedhje.example.al"
OTHER_HOST = {"HTTP_HOST": "attacker.example:9999"}  # what a visitor's Host header may say


@pytest.fixture
def public_site():
    """SITE_URL set to PUBLIC, and the command that `make run` and deployments run."""
    with override_settings(SITE_URL=PUBLIC, ALLOWED_HOSTS=["*"]):
        call_command("sync_site", stdout=io.StringIO())
        yield PUBLIC


@pytest.fixture
def publication(home):
    library = PublicationIndexPageFactory(parent=home)
    return PublicationPageFactory(parent=library, title="Raporti i vëzhgimit", slug="raporti")


def test_sync_site_sets_the_default_sites_host_and_port_from_site_url(public_site):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("zgjedhje.example.al", 443)


def test_sync_site_changes_nothing_the_second_time(public_site):
    out = io.StringIO()
    with override_settings(SITE_URL=PUBLIC):
        call_command("sync_site", stdout=out)
    assert "already serves" in out.getvalue()
    assert Site.objects.count() == 1


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8123", ("127.0.0.1", 8123)),
        ("https://zgjedhje.al", ("zgjedhje.al", 443)),
        ("http://localhost", ("localhost", 80)),
        ("HTTPS://Zgjedhje.AL/", ("zgjedhje.al", 443)),
    ],
)
def test_site_url_gives_a_hostname_and_a_port(url, expected):
    """(https on another port than 443 cannot be expressed by Wagtail's Site record.)"""
    assert address(url) == expected


@pytest.mark.parametrize(
    "url", ["", "zgjedhje.al", "ftp://zgjedhje.al", "http://", "https://zgjedhje.al:8443"]
)
def test_a_site_url_that_is_not_an_http_address_is_refused(url):
    with pytest.raises(ValueError, match="SITE_URL"):
        sync_default_site(url)


def test_sitemap_urls_start_with_site_url(client, public_site, publication):
    body = client.get("/sitemap.xml", **OTHER_HOST).content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", body)
    assert f"{PUBLIC}/sq/botimet/raporti/" in locations
    assert all(location.startswith(PUBLIC + "/") for location in locations)


def test_api_html_url_starts_with_site_url(client, public_site, publication):
    response = client.get("/api/v2/pages/?type=publications.PublicationPage", **OTHER_HOST)
    (item,) = response.json()["items"]
    assert item["meta"]["html_url"] == f"{PUBLIC}/sq/botimet/raporti/"


def test_feed_links_start_with_site_url(client, public_site, publication):
    for kind in ("rss", "atom"):
        body = client.get(f"/sq/botimet/feed/{kind}/", **OTHER_HOST).content.decode()
        links = re.findall(r"<link>([^<]+)</link>|<link[^>]*href=\"([^\"]+)\"", body)
        links = [a or b for a, b in links]
        assert f"{PUBLIC}/sq/botimet/raporti/" in links
        assert links and all(link.startswith(PUBLIC + "/") for link in links), links
        assert "attacker" not in body


def test_json_ld_open_graph_canonical_and_hreflang_use_site_url(client, public_site, publication):
    body = client.get(publication.url, **OTHER_HOST).content.decode()
    data = json.loads(re.search(r'application/ld\+json">(.+?)</script>', body).group(1))
    assert data["url"] == f"{PUBLIC}/sq/botimet/raporti/"
    assert f'<meta property="og:url" content="{PUBLIC}/sq/botimet/raporti/">' in body
    assert f'<link rel="canonical" href="{PUBLIC}/sq/botimet/raporti/">' in body
    assert f'hreflang="x-default" href="{PUBLIC}/"' in body
    assert "attacker" not in body


def test_robots_txt_points_to_the_sitemap_on_site_url(client, public_site):
    body = client.get("/robots.txt", **OTHER_HOST).content.decode()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in body


def test_a_pledge_email_links_to_site_url(client, home, public_site):
    listing = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=listing, title="Vota ime nuk shitet", slug="vota-ime")
    form = {"first_name": "Elira", "email": "elira@example.org", "consent": "on", "website": ""}
    client.post(campaign.url + "support/", form, **OTHER_HOST)
    links = re.findall(r"https?://[^\s\"<>]+", mail.outbox[-1].body)
    assert any("/support/confirm/?t=" in link for link in links)
    assert all(link.startswith(PUBLIC + "/") for link in links), links


def test_admin_and_api_base_urls_follow_site_url_on_another_port():
    """`make run ADDRESS=127.0.0.1:8123` sets SITE_URL: moderation emails (the admin's base URL)
    and the API then say port 8123, not 8000."""
    code = "from django.conf import settings as s; "
    code += "print(s.WAGTAILADMIN_BASE_URL, s.WAGTAILAPI_BASE_URL)"
    env = {k: v for k, v in os.environ.items() if not k.startswith(("WAGTAIL", "DJANGO_SET"))}
    env.update(SITE_URL="http://127.0.0.1:8123", DJANGO_SETTINGS_MODULE="cso_site.settings.dev")
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split()[-2:] == ["http://127.0.0.1:8123"] * 2
