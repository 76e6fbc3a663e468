"""An application's life: submitted, confirmed by email, then approved, sent back for changes,
or rejected by a moderator, with an email (in the applicant's language) at each step.

Links carry a signed token (no login). Approval creates the profile page under the directory,
in Albanian and, when the applicant gave English texts, in English too, and invites the applicant
to set a password for a login that can edit that profile only (see `representatives`).
"""

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from organisations import collation
from organisations.models import ApplicationStatus, OrganisationApplication, OrganisationPage

SALT = "organisations.application"
CONFIRM_MAX_AGE = 7 * 24 * 3600
EDIT_MAX_AGE = 30 * 24 * 3600


def make_token(application, action):
    return signing.dumps({"id": application.pk, "a": action}, salt=SALT, compress=True)


def read_token(token, action):
    """The application a link is for, or None when it is tampered with, expired or unknown."""
    max_age = CONFIRM_MAX_AGE if action == "confirm" else EDIT_MAX_AGE
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature:
        return None
    if data.get("a") != action:
        return None
    return OrganisationApplication.objects.filter(pk=data.get("id")).first()


def rate_limited(request):
    key = f"organisations:applications:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > settings.ORGANISATION_APPLICATION_RATE_LIMIT


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


def submit(form, language, base_url):
    """Save a valid form as an unconfirmed application and send the confirmation email."""
    with transaction.atomic():
        application = form.save(commit=False)
        application.language = language
        application.consent_text = str(form.fields["consent"].label)
        application.status = ApplicationStatus.UNCONFIRMED
        application.save()
        form.save_m2m()
    send(application, "confirm", base_url)
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


def request_changes(application, moderator, message, base_url):
    decide(application, ApplicationStatus.CHANGES_REQUESTED, moderator, message)
    send(application, "changes", base_url)


def reject(application, moderator, message, base_url):
    decide(application, ApplicationStatus.REJECTED, moderator, message)
    send(application, "rejected", base_url)


def approve(application, moderator, message, base_url, publish=True):
    from organisations import profiles, representatives

    with transaction.atomic():
        page = profiles.create_profile(application, publish=publish)
        user = representatives.make_representative(application, page)
        application.page, application.representative = page, user
        decide(application, ApplicationStatus.APPROVED, moderator, message)
    send(
        application, "approved", base_url, invitation=representatives.invitation_url(user, base_url)
    )
    return page


# --- emails ----------------------------------------------------------------------------------

SUBJECTS = {
    "confirm": lambda: _("Confirm your application for “%(name)s”"),
    "changes": lambda: _("Your application for “%(name)s”: changes needed"),
    "rejected": lambda: _("Your application for “%(name)s”"),
    "approved": lambda: _("“%(name)s” is in the directory"),
}


def profile_url(application):
    """The profile in the applicant's language when that translation exists, else the Albanian
    one. (The English profile made at approval is published when the transaction commits, so it
    may not be live yet at this point.)"""
    page = application.page
    if page is None:
        return ""
    translated = OrganisationPage.objects.filter(
        translation_key=page.translation_key, locale__language_code=application.language
    ).first()
    return (translated or page).full_url


def send(application, kind, base_url, **extra):
    """Email the applicant, in the language they applied in."""
    with translation.override(application.language):
        context = {
            "application": application,
            "confirm_url": f"{base_url}register/confirm/?t={make_token(application, 'confirm')}",
            "edit_url": f"{base_url}register/?t={make_token(application, 'edit')}",
            "valid_days": CONFIRM_MAX_AGE // 86400,
            "profile_url": profile_url(application),
            **extra,
        }
        subject = SUBJECTS[kind]() % {"name": application.name}
        body = render_to_string(f"organisations/emails/{kind}.txt", context)
    EmailMessage(subject, body, to=[application.applicant_email]).send()
