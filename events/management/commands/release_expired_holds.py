"""Expire unconfirmed registrations whose hold has run out, and give their seats to the
waiting list (the same happens lazily whenever an event's registrations change)."""

from django.core.management.base import BaseCommand

from events.registration import release_expired_holds


class Command(BaseCommand):
    help = "Expire unconfirmed registration holds past their time and promote the waiting list."

    def handle(self, *args, **options):
        self.stdout.write(f"Released {release_expired_holds()} expired holds.")
