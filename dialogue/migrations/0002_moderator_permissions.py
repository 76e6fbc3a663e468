from django.db import migrations


def grant(apps, schema_editor):
    """Moderators moderate and export consultation input (the permission of Contribution's
    Meta, made here so the data migration can grant it before post_migrate runs)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label="dialogue", model="contribution")
    permission, _ = Permission.objects.get_or_create(
        content_type=content_type,
        codename="moderate_contribution",
        defaults={"name": "Can moderate and export consultation input"},
    )
    group = Group.objects.filter(name="Moderators").first()
    if group is not None:
        group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("dialogue", "0001_initial"),
        ("organisations", "0005_moderator_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
