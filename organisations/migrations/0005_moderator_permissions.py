from django.db import migrations

# (model, codename, name): the permissions the Moderators group receives.
GRANTS = [
    ("organisationapplication", "moderate_application", "Can moderate organisation applications"),
    ("organisationpage", "export_directory", "Can export the organisation directory as CSV"),
]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="Moderators").first()
    for model, codename, name in GRANTS:
        content_type, _ = ContentType.objects.get_or_create(app_label="organisations", model=model)
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        if group is not None:
            group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("organisations", "0004_applications"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0001_initial"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
