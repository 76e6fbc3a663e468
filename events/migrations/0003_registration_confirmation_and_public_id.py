import uuid

from django.db import migrations, models


def fill_public_ids(apps, schema_editor):
    """A distinct random id for every existing registration (tokens never carry the pk)."""
    Registration = apps.get_model("events", "registration")
    for pk in Registration.objects.filter(public_id__isnull=True).values_list("pk", flat=True):
        Registration.objects.filter(pk=pk).update(public_id=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_keep_records_with_the_whole_page"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="public_id",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(fill_public_ids, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="registration",
            name="public_id",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
        migrations.AddField(
            model_name="registration",
            name="hold_until",
            field=models.DateTimeField(
                blank=True, null=True, verbose_name="unconfirmed place held until"
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="holds_seat",
            field=models.BooleanField(
                default=False, verbose_name="holds a seat (not a waiting-list place)"
            ),
        ),
        migrations.AlterField(
            model_name="registration",
            name="status",
            field=models.CharField(
                choices=[
                    ("awaiting", "Awaiting email confirmation"),
                    ("expired", "Not confirmed in time"),
                    ("confirmed", "Confirmed"),
                    ("pending", "Pending approval"),
                    ("waiting", "Waiting list"),
                    ("declined", "Declined"),
                    ("cancelled", "Cancelled"),
                    ("attended", "Attended"),
                ],
                max_length=12,
                verbose_name="status",
            ),
        ),
        migrations.RemoveConstraint(
            model_name="registration",
            name="one_active_registration_per_email",
        ),
        migrations.AddConstraint(
            model_name="registration",
            constraint=models.UniqueConstraint(
                condition=models.Q(
                    ("status__in", ["confirmed", "pending", "attended", "waiting", "awaiting"])
                ),
                fields=("event_key", "email"),
                name="one_active_registration_per_email",
            ),
        ),
    ]
