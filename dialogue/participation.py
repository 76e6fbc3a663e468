"""Every change a participant makes to a consultation, checked on the server.

One function per act (contribute, confirm, endorse, position paper, moderate), whoever asks;
each raises `Refused` with a translated reason when the act is not allowed: a consultation
that is not open, an organisation the person does not represent, an endorsement of one's own
contribution, a second endorsement or position paper for the same organisation.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

from core import mail
from core.tokens import Link
from dialogue.models import (
    Contribution,
    ContributionStatus,
    Endorsement,
    Moderation,
    PositionPaper,
)
from dialogue.people import display_name, organisations_of

CONFIRM = Link("dialogue.contribution.confirm")
CONFIRM_DAYS = 7


class Refused(Exception):
    def __init__(self, message):
        super().__init__(str(message))
        self.message = message


def require_open(page):
    if page.state == "upcoming":
        raise Refused(_("This consultation is not open yet."))
    if page.state == "closed":
        raise Refused(_("This consultation is closed: it accepts nothing more."))


def require_representative(user, organisation):
    keys = {org.translation_key for org in organisations_of(user)}
    if organisation is None or organisation.translation_key not in keys:
        raise Refused(_("You can act only for an organisation you represent."))


def first_status(page):
    if page.moderation == Moderation.BEFORE:
        return ContributionStatus.PENDING
    return ContributionStatus.PUBLISHED


def _base(page, language, user=None, organisation=None):
    return {
        "consultation": page,
        "consultation_key": page.translation_key,
        "language": language,
        "user": user,
        "organisation": organisation,
        "organisation_key": organisation.translation_key if organisation else None,
    }


def contribute(page, article, data, language, consent_text, user=None, organisation=None):
    """A representative's contribution (for `organisation`), or a citizen's (no user), which
    waits for email confirmation."""
    require_open(page)
    citizen = user is None
    if citizen and not page.allow_citizens:
        raise Refused(_("Only organisations' representatives take part in this consultation."))
    if not citizen:
        require_representative(user, organisation)
    contribution = Contribution.objects.create(
        **_base(page, language, user, organisation),
        article_key=article.translation_key,
        article_number=article.number,
        kind=data["kind"],
        text=data.get("text", ""),
        proposed_wording=data.get("proposed_wording", "") if data["kind"] == "amendment" else "",
        name=data["name"] if citizen else display_name(user),
        email=data["email"] if citizen else None,
        show_name=data.get("show_name", False),
        status=ContributionStatus.UNCONFIRMED if citizen else first_status(page),
        consent_text=consent_text,
    )
    if citizen:
        send_confirmation(contribution)
    return contribution


def confirm_until(contribution):
    week = timezone.now() + datetime.timedelta(days=CONFIRM_DAYS)
    closes = contribution.consultation.closes_at if contribution.consultation_id else week
    return min(week, closes)


def send_confirmation(contribution):
    token = CONFIRM.make(contribution, confirm_until(contribution))
    page = localized_page(contribution.consultation, contribution.language)
    context = {
        "contribution": contribution,
        "consultation": page,
        "confirm_url": mail.absolute(page.url + f"confirm/?t={token}"),
        "valid_days": CONFIRM_DAYS,
    }
    mail.send(
        "dialogue/emails/confirm_contribution",
        contribution.email,
        contribution.language,
        context,
    )


def localized_page(page, language):
    with translation.override(language):
        try:
            return page.get_translation_or_none(Locale.get_active()) or page
        except Locale.DoesNotExist:
            return page


def read_confirmation(page, token):
    rows = Contribution.objects.filter(consultation_key=page.translation_key)
    return CONFIRM.read(token, rows.select_related("consultation"))


def confirm(page, contribution):
    require_open(page)
    if contribution.status == ContributionStatus.UNCONFIRMED:
        contribution.status = first_status(page)
        contribution.confirmed_at = timezone.now()
        contribution.save(update_fields=["status", "confirmed_at"])
    return contribution


def endorse(page, contribution, user, organisation, language):
    require_open(page)
    require_representative(user, organisation)
    if (
        contribution.consultation_key != page.translation_key
        or contribution.status != ContributionStatus.PUBLISHED
    ):
        raise Refused(_("This contribution cannot be endorsed."))
    own = contribution.user_id == user.pk
    if own or contribution.organisation_key == organisation.translation_key:
        raise Refused(_("You cannot endorse your own organisation's contribution."))
    try:
        with transaction.atomic():
            return Endorsement.objects.create(
                contribution=contribution,
                user=user,
                organisation=organisation,
                organisation_key=organisation.translation_key,
                language=language,
            )
    except IntegrityError:
        raise Refused(_("Your organisation has endorsed this contribution already.")) from None


def submit_position(page, data, user, organisation, language):
    require_open(page)
    require_representative(user, organisation)
    try:
        with transaction.atomic():
            return PositionPaper.objects.create(
                **_base(page, language, user, organisation),
                name=display_name(user),
                title=data["title"],
                text=data["text"],
                pdf=data.get("pdf") or "",
                status=first_status(page),
            )
    except IntegrityError:
        raise Refused(
            _("Your organisation has published its position paper on this proposal already.")
        ) from None


def moderate(item, status, reason=""):
    """Publish or reject a contribution or position paper (a rejection needs a reason)."""
    if status == ContributionStatus.REJECTED and not reason.strip():
        raise Refused(_("Give a reason for the rejection."))
    item.status, item.reason = status, reason.strip()
    fields = ["status", "reason"]
    if any(field.name == "moderated_at" for field in item._meta.fields):
        item.moderated_at = timezone.now()
        fields.append("moderated_at")
    item.save(update_fields=fields)
    return item
