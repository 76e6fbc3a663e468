"""An application's life: submitted, confirmed by email, then approved, sent back for changes,
or rejected by a moderator, with an email (in the applicant's language) at each step.

Links carry a signed token (no login; see `links`). Approval creates the profile page under the
directory, in Albanian and, when the applicant gave English texts, in English too, and invites
the applicant to set a password for a new login that can edit that profile only, or asks the
owner of an existing login with the applicant's address to link it (see `representatives`).
"""

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from core import collation
from organisations import links, profiles, representatives
from organisations.models import ApplicationStatus, OrganisationApplication, OrganisationPage

# --- duplicates ------------------------------------------------------------------------------


def _domain(url):
    host = url.split("//", 1)[-1].split("/", 1)[0].lower()
    return host.removeprefix("www.")


def duplicates(application):
    """Human-readable reasons why this application may repeat a profile or another application:
    the same name (ignoring case and diacritics, in either language), NIPT or website. A profile
    and its translations count once."""
    name = collation.folded(application.name)
    reasons, seen = [], set()
    pages = OrganisationPage.objects.select_related("locale").only(
        "title", "nipt", "website", "translation_key", "locale__language_code"
    )
    default_first = sorted(pages, key=lambda p: (p.locale.language_code != "sq", p.pk))
    for page in default_first:
        found = _matches(application, name, page.title, page.nipt, page.website, _("profile"))
        for reason in found:
            key = (page.translation_key, reason.split("“")[0])
            if key not in seen:
                seen.add(key)
                reasons.append(reason)
    others = OrganisationApplication.objects.exclude(pk=application.pk).exclude(
        status=ApplicationStatus.REJECTED
    )
    for other in others.only("name", "nipt", "website"):
        reasons += _matches(application, name, other.name, other.nipt, other.website,
                            _("application #%(id)s") % {"id": other.pk})  # fmt: skip
    return reasons


def _matches(application, name, other_name, nipt, website, what):
    found = []
    label = {"what": what, "name": other_name}
    if name and collation.folded(other_name) == name:
        found.append(_("Same name as %(what)s “%(name)s”") % label)
    if application.nipt and nipt == application.nipt:
        found.append(_("Same NIPT as %(what)s “%(name)s”") % label)
    if application.website and website and _domain(website) == _domain(application.website):
        found.append(_("Same website as %(what)s “%(name)s”") % label)
    return found


# --- steps -----------------------------------------------------------------------------------


def submit(form, language):
    """Save a valid form as an unconfirmed application and send the confirmation email."""
    with transaction.atomic():
        application = form.save(commit=False)
        application.language = language
        application.consent_text = form.consent_text
        application.status = ApplicationStatus.UNCONFIRMED
        application.save()
        form.save_m2m()
    links.send(application, "confirm")
    return application


def resubmit(form):
    """The applicant's edited application, back in the moderators' queue."""
    with transaction.atomic():
        application = form.save(commit=False)
        application.status = ApplicationStatus.PENDING
        application.duplicate_note = "\n".join(duplicates(application))
        application.save()
        form.save_m2m()
    return application


def confirm(application):
    if application.status == ApplicationStatus.UNCONFIRMED:
        application.status = ApplicationStatus.PENDING
        application.confirmed_at = timezone.now()
        application.duplicate_note = "\n".join(duplicates(application))
        application.save(update_fields=["status", "confirmed_at", "duplicate_note"])
    return application


def decide(application, status, moderator, message):
    application.status = status
    application.decided_at = timezone.now()
    application.decided_by = moderator
    application.moderator_message = message
    application.save()


def request_changes(application, moderator, message):
    decide(application, ApplicationStatus.CHANGES_REQUESTED, moderator, message)
    links.send(application, "changes")


def reject(application, moderator, message):
    decide(application, ApplicationStatus.REJECTED, moderator, message)
    links.send(application, "rejected")


def approve(application, moderator, message, publish=True):
    """Create the profile; a new login for the applicant, or (their address already has one) a
    request to that login's own address to link it."""

    with transaction.atomic():
        page = profiles.create_profile(application, publish=publish)
        user = representatives.make_representative(application, page)
        application.page, application.representative = page, user
        decide(application, ApplicationStatus.APPROVED, moderator, message)
    links.send_approval(application)
    return page
