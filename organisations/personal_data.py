"""What the organisations app holds about one email address (core.personaldata): applications
made from it. Matched exactly after normalisation, never by a database iexact (PostgreSQL folds
`ı` to `I`). Erasing deletes open and rejected applications with their logo files; an approved
one keeps its link to the profile and loses the applicant's details."""

from django.utils.translation import gettext_lazy as _

from core.personaldata import Source
from organisations.models import ApplicationStatus, OrganisationApplication
from organisations.representatives import same_address

FIELDS = ["name", "status", "applicant_name", "applicant_role", "applicant_email",
          "language", "consent_text", "created_at", "confirmed_at", "decided_at"]  # fmt: skip


def applications(email):
    rows = OrganisationApplication.objects.filter(applicant_email__iexact=email)
    return [row for row in rows if same_address(row.applicant_email, email)]


def find(email):
    return [{field: getattr(row, field) for field in FIELDS} for row in applications(email)]


def erase(email):
    count = 0
    for row in applications(email):
        if row.logo:
            row.logo.delete(save=False)
        if row.status == ApplicationStatus.APPROVED:
            row.applicant_name = row.applicant_role = row.consent_text = ""
            row.applicant_email = None
            row.pending_login = None
            row.save()
        else:
            row.delete()
        count += 1
    return count


SOURCES = [Source(_("Organisation applications"), find, erase)]
