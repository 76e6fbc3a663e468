"""Set Wagtail's default Site (hostname, port) from SITE_URL; idempotent (see core.sites)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from core.sites import sync_default_site


class Command(BaseCommand):
    help = "Point Wagtail's default Site at SITE_URL (hostname and port); changes nothing twice."

    def handle(self, *args, **options):
        site = sync_default_site()
        if site is None:
            self.stdout.write(f"The default site already serves {settings.SITE_URL}.")
        else:
            self.stdout.write(f"The default site is now {site.hostname}:{site.port}.")
