from django.db import migrations


def fill(apps, schema_editor):
    from core import collation

    OrganisationPage = apps.get_model("organisations", "OrganisationPage")
    for page in OrganisationPage.objects.select_related("locale"):
        language = page.locale.language_code
        page.sort_key = collation.sort_key(page.title, language)
        page.initial = collation.initial(page.title, language)
        page.name_folded = collation.folded(f"{page.title} {page.acronym}")[:300]
        page.save(update_fields=["sort_key", "initial", "name_folded"])


class Migration(migrations.Migration):
    dependencies = [("organisations", "0002_profiles_focus_areas")]

    operations = [migrations.RunPython(fill, migrations.RunPython.noop)]
