"""The compact search entries (search.models.SearchEntry); their GIN index on PostgreSQL only
(the table exists everywhere so that the schema is the same, and stays empty elsewhere)."""

import django.contrib.postgres.search
import django.db.models.deletion
from django.db import migrations, models

INDEX = "CREATE INDEX IF NOT EXISTS search_entry_terms_gin ON search_searchentry USING gin (terms)"
DROP = "DROP INDEX IF EXISTS search_entry_terms_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(INDEX)


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(DROP)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_postgres_text_search"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [
        migrations.CreateModel(
            name="SearchEntry",
            fields=[
                (
                    "page",
                    models.OneToOneField(
                        on_delete=django.db.models.deletion.CASCADE,
                        primary_key=True,
                        related_name="search_entry",
                        serialize=False,
                        to="wagtailcore.page",
                    ),
                ),
                (
                    "locale",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="wagtailcore.locale",
                    ),
                ),
                (
                    "content_type",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="contenttypes.contenttype",
                    ),
                ),
                ("live", models.BooleanField()),
                (
                    "terms",
                    django.contrib.postgres.search.SearchVectorField(
                        help_text="Every search field's normalised terms, no positions"
                    ),
                ),
                (
                    "title_terms",
                    django.contrib.postgres.search.SearchVectorField(
                        help_text="The title's normalised terms"
                    ),
                ),
                (
                    "day",
                    models.DateField(
                        help_text="The page's own date, else first publication", null=True
                    ),
                ),
            ],
            options={
                "verbose_name": "search entry",
                "verbose_name_plural": "search entries",
            },
        ),
        migrations.RunPython(create_index, drop_index),
    ]
