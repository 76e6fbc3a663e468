"""One purge pattern for every kind of personal data (issue 15).

Each kind has its retention in `settings.PERSONAL_DATA_RETENTION_DAYS[kind]` and one command,
`purge_<name>`, a `PurgeCommand`: `--days` overrides the setting, `purge(days)` returns
`(deleted, erased)` (rows deleted, rows kept without their personal data) and the command prints
one line, "<kind>: N deleted, M erased". `purge_personal_data` runs them all (cron, daily).
An erased email is NULL everywhere (registrations, supporters, dialogue, applications): the
unique constraints on (event, email) for active statuses and on (campaign, email) need NULL, or
two erased rows of one event or campaign would collide on "". Other erased text becomes "".
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone


def retention_days(kind):
    """Days the personal data of `kind` is kept (a key of PERSONAL_DATA_RETENTION_DAYS)."""
    return settings.PERSONAL_DATA_RETENTION_DAYS[kind]


def cutoff(days, now=None):
    """The moment before which data `days` days old is purged."""
    return (now or timezone.now()) - datetime.timedelta(days=days)


def report(kind, deleted, erased, note=""):
    line = f"{kind}: {deleted} deleted, {erased} erased"
    return f"{line}; {note}" if note else line


class PurgeCommand(BaseCommand):
    """Subclasses set `kind` and define `purge(days)` -> (deleted, erased), or
    (deleted, erased, note) when there is more to say on the same line."""

    kind = ""

    def add_arguments(self, parser):
        parser.add_argument(
            "--days",
            type=int,
            default=None,
            help=f"days to keep (default PERSONAL_DATA_RETENTION_DAYS['{self.kind}'])",
        )

    def handle(self, *args, days=None, **options):
        days = retention_days(self.kind) if days is None else days
        self.stdout.write(report(self.kind, *self.purge(days)))

    def purge(self, days):
        raise NotImplementedError
