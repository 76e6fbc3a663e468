"""Build the bilingual demo site. Safe to run again: what exists is left as it is."""

import importlib

from django.apps import apps
from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Load the bilingual (sq/en) demo content; running it again changes nothing."

    def handle(self, *args, **options):
        loaders = []
        for config in apps.get_app_configs():
            try:
                module = importlib.import_module(f"{config.name}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{config.name}.demo":
                    raise
                continue
            if hasattr(module, "load_demo"):
                loaders.append((getattr(module, "DEMO_ORDER", 100), config.name, module))
        for _order, name, module in sorted(loaders):
            self.stdout.write(f"Demo content: {name}")
            # No surrounding transaction: wagtail-localize publishes translations on commit,
            # and each translation should be live before the next one builds on it
            # (see core/upstream.py).
            module.load_demo(self.stdout.write)
        call_command("sync_roles", stdout=self.stdout)  # the sections' page rights
        self.stdout.write(self.style.SUCCESS("Demo content is in place."))
