"""An application's links and emails, built on the core toolkit (core.tokens, core.mail).

Each link is signed for one purpose and names the application by its `public_id`; it also
carries a fingerprint of `OrganisationApplication.token_state()`, so it dies when the
application moves on. Lifetimes:

- confirm: 7 days, and dies once confirmed;
- edit: until that round of changes is answered (the applicant resubmits or a moderator decides
  again), at most the retention period;
- login: "link my login to <organisation>", sent to an existing account's own address after
  approval; 7 days, and dies once used.

Every page that takes one of these links offers "send me a new link" (`send_new_links`), which
answers the same whether or not the address is known.
"""

import datetime

from django.utils import timezone

from wagtail.models import Locale

from core import mail
from core.purge import retention_days
from core.routes import route_url
from core.tokens import Link
from organisations.models import (
    ApplicationStatus,
    OrganisationApplication,
    OrganisationIndexPage,
    OrganisationPage,
)
from organisations.representatives import invitation_url, same_address

CONFIRM = Link("organisations.application.confirm")
EDIT = Link("organisations.application.edit")
LOGIN = Link("organisations.application.login")
CONFIRM_DAYS = 7
ROUTES = {"confirm": "confirm", "edit": "register", "login": "link_login"}  # route names
LINKS = {"confirm": CONFIRM, "edit": EDIT, "login": LOGIN}


def valid_for(kind):
    days = retention_days("applications") if kind == "edit" else CONFIRM_DAYS
    return datetime.timedelta(days=days)


def directory(language):
    """The directory in `language`, else in the default language (None if there is none)."""
    locale = Locale.objects.filter(language_code=language).first()
    index = OrganisationIndexPage.objects.filter(locale=locale).first() if locale else None
    return index or OrganisationIndexPage.objects.order_by("pk").first()


def url(application, kind):
    """(absolute url, valid until) of a new `kind` link for `application`."""
    until = timezone.now() + valid_for(kind)
    token = LINKS[kind].make(application, until)
    index = directory(application.language)
    path = route_url(index, ROUTES[kind], query={"t": token}) if index else "/"
    return mail.absolute(path), until


def read(token, kind):
    """The application a link is for, or None (tampered, expired, used up, other purpose)."""
    return LINKS[kind].read(token, OrganisationApplication.objects.all())


def profile_url(application):
    """The profile in the applicant's language when that translation exists, else the Albanian
    one."""
    page = application.page
    if page is None:
        return ""
    translated = OrganisationPage.objects.filter(
        translation_key=page.translation_key, locale__language_code=application.language
    ).first()
    return mail.absolute((translated or page).url or "")


def send(application, kind, **extra):
    """Email the applicant (plain text and HTML, in the language they applied in)."""
    context = {"application": application, "valid_days": CONFIRM_DAYS, **extra}
    if kind == "confirm":
        context["confirm_url"] = url(application, "confirm")[0]
    if kind == "changes":
        context["edit_url"] = url(application, "edit")[0]
    if kind == "approved":
        context["profile_url"] = profile_url(application)
    mail.send(
        f"organisations/emails/{kind}",
        application.applicant_email,
        application.language,
        context,
    )


def send_approval(application):
    """The approval email; the password link goes only to a new login's own address, and an
    existing login's owner is asked, at that login's own address, to link it."""
    user, invitation = application.representative, ""
    if user is not None and same_address(user.email, application.applicant_email):
        invitation = invitation_url(user, mail.absolute("/"))
    send(application, "approved", invitation=invitation)
    if application.pending_login is not None:
        send_login_link(application)


def send_login_link(application):
    user = application.pending_login
    link, until = url(application, "login")
    context = {"application": application, "user": user, "url": link, "valid_until": until}
    mail.send("organisations/emails/login", user.email, application.language, context)


def send_new_links(email):
    """A fresh link for each application waiting on `email` (exact, after normalisation):
    confirmation, changes, or linking an existing login. Returns how many were sent; the page
    must not tell the visitor."""
    sent = 0
    for application in _waiting_on(email):
        kind = {
            ApplicationStatus.UNCONFIRMED: "confirm",
            ApplicationStatus.CHANGES_REQUESTED: "edit",
        }.get(application.status, "login")
        if kind == "login":
            send_login_link(application)
        else:
            link, until = url(application, kind)
            context = {"url": link, "valid_until": until}
            mail.send("core/emails/new_link", application.applicant_email, application.language,
                      context)  # fmt: skip
        sent += 1
    return sent


def _waiting_on(email):
    applications = OrganisationApplication.objects.select_related("pending_login")
    waiting = applications.filter(
        applicant_email__iexact=email,
        status__in=[ApplicationStatus.UNCONFIRMED, ApplicationStatus.CHANGES_REQUESTED],
    )
    found = [a for a in waiting if same_address(a.applicant_email, email)]
    logins = applications.filter(
        status=ApplicationStatus.APPROVED,
        pending_login__isnull=False,
        pending_login__email__iexact=email,
    )
    return found + [a for a in logins if same_address(a.pending_login.email, email)]
