"""Albania's 12 counties and 61 municipalities, from core/data (see docs/features.md: data sources)."""

from django.db import migrations

from core.places import load_places


def load(apps, schema_editor):
    load_places(apps.get_model("core", "County"), apps.get_model("core", "Municipality"))


class Migration(migrations.Migration):
    dependencies = [("core", "0006_counties_municipalities")]

    operations = [migrations.RunPython(load, migrations.RunPython.noop)]
