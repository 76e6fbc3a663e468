"""What a publication page shows beyond its fields: localized taxonomy, people, citation,
share links, related publications and structured data. A fixed number of queries."""

from django.conf import settings
from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from core import fragments
from core.i18n import localized
from core.mail import absolute
from core.models import Topic
from core.navigation import active_locale
from core.plaintext import plain_text
from core.sharing import share_links
from core.templatetags.core_tags import slugify_unicode
from publications.citation import Author, Citation, bibtex, citation_text, ris
from publications.models import PublicationPage

RELATED_LIMIT = 3


def publication_context(page, request):
    """Everything here changes only with an edit: cached per page and language (core.fragments)."""
    return fragments.for_page(request, page, "publication", lambda: _context(page, request))


def _context(page, request):
    locale = active_locale(request)
    authors = localized([author.person for author in page.authors.select_related("person")], locale)
    url = absolute(page.url)
    organisations = localized(page.organisations.all(), locale)
    citation = build_citation(page, authors, organisations, url)
    primary, secondary = pdfs_for_reader(page)
    return {
        "library_url": page.get_parent().get_url(request),
        "pdf": primary,
        "other_pdf": secondary,
        "other_pdf_label": other_language_label(page) if secondary else "",
        "authors": authors,
        "topics": list(Topic.objects.filter(locale=locale, slug__in=page.topics.values("slug"))),
        "organisations": organisations,
        "citation": citation_text(citation),
        "share_links": share_links(url, page.title, plain_text(page.summary_text)[:200]),
        "related": related_publications(page, locale),
        "json_ld": json_ld(page, authors, url, request),
        "toc": table_of_contents(page),
    }


def build_citation(page, authors, organisations, url):
    return Citation(
        key=page.slug,
        title=page.title,
        subtitle=page.subtitle,
        authors=tuple(Author(person.given_name, person.family_name) for person in authors),
        organisations=tuple(org.acronym or org.title for org in organisations),
        date=page.publication_date,
        publication_type=page.card_label,
        url=url,
        doi=page.doi,
        isbn=page.isbn,
        language=page.locale.language_code,
    )


def citation_download(page, request, kind):
    locale = active_locale(request)
    authors = localized([author.person for author in page.authors.select_related("person")], locale)
    organisations = localized(page.organisations.all(), locale)
    citation = build_citation(page, authors, organisations, absolute(page.url))
    body, content_type = {
        "bib": (bibtex(citation), "application/x-bibtex"),
        "ris": (ris(citation), "application/x-research-info-systems"),
    }[kind]
    response = HttpResponse(body, content_type=f"{content_type}; charset=utf-8")
    filename = f"{slugify(page.slug)[:60] or 'publication'}.{kind}"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def related_publications(page, locale):
    """The editors' picks in this language, then the newest publications sharing a topic."""

    keys = [item.related.translation_key for item in page.related_pages.select_related("related")]
    live = PublicationPage.objects.live().public().filter(locale=locale).exclude(pk=page.pk)
    live = live.select_related("publication_type", "cover_image")
    picked = {pub.translation_key: pub for pub in live.filter(translation_key__in=keys)}
    chosen = [picked[key] for key in keys if key in picked][:RELATED_LIMIT]
    if len(chosen) < RELATED_LIMIT:
        topic_slugs = page.topics.values("slug")
        same_topic = live.filter(topics__slug__in=topic_slugs).exclude(
            pk__in=[pub.pk for pub in chosen]
        )
        chosen += list(
            same_topic.distinct().order_by("-publication_date")[: RELATED_LIMIT - len(chosen)]
        )
    return chosen


def table_of_contents(page, minimum=3):
    """(anchor, text, level) for the body's headings, when there are enough to need a list."""

    headings = [
        (slugify_unicode(block.value["text"]), block.value["text"], block.value["level"])
        for block in page.body
        if block.block_type == "heading"
    ]
    return headings if len(headings) >= minimum else []


def json_ld(page, authors, url, request):
    """schema.org data for search engines and citation managers."""
    data = {
        "@context": "https://schema.org",
        "@type": page.publication_type.schema_type if page.publication_type_id else "Report",
        "name": page.title,
        "headline": page.title,
        "abstract": plain_text(page.summary),
        "datePublished": page.publication_date.isoformat(),
        "inLanguage": page.locale.language_code,
        "url": url,
        "author": [person_ld(person) for person in authors],
        "publisher": [
            {"@type": "Organization", "name": org.title, "url": absolute(org.url)}
            for org in page.organisations.all()
        ],
        "about": [
            topic.name
            for topic in Topic.objects.filter(
                slug__in=page.topics.values("slug"), locale=page.locale
            )
        ],
    }
    if page.subtitle:
        data["alternativeHeadline"] = page.subtitle
    if page.pdf:
        data["encoding"] = {
            "@type": "MediaObject",
            "contentUrl": absolute(page.pdf.url),
            "encodingFormat": "application/pdf",
            "contentSize": page.pdf.file_size,
        }
    if page.doi:
        data["identifier"] = {"@type": "PropertyValue", "propertyID": "DOI", "value": page.doi}
    if page.isbn:
        data["isbn"] = page.isbn
    return data


def person_ld(person):
    data = {"@type": "Person", "givenName": person.given_name, "familyName": person.family_name}
    data["name"] = person.full_name
    if person.affiliation:
        data["affiliation"] = {"@type": "Organization", "name": person.affiliation}
    return data


def pdfs_for_reader(page):
    """(the PDF in the page's language, the PDF in the other language), either may be None.

    `pdf` is the original (Albanian) edition, `pdf_other_language` the translation.
    """
    if page.locale.language_code != settings.LANGUAGE_CODE and page.pdf_other_language:
        return page.pdf_other_language, page.pdf
    return page.pdf or page.pdf_other_language, page.pdf_other_language if page.pdf else None


PDF_LABELS = {"sq": _("PDF in Albanian"), "en": _("PDF in English")}


def other_language_label(page):
    """ "PDF in English" on an Albanian page, "PDF in Albanian" on an English one."""
    others = [code for code, _name in settings.LANGUAGES if code != page.locale.language_code]
    return PDF_LABELS.get(others[0], "") if others else ""
