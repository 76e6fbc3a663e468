"""Moderators publish civil-society organisations' assessments and keep the register; Editors
keep the register (recommendations and institutions)."""

from django.db import migrations

MODERATORS = [
    ("assessment", ["add", "change", "delete", "view", "moderate"]),
    ("recommendation", ["add", "change", "view"]),
    ("institution", ["add", "change", "view"]),
]
NAMES = {"moderate_assessment": "Can publish CSO assessments"}
EDITORS = [
    ("assessment", ["add", "change", "view"]),
    ("recommendation", ["add", "change", "view"]),
    ("institution", ["add", "change", "view"]),
]


def grant(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, grants in (("Moderators", MODERATORS), ("Editors", EDITORS)):
        group = Group.objects.filter(name=group_name).first()
        for model, actions in grants:
            content_type, _ = ContentType.objects.get_or_create(
                app_label="recommendations", model=model
            )
            for action in actions:
                permission, _ = Permission.objects.get_or_create(
                    content_type=content_type,
                    codename=f"{action}_{model}",
                    defaults={"name": NAMES.get(f"{action}_{model}", f"Can {action} {model}")},
                )
                if group is not None:
                    group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("recommendations", "0002_institutions_and_addressees"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
