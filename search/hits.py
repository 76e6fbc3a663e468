"""The hits of a page of search results: each matched page's title, address, kind, date and a
snippet of its text around the query's words.

A page of hits costs one query per page type on it (`specific_pages`), one per page type whose
card label reads a relation (`prefetch_card_related`), and one cache read for the ten quotable
texts (`page_texts`); search.counts.kept_hits keeps each hit for the query until the content
changes, so a search asked again, in another order or filtered, builds only its new hits.
"""

from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.db.models import prefetch_related_objects
from django.utils.formats import date_format

from wagtail.models import Page

from core import fragments
from search.facets import kind_name
from search.snippets import page_text, snippet


@dataclass
class Hit:
    page: Page | None  # None when the hit comes from the cache (search.counts.kept_hits)
    url: str
    kind: str
    date: str
    snippet: str
    title: str = ""
    pk: int | None = None

    def __post_init__(self):
        self.title = self.title or self.page.title
        self.pk = self.pk or self.page.pk

    def __getstate__(self):
        """Cached without its page (search.counts.kept_hits): the template shows none of it."""
        return {**self.__dict__, "page": None}


def page_hits(request, query, rows):
    """The Hit of each of `rows` (matched entries or pages, with `search_date`) whose page is
    still there, in their order."""
    specific = specific_pages(rows)
    prefetch_card_related(specific)
    by_id = {page.pk: page for page in specific}
    dates = {row.pk: row.search_date for row in rows}
    pages = [by_id[row.pk] for row in rows if row.pk in by_id]
    texts = zip(pages, page_texts(request, pages), strict=True)
    return [hit(request, query, page, dates[page.pk], text) for page, text in texts]


def hit(request, query, page, day, text):
    return Hit(
        page=page,
        url=page.get_url(request),
        kind=str(getattr(page, "card_label", "") or kind_name(page.specific_class)),
        date=date_format(day, "DATE_FORMAT") if day else "",
        snippet=snippet(page, query, text),
    )


def page_texts(request, pages):
    """The text each snippet quotes: cached per page and version (its last publication and, for
    a publication, its PDF text's state, which a background extraction changes without
    publishing), with the chrome's generation (a taxonomy it names renamed), read in one go, so
    a hit costs no query of its own, after a registration or another page's edit too."""
    by_parts = {(page.pk, text_version(page)): page for page in pages}
    return fragments.get_or_set_each(
        request,
        "page-text",
        list(by_parts),
        lambda parts: page_text(by_parts[parts]),
        timeout=fragments.CONTENT_TIMEOUT,
    )


def text_version(page):
    return ":".join(
        str(getattr(page, name, "") or "").replace(" ", "T")
        for name in ("last_published_at", "pdf_status", "pdf_fingerprint")
    )


def specific_pages(rows):
    """The specific pages of `rows` (matched pages or search entries, each with its
    content_type_id): one query per page type, without Wagtail's first query for the types."""
    by_type = {}
    for row in rows:
        by_type.setdefault(row.content_type_id, []).append(row.pk)
    pages = []
    for content_type_id, ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is not None:
            pages += model.objects.filter(pk__in=ids).select_related("locale").order_by()
    return pages


def prefetch_card_related(pages):
    """What each page type's card label reads (`card_related`), one query per page type."""
    by_class = {}
    for page in pages:
        by_class.setdefault(type(page), []).append(page)
    for cls, group in by_class.items():
        if getattr(cls, "card_related", ()):
            prefetch_related_objects(group, *cls.card_related)
