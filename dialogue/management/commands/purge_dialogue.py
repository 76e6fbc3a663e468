"""Delete citizens' contributions never confirmed by email (their links have expired)."""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from dialogue.models import Contribution, ContributionStatus
from dialogue.participation import CONFIRM_DAYS


class Command(BaseCommand):
    help = "Delete unconfirmed citizens' contributions older than their confirmation link."

    def handle(self, *args, **options):
        before = timezone.now() - datetime.timedelta(days=CONFIRM_DAYS)
        rows = Contribution.objects.filter(
            status=ContributionStatus.UNCONFIRMED, created_at__lt=before
        )
        deleted, _details = rows.delete()
        self.stdout.write(f"Deleted {deleted} unconfirmed contributions.")
