"""Email confirmed registrants the day before their event; each reminder is sent once."""

from django.core.management.base import BaseCommand
from django.utils import timezone

from events.emails import send
from events.registration import due_reminders


class Command(BaseCommand):
    help = "Send the day-before reminders (run hourly from cron); each is sent only once."

    def handle(self, *args, **options):
        sent = 0
        for registration in due_reminders():
            send(registration, "reminder")
            registration.reminder_sent_at = timezone.now()
            registration.save(update_fields=["reminder_sent_at"])
            sent += 1
        self.stdout.write(f"Sent {sent} reminders.")
