"""Delete contact messages older than the retention period."""

from django.conf import settings
from django.core.management.base import BaseCommand

from contact.purge import purge


class Command(BaseCommand):
    help = (
        "Delete contact messages received more than --days days ago (default "
        "CONTACT_RETENTION_DAYS). Safe to run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.CONTACT_RETENTION_DAYS)

    def handle(self, *args, days, **options):
        self.stdout.write(f"Deleted {purge(days)} contact messages.")
