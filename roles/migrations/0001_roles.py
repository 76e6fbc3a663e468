"""The admin's roles (roles.groups): groups with exactly the rights their work needs."""

from django.db import migrations


def make_roles(apps, schema_editor):
    from roles import groups as roles

    roles.sync(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0009_user_personal_data_permission"),
        ("dialogue", "0002_moderator_permissions"),
        ("recommendations", "0003_moderator_permissions"),
        ("events", "0004_event_changes_and_organisers"),
        ("campaigns", "0004_supporter_public_id"),
        ("publications", "0003_recommendation_institution"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("organisations", "0005_moderator_permissions"),
    ]

    operations = [migrations.RunPython(make_roles, migrations.RunPython.noop)]
