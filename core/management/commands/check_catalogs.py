from django.core.management.base import BaseCommand, CommandError

from core.catalogs import (
    admin_catalog_paths,
    catalog_paths,
    incomplete_entries,
    missing_from_catalog,
    missing_upstream,
    placeholder_mismatches,
)


class Command(BaseCommand):
    help = (
        "Fail unless every catalog in locale/ is complete, not fuzzy, and up to date, and the "
        "admin catalogs in locale_admin/ translate every string of the installed Wagtail and "
        "wagtail-localize."
    )

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
        admin_paths = admin_catalog_paths()
        if not admin_paths:
            raise CommandError("No admin catalogs found in locale_admin/.")
        for path in admin_paths:
            problems += self.admin_problems(path)
        if problems:
            raise CommandError("\n".join(problems))
        self.stdout.write(
            self.style.SUCCESS(
                f"{len(paths)} catalog(s) and {len(admin_paths)} admin catalog(s) complete "
                "and up to date."
            )
        )

    def admin_problems(self, path):
        problems = [f"{path}: {problem}" for problem in incomplete_entries(path)]
        problems += [f"{path}: {problem}" for problem in placeholder_mismatches(path)]
        problems += [
            f"{path}: in the installed {package} but not translated here (msgctxt {context!r}): "
            f"{msgid!r}"
            for context, msgid, package in missing_upstream(path)
        ]
        return problems
