"""Erase registrants' personal data some days after their event; anonymous counts stay."""

from core.purge import PurgeCommand, cutoff
from events.registration import erase_personal_data


class Command(PurgeCommand):
    help = "Erase the personal data of registrations for events that ended over --days ago."
    kind = "registrations"

    def purge(self, days):
        return 0, erase_personal_data(cutoff(days))
