"""The PostgreSQL search backend: Wagtail's own, which also keeps search.models.SearchEntry.

Every page that Wagtail indexes (on publish, unpublish, save, or `update_index`) also gets its
compact entry here, in the same transaction; a reset empties both. Configured by
cso_site/settings/search.py when the database is PostgreSQL.
"""

from django.db import connections, router

from wagtail.models import Page
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
)

from core.normalise import indexed_text, normalised_text
from search.models import SearchEntry
from search.registry import page_day

UPSERT = """
INSERT INTO search_searchentry
    (page_id, locale_id, content_type_id, live, terms, title_terms, day)
VALUES {rows}
ON CONFLICT (page_id) DO UPDATE
SET locale_id = EXCLUDED.locale_id, content_type_id = EXCLUDED.content_type_id,
    live = EXCLUDED.live, terms = EXCLUDED.terms, title_terms = EXCLUDED.title_terms,
    day = EXCLUDED.day
"""
ROW = "(%s, %s, %s, %s, strip(to_tsvector('simple', %s)), strip(to_tsvector('simple', %s)), %s)"


def page_terms(page):
    """A page's normalised terms (BasePage.search_terms, which covers every search field)."""
    if hasattr(page, "search_terms"):
        return page.search_terms()
    return normalised_text(indexed_text(page), page.locale.language_code)


def entry_row(page):
    language = page.locale.language_code
    title = normalised_text(page.title, language)
    identity = [page.pk, page.locale_id, page.content_type_id, page.live]
    return [*identity, page_terms(page), title, page_day(page)]


def write_entries(pages):
    """Insert or update the entries of `pages` (specific page instances) in one statement."""
    if not pages:
        return
    params = [value for page in pages for value in entry_row(page)]
    sql = UPSERT.format(rows=", ".join([ROW] * len(pages)))
    with connections[router.db_for_write(SearchEntry)].cursor() as cursor:
        cursor.execute(sql, params)


class CompactPostgresIndex(PostgresIndex):
    def add_items(self, model, objs):
        objs = list(objs)
        super().add_items(model, objs)
        if issubclass(model, Page):
            write_entries(objs)

    def reset(self):
        super().reset()
        SearchEntry.objects.all()._raw_delete(using=router.db_for_write(SearchEntry))


class SearchBackend(PostgresSearchBackend):
    index_class = CompactPostgresIndex
