"""Run every purge of personal data (each app's purge_* command built on core.purge), once."""

from django.core.management import call_command, get_commands, load_command_class
from django.core.management.base import BaseCommand, CommandError

from core.purge import PurgeCommand


def purge_commands():
    """The names of every installed PurgeCommand, sorted (Wagtail's purge_revisions and
    purge_embeds are not about personal data and are left out)."""
    return sorted(
        name
        for name, app in get_commands().items()
        if name.startswith("purge_") and isinstance(load_command_class(app, name), PurgeCommand)
    )


class Command(BaseCommand):
    help = "Purge every kind of personal data past its retention (PERSONAL_DATA_RETENTION_DAYS)."

    def handle(self, *args, **options):
        failed = []
        for name in purge_commands():
            try:
                call_command(name, stdout=self.stdout, stderr=self.stderr)
            except Exception as error:  # one kind failing must not keep the others' data
                self.stderr.write(f"{name} failed: {error!r}")
                failed.append(name)
        if failed:
            raise CommandError(f"failed: {', '.join(failed)}")
