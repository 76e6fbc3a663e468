"""Import recommendations from a CSV file (columns: see recommendations/importer.py)."""

from django.core.management.base import BaseCommand, CommandError

from recommendations.importer import ImportFailed, import_csv


class Command(BaseCommand):
    help = "Import recommendations (e.g. OSCE/ODIHR's) from CSV; all rows or none."

    def add_arguments(self, parser):
        parser.add_argument("path", help="a UTF-8 CSV file; columns in recommendations/importer.py")

    def handle(self, path, **options):
        try:
            with open(path, encoding="utf-8-sig") as handle:
                count = import_csv(handle.read())
        except (OSError, UnicodeDecodeError) as error:
            raise CommandError(str(error)) from error
        except ImportFailed as failure:
            for line, message in failure.errors:
                self.stderr.write(f"line {line}: {message}")
            raise CommandError("Nothing was imported.") from failure
        self.stdout.write(self.style.SUCCESS(f"Imported {count} recommendations."))
