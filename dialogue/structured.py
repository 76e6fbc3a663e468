"""schema.org data (JSON-LD) of consultations and joint statements, for search engines and
other sites: what the page shows, never a participant's name or address."""

from django.utils import timezone
from django.utils.translation import get_language

from core.mail import absolute
from core.plaintext import plain_text


def page_ld(page, kind):
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "genre": kind,
        "name": page.title,
        "url": absolute(page.url),
        "inLanguage": get_language(),  # the page's: its URL sets it (page.locale costs a query)
    }
    if page.first_published_at:
        data["datePublished"] = timezone.localtime(page.first_published_at).isoformat()
    return data


def consultation_ld(page, articles):
    """A consultation as a CreativeWork by its proposer, one part per article."""
    data = page_ld(page, "consultation")
    url = data["url"]
    data["description"] = page.intro
    data["creator"] = {"@type": "Organization", "name": page.proposer}
    data["commentCount"] = sum(a.comment_count + a.amendment_count for a in articles)
    data["hasPart"] = [
        {"@type": "CreativeWork", "name": str(article), "url": f"{url}#{article.anchor}"}
        for article in articles
    ]
    if page.responses_published and page.summary:
        data["abstract"] = plain_text(page.summary)
    return data


def statement_ld(page, signatures):
    """A joint statement as a CreativeWork, its signing organisations as contributors."""
    data = page_ld(page, "joint statement")
    text = plain_text(page.body)
    data["description"] = page.intro or text[:300]
    data["text"] = text
    data["contributor"] = [
        {
            "@type": "Organization",
            "name": signature.organisation.title,
            "url": absolute(signature.organisation.url),
        }
        for signature in signatures
        if signature.organisation
    ]
    return data
