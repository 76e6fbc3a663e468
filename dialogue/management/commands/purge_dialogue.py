"""Delete citizens' contributions never confirmed by email (their links have expired)."""

from core.purge import PurgeCommand, cutoff
from dialogue.models import Contribution, ContributionStatus


class Command(PurgeCommand):
    help = "Delete unconfirmed citizens' contributions older than --days (their link's life)."
    kind = "dialogue_unconfirmed"

    def purge(self, days):
        rows = Contribution.objects.filter(
            status=ContributionStatus.UNCONFIRMED, created_at__lt=cutoff(days)
        )
        deleted, _details = rows.delete()
        return deleted, 0
