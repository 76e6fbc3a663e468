"""Share links built on the server: plain URLs to each network's share endpoint.

No third-party scripts, widgets or tracking pixels are loaded; the page only links out.
Every value is percent-encoded as UTF-8 with `quote(..., safe="")`, so spaces become %20
(never "+", which mail clients and some apps show literally) and "ë" becomes %C3%AB.
"""

from dataclasses import dataclass
from urllib.parse import quote

from django.utils.translation import gettext, gettext_noop

# Marked for makemessages here, translated by `share_links` at call time.
LABELS = {
    "facebook": gettext_noop("Share on Facebook"),
    "x": gettext_noop("Share on X"),
    "linkedin": gettext_noop("Share on LinkedIn"),
    "whatsapp": gettext_noop("Share on WhatsApp"),
    "viber": gettext_noop("Share on Viber"),
    "telegram": gettext_noop("Share on Telegram"),
    "email": gettext_noop("Share by email"),
}


@dataclass(frozen=True)
class ShareLink:
    key: str
    label: str
    url: str


def encode(value: str) -> str:
    """Percent-encode `value` as UTF-8, reserving every character (spaces -> %20)."""
    return quote(value, safe="")


def with_query(base: str, **params: str) -> str:
    """`base` followed by the non-empty `params`, encoded, in the order given."""
    query = "&".join(f"{name}={encode(value)}" for name, value in params.items() if value)
    return f"{base}?{query}" if query else base


def joined(*parts: str, separator: str = " ") -> str:
    """The non-empty `parts`, stripped and joined by `separator`."""
    return separator.join(part.strip() for part in parts if part and part.strip())


def share_urls(url: str, title: str, text: str = "") -> dict[str, str]:
    """{key: share URL}, in display order; see `share_links`."""
    message = joined(title, url)
    body = joined(text, url, separator="\r\n\r\n")
    return {
        "facebook": with_query("https://www.facebook.com/sharer/sharer.php", u=url),
        "x": with_query("https://x.com/intent/post", url=url, text=title),
        "linkedin": with_query("https://www.linkedin.com/sharing/share-offsite/", url=url),
        "whatsapp": with_query("https://wa.me/", text=message),
        "viber": with_query("viber://forward", text=message),
        "telegram": with_query("https://t.me/share/url", url=url, text=title),
        "email": with_query("mailto:", subject=title, body=body),
    }


def share_links(url: str, title: str, text: str = "") -> list[ShareLink]:
    """Links sharing `url` on Facebook, X, LinkedIn, WhatsApp, Viber, Telegram and by email.

    Networks that take a message get `title`; WhatsApp and Viber, which take a single text,
    get "title url". The email subject is `title` and its body `text`, a blank line and `url`
    (line breaks as CRLF, %0D%0A, as RFC 6068 requires for mailto bodies).
    Labels are translated at call time, into the active language.
    """
    urls = share_urls(url, title, text)
    return [ShareLink(key, gettext(LABELS[key]), href) for key, href in urls.items()]
