"""PostgreSQL only: the `unaccent` extension and the `sq_unaccent` text search configuration
that WAGTAILSEARCH_BACKENDS uses as SEARCH_CONFIG (simple, accent-folded). No-op elsewhere."""

from django.db import migrations

CREATE = """
CREATE EXTENSION IF NOT EXISTS unaccent;
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'sq_unaccent') THEN
        CREATE TEXT SEARCH CONFIGURATION sq_unaccent (COPY = pg_catalog.simple);
        ALTER TEXT SEARCH CONFIGURATION sq_unaccent
            ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;
    END IF;
END
$$;
"""
DROP = "DROP TEXT SEARCH CONFIGURATION IF EXISTS sq_unaccent;"


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(CREATE)


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(create, drop)]
