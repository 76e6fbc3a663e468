"""Erase applicants' personal data, and their logo files, once the retention has passed.

- rejected and never-confirmed applications: deleted `--days` after the decision (or after
  submission);
- pending and changes-requested applications nobody touched for `--days` (moderators never
  answered, or the applicant never sent the changes): deleted;
- approved ones are kept (they link a profile to its representative) without the applicant's
  name, role, email, consent text, pending login and logo file (the profile has its own copy);
- logo files in the applications' folder that no application and no image uses: deleted.
"""

from django.core.files.storage import default_storage
from django.db.models import Q

from wagtail.images import get_image_model

from core.purge import PurgeCommand, cutoff
from organisations.models import ApplicationStatus, OrganisationApplication

LOGO_FOLDER = OrganisationApplication._meta.get_field("logo").upload_to.rstrip("/")
ABANDONED = [ApplicationStatus.PENDING, ApplicationStatus.CHANGES_REQUESTED]


def purge(days):
    """Returns (deleted, anonymised, files deleted)."""
    before = cutoff(days)
    decided_long_ago = Q(decided_at__lt=before) | Q(decided_at__isnull=True, created_at__lt=before)
    finished = Q(status__in=[ApplicationStatus.REJECTED, ApplicationStatus.UNCONFIRMED])
    abandoned = Q(status__in=ABANDONED, updated_at__lt=before)
    gone = OrganisationApplication.objects.filter((finished & decided_long_ago) | abandoned)
    for application in gone.exclude(logo=""):
        application.logo.delete(save=False)
    deleted = gone.delete()[1].get(OrganisationApplication._meta.label, 0)
    old_approved = OrganisationApplication.objects.filter(
        decided_long_ago, status=ApplicationStatus.APPROVED
    )
    for application in old_approved.exclude(logo=""):
        application.logo.delete(save=False)
    anonymised = old_approved.exclude(applicant_email=None).update(
        applicant_name="", applicant_role="", applicant_email=None, consent_text=""
    )
    old_approved.update(logo="", pending_login=None)
    return deleted, anonymised, purge_unused_logos(before)


def purge_unused_logos(before):
    """Files in the applications' logo folder, older than `before`, that no application and no
    image points at (left behind by deleted rows or interrupted uploads)."""
    try:
        _, names = default_storage.listdir(LOGO_FOLDER)
    except FileNotFoundError:
        return 0
    kept = set(OrganisationApplication.objects.exclude(logo="").values_list("logo", flat=True))
    kept |= set(get_image_model().objects.values_list("file", flat=True))
    removed = 0
    for name in names:
        path = f"{LOGO_FOLDER}/{name}"
        if path not in kept and default_storage.get_modified_time(path) < before:
            default_storage.delete(path)
            removed += 1
    return removed


class Command(PurgeCommand):
    help = "Erase applicants' personal data and logo files from applications older than --days."
    kind = "applications"

    def purge(self, days):
        deleted, anonymised, files = purge(days)
        return deleted, anonymised, f"{files} unused logo file(s) deleted"
