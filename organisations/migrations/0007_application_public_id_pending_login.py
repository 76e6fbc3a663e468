"""Opaque ids for application links (a random UUID per row, existing rows included) and the
existing login an approval waits on until its owner confirms."""

import uuid

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


def fill_public_ids(apps, schema_editor):
    Application = apps.get_model("organisations", "OrganisationApplication")
    for application in Application.objects.filter(public_id__isnull=True).only("pk"):
        application.public_id = uuid.uuid4()
        application.save(update_fields=["public_id"])


class Migration(migrations.Migration):
    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("organisations", "0006_focusarea_taxonomy"),
    ]

    operations = [
        migrations.AddField(
            model_name="organisationapplication",
            name="public_id",
            field=models.UUIDField(null=True, editable=False, verbose_name="public id"),
        ),
        migrations.RunPython(fill_public_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="organisationapplication",
            name="public_id",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="public id"
            ),
        ),
        migrations.AddField(
            model_name="organisationapplication",
            name="pending_login",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to=settings.AUTH_USER_MODEL,
                verbose_name="existing login waiting for its owner's confirmation",
            ),
        ),
    ]
