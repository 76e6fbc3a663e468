"""An index on the page tree's (depth, path), which Wagtail's own table lacks: every page's
menu asks for the home page's children (`depth = 3 AND path BETWEEN ...`), which otherwise
reads every page below the home page (27 ms with 50,000 publications; under 1 ms with it)."""

from django.db import migrations

CREATE = "CREATE INDEX IF NOT EXISTS core_page_depth_path ON wagtailcore_page (depth, path)"
DROP = "DROP INDEX IF EXISTS core_page_depth_path"


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0007_load_places"),
        ("wagtailcore", "0094_alter_page_locale"),
    ]

    operations = [migrations.RunSQL(CREATE, DROP)]
