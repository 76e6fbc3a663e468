from django.core.files.storage import default_storage
from django.db import migrations, models

import core.media
import dialogue.models.records


def move(source, target):
    """Move every position paper's PDF from `source` to `target` storage, keeping its name."""

    def run(apps, schema_editor):
        PositionPaper = apps.get_model("dialogue", "PositionPaper")
        names = PositionPaper.objects.exclude(pdf="").values_list("pdf", flat=True)
        for name in names.iterator():
            if not source().exists(name) or target().exists(name):
                continue
            with source().open(name, "rb") as handle:
                target().save(name, handle)
            source().delete(name)

    return run


def public():
    return default_storage


class Migration(migrations.Migration):
    """Position papers' PDFs leave the public media folder for MEDIA_ROOT/private/, which has
    no public URL: only the consultation's view serves them, to whoever may see the paper."""

    dependencies = [
        ("dialogue", "0002_moderator_permissions"),
    ]

    operations = [
        migrations.AlterField(
            model_name="positionpaper",
            name="pdf",
            field=models.FileField(
                blank=True,
                max_length=200,
                storage=core.media.private_storage,
                upload_to=dialogue.models.records.pdf_path,
                verbose_name="PDF",
            ),
        ),
        migrations.RunPython(
            move(public, core.media.private_storage), move(core.media.private_storage, public)
        ),
    ]
