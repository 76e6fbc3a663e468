"""Remove supporters' personal data once their campaign has ended; the counts stay."""

from django.utils import timezone

from campaigns.support import purge_ended
from core.purge import PurgeCommand, cutoff


class Command(PurgeCommand):
    help = (
        "Anonymise confirmed supporters and delete unconfirmed pledges of campaigns that ended "
        "more than --days days ago. Safe to run daily from cron."
    )
    kind = "supporters"

    def purge(self, days):
        return purge_ended(cutoff(days, timezone.localdate()))
