"""PostgreSQL only: the entries' (locale, day DESC NULLS LAST, page DESC) index, so that a page
of "title hits, then the rest, newest first" (search.query.TitleFirst) walks it and stops at
the page even when a word is in every publication. (SQLite accepts no NULLS LAST in an index,
and keeps no entries.)"""

from django.db import migrations

CREATE = """
CREATE INDEX IF NOT EXISTS search_entry_locale_day
ON search_searchentry (locale_id, day DESC NULLS LAST, page_id DESC)
"""
DROP = "DROP INDEX IF EXISTS search_entry_locale_day"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [("search", "0002_searchentry")]

    operations = [migrations.RunPython(create, drop)]
