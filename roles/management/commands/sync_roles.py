"""Make the admin's role groups and grant what they lack (roles.groups); changes nothing twice."""

from django.apps import apps
from django.core.management.base import BaseCommand

from roles import groups as roles


class Command(BaseCommand):
    help = "Create the admin's role groups and grant the rights they lack; idempotent."

    def handle(self, *args, **options):
        roles.sync(apps)
        self.stdout.write(f"Roles in place: {', '.join(roles.ROLES)}.")
