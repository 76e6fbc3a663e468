"""Delete contact messages older than the retention period."""

from contact.purge import KIND, purge
from core.purge import PurgeCommand


class Command(PurgeCommand):
    help = "Delete contact messages received more than --days days ago. Safe to run daily."
    kind = KIND

    def purge(self, days):
        return purge(days), 0
