"""When an application last changed, so that purge_applications can find abandoned ones;
existing rows count from today."""

import django.utils.timezone
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("organisations", "0007_application_public_id_pending_login")]

    operations = [
        migrations.AddField(
            model_name="organisationapplication",
            name="updated_at",
            field=models.DateTimeField(
                auto_now=True, default=django.utils.timezone.now, verbose_name="last changed at"
            ),
            preserve_default=False,
        ),
    ]
