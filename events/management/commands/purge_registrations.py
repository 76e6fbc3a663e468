"""Erase registrants' personal data some days after their event; anonymous counts stay."""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from events.registration import erase_personal_data


class Command(BaseCommand):
    help = "Erase the personal data of registrations for events that ended over --days ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=settings.REGISTRATION_RETENTION_DAYS)

    def handle(self, *args, days, **options):
        erased = erase_personal_data(timezone.now() - datetime.timedelta(days=days))
        self.stdout.write(f"Erased the personal data of {erased} registrations.")
