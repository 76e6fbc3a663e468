"""The language switcher never leads off the site, whatever path was asked for."""

import re
from urllib.parse import urlsplit

import pytest

from core.navigation import is_local_path

pytestmark = pytest.mark.django_db

HOSTILE_PATHS = [
    "//evil.example/x",
    "/\\evil.example",
    "/%2F%2Fevil.example",
    "///evil.example/x",
    "/\\/evil.example/",
    "//evil.example",
    "/sq//evil.example/x",
]


def hrefs(html):
    return re.findall(r'(?:href|content)="([^"]*)"', html)


def request_raw(client, path):
    """Send `path` as the server would see it; the test client would read `//host` as a host."""
    if path.startswith("//") or "%" not in path:
        return client.get("/", PATH_INFO=path)
    return client.get(path)


@pytest.mark.parametrize("path", HOSTILE_PATHS)
def test_the_404_page_switcher_links_stay_on_the_site(client, home, en_home, path):
    response = request_raw(client, path)
    assert response.status_code == 404
    html = response.content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = hrefs(switcher)
    assert links, switcher
    for url in links:
        assert is_local_path(url), url
    for url in hrefs(html):  # every other link and meta URL stays on this host too
        if url.startswith(("http:", "https:")):
            assert urlsplit(url).netloc == "testserver", url
        elif url.startswith(("/", "\\")):
            assert is_local_path(url), url


def test_a_normal_404_still_links_to_the_same_path_in_the_other_language(client, home, en_home):
    html = client.get("/sq/nuk-ekziston/").content.decode()
    switcher = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    assert 'href="/en/nuk-ekziston/"' in switcher


@pytest.mark.parametrize(
    ("url", "local"),
    [
        ("/en/about/", True),
        ("/en/?q=1", True),
        ("//evil.example/x", False),
        ("/\\evil.example", False),
        ("///evil.example", False),
        ("/\tevil", False),
        ("https://evil.example/", False),
        ("evil.example", False),
        ("", False),
    ],
)
def test_is_local_path(url, local):
    assert is_local_path(url) is local
