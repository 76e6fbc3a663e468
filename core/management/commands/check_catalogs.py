from django.core.management.base import BaseCommand, CommandError

from core.catalogs import catalog_paths, incomplete_entries, missing_from_catalog


class Command(BaseCommand):
    help = "Fail unless every catalog in locale/ is complete, not fuzzy, and up to date."

    def handle(self, *args, **options):
        problems = []
        paths = catalog_paths()
        if not paths:
            raise CommandError("No catalogs found in locale/.")
        for path in paths:
            problems += [f"{path}: {problem}" for problem in incomplete_entries(path)]
            problems += [
                f"{path}: not in the catalog (run `make messages`): {msgid!r}"
                for msgid in missing_from_catalog(path)
            ]
        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write(self.style.SUCCESS(f"{len(paths)} catalog(s) complete and up to date."))
