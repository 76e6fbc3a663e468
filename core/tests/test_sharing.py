"""Server-built share links: right hosts, UTF-8 percent-encoding, translated labels."""

from urllib.parse import parse_qs, unquote, urlsplit

import pytest

from django.utils import translation

from core.sharing import share_links

URL = "https://example.org/sq/botime/pjesemarrja-e-grave-2025/?a=1&b=2"
TITLE = "Pjesëmarrja e grave në zgjedhje"
TEXT = "Raporti i ri për zgjedhjet"

ENCODED_URL = (
    "https%3A%2F%2Fexample.org%2Fsq%2Fbotime%2Fpjesemarrja-e-grave-2025%2F%3Fa%3D1%26b%3D2"
)
ENCODED_TITLE = "Pjes%C3%ABmarrja%20e%20grave%20n%C3%AB%20zgjedhje"


@pytest.fixture
def links():
    return {link.key: link for link in share_links(URL, TITLE, TEXT)}


def test_order_and_keys():
    keys = [link.key for link in share_links(URL, TITLE)]
    assert keys == ["facebook", "x", "linkedin", "whatsapp", "viber", "telegram", "email"]


def test_exact_urls(links):
    assert {key: link.url for key, link in links.items()} == {
        "facebook": f"https://www.facebook.com/sharer/sharer.php?u={ENCODED_URL}",
        "x": f"https://x.com/intent/post?url={ENCODED_URL}&text={ENCODED_TITLE}",
        "linkedin": f"https://www.linkedin.com/sharing/share-offsite/?url={ENCODED_URL}",
        "whatsapp": f"https://wa.me/?text={ENCODED_TITLE}%20{ENCODED_URL}",
        "viber": f"viber://forward?text={ENCODED_TITLE}%20{ENCODED_URL}",
        "telegram": f"https://t.me/share/url?url={ENCODED_URL}&text={ENCODED_TITLE}",
        "email": (
            f"mailto:?subject={ENCODED_TITLE}"
            "&body=Raporti%20i%20ri%20p%C3%ABr%20zgjedhjet%0D%0A%0D%0A" + ENCODED_URL
        ),
    }


@pytest.mark.parametrize(
    ("key", "scheme", "host", "path"),
    [
        ("facebook", "https", "www.facebook.com", "/sharer/sharer.php"),
        ("x", "https", "x.com", "/intent/post"),
        ("linkedin", "https", "www.linkedin.com", "/sharing/share-offsite/"),
        ("whatsapp", "https", "wa.me", "/"),
        ("viber", "viber", "forward", ""),
        ("telegram", "https", "t.me", "/share/url"),
        ("email", "mailto", "", ""),
    ],
)
def test_hosts(links, key, scheme, host, path):
    parts = urlsplit(links[key].url)
    assert (parts.scheme, parts.netloc, parts.path) == (scheme, host, path)


def test_no_plus_and_no_raw_spaces_or_non_ascii(links):
    for link in links.values():
        assert " " not in link.url
        assert "+" not in link.url
        assert link.url.isascii()


def test_values_round_trip_as_utf8(links):
    query = {key: parse_qs(urlsplit(link.url).query) for key, link in links.items()}
    assert query["facebook"] == {"u": [URL]}
    assert query["x"] == {"url": [URL], "text": [TITLE]}
    assert query["whatsapp"] == {"text": [f"{TITLE} {URL}"]}
    assert query["email"] == {"subject": [TITLE], "body": [f"{TEXT}\r\n\r\n{URL}"]}
    assert unquote(links["viber"].url.split("text=")[1]) == f"{TITLE} {URL}"


def test_email_body_without_text_is_just_the_url():
    email = share_links(URL, TITLE)[-1]
    assert email.url == f"mailto:?subject={ENCODED_TITLE}&body={ENCODED_URL}"


def test_labels_in_english():
    with translation.override("en"):
        labels = [link.label for link in share_links(URL, TITLE)]
    assert labels == [
        "Share on Facebook",
        "Share on X",
        "Share on LinkedIn",
        "Share on WhatsApp",
        "Share on Viber",
        "Share on Telegram",
        "Share by email",
    ]
