"""Erase applicants' personal data from applications decided (or left unconfirmed) long ago."""

import datetime

from django.core.management.base import BaseCommand
from django.db.models import Q
from django.utils import timezone

from organisations.models import ApplicationStatus, OrganisationApplication


def purge(days):
    """Delete rejected and never-confirmed applications older than `days`; keep approved ones
    (they link a profile to its representative) without the applicant's name, role and email.
    Returns (deleted, anonymised)."""
    before = timezone.now() - datetime.timedelta(days=days)
    old = OrganisationApplication.objects.filter(
        Q(decided_at__lt=before) | Q(decided_at__isnull=True, created_at__lt=before)
    )
    gone = old.filter(status__in=[ApplicationStatus.REJECTED, ApplicationStatus.UNCONFIRMED])
    for application in gone:
        application.logo.delete(save=False)
    deleted = gone.delete()[1].get(OrganisationApplication._meta.label, 0)
    anonymised = (
        old.filter(status=ApplicationStatus.APPROVED)
        .exclude(applicant_email="")
        .update(applicant_name="", applicant_role="", applicant_email="", consent_text="")
    )
    return deleted, anonymised


class Command(BaseCommand):
    help = "Erase applicants' personal data from organisation applications older than --days."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=180)

    def handle(self, *args, days, **options):
        deleted, anonymised = purge(days)
        self.stdout.write(f"{deleted} application(s) deleted, {anonymised} anonymised.")
