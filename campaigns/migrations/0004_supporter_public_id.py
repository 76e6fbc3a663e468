import uuid

from django.db import migrations, models


def fill_public_ids(apps, schema_editor):
    """A distinct random id for every existing supporter (tokens never carry the pk)."""
    Supporter = apps.get_model("campaigns", "supporter")
    for pk in Supporter.objects.filter(public_id__isnull=True).values_list("pk", flat=True):
        Supporter.objects.filter(pk=pk).update(public_id=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("campaigns", "0003_keep_records_with_the_whole_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="supporter",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_public_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="supporter",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
