"""Remove supporters' personal data once their campaign has ended; the counts stay."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from campaigns.support import purge_ended


class Command(BaseCommand):
    help = (
        "Anonymise confirmed supporters and delete unconfirmed pledges of campaigns that ended "
        "more than --days days ago (default SUPPORT_RETENTION_DAYS). Safe to run daily from cron."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.SUPPORT_RETENTION_DAYS)

    def handle(self, *args, days, **options):
        before = timezone.localdate() - datetime.timedelta(days=days)
        anonymised, deleted = purge_ended(before)
        self.stdout.write(
            f"Anonymised {anonymised} supporters; deleted {deleted} unconfirmed pledges."
        )
