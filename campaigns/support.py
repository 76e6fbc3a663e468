"""Supporting a campaign: pledge, confirm by email (double opt-in), withdraw, count, purge.

Links are core.tokens links (opaque public_id, signed per purpose, expiring): a confirmation
link lasts 7 days, a withdraw link until the supporter's data is purged. Support is counted per
campaign translation_key, so the Albanian and English pages of a campaign share one count and
one supporter per email address. Whether an address already supports a campaign is a political
opinion: the page answers every pledge the same way and the details go only by email.
"""

import datetime
from dataclasses import dataclass

from django.db import IntegrityError, transaction
from django.db.models import Count
from django.utils import timezone, translation

from wagtail.models import Locale

from campaigns.models import CampaignPage, Supporter, SupporterStatus
from core import mail
from core.purge import retention_days
from core.routes import route_url
from core.tokens import Link

CONFIRM_DAYS = 7
CONFIRM = Link("campaigns.support.confirm")
WITHDRAW = Link("campaigns.support.withdraw")
LINKS = {"confirm": CONFIRM, "withdraw": WITHDRAW}


@dataclass(frozen=True)
class Outcome:
    kind: str  # "new", "resent" (still pending), "already" (confirmed before)
    supporter: Supporter


def supporter_counts(campaign_keys):
    """{campaign translation_key: confirmed supporters}, in one query."""
    rows = (
        Supporter.objects.filter(
            campaign_key__in=list(campaign_keys), status=SupporterStatus.CONFIRMED
        )
        .values("campaign_key")
        .annotate(n=Count("pk"))
    )
    return {row["campaign_key"]: row["n"] for row in rows}


def read_token(token, action, page):
    """The supporter of `page`'s campaign a link is for, or None (tampered, expired, unknown)."""
    rows = Supporter.objects.filter(campaign_key=page.translation_key).select_related("campaign")
    return LINKS[action].read(token, rows)


def withdraw_until(supporter):
    """A withdraw link lasts until the supporter's data is purged (see purge_ended)."""
    campaign = supporter.campaign
    if campaign is not None and campaign.end_date:
        end = datetime.datetime.combine(campaign.end_date, datetime.time.max)
        days = retention_days("supporters") + 1
        return timezone.make_aware(end) + datetime.timedelta(days=days)
    return timezone.now() + datetime.timedelta(days=365)


def pledge(page, data, language, consent_text):
    """Record a pledge (or find the earlier one) and email the person either way."""
    email = data["email"]
    existing = Supporter.objects.filter(campaign_key=page.translation_key, email=email).first()
    if existing and existing.status == SupporterStatus.CONFIRMED:
        send(existing, already=True)
        return Outcome("already", existing)
    supporter = existing or Supporter(campaign_key=page.translation_key, email=email)
    supporter.campaign = page
    supporter.first_name = data["first_name"]
    supporter.municipality = data.get("municipality")
    supporter.language = language
    supporter.consent_text = consent_text
    supporter.status = SupporterStatus.PENDING
    supporter.withdrawn_at = None
    try:
        with transaction.atomic():
            supporter.save()
    except IntegrityError:  # the same email pledged at the same moment in another request
        supporter = Supporter.objects.get(campaign_key=page.translation_key, email=email)
    send(supporter)
    return Outcome("resent" if existing else "new", supporter)


def confirm(supporter):
    if supporter.status != SupporterStatus.CONFIRMED:
        supporter.status = SupporterStatus.CONFIRMED
        supporter.confirmed_at = timezone.now()
        supporter.save(update_fields=["status", "confirmed_at"])


def withdraw(supporter):
    supporter.status = SupporterStatus.WITHDRAWN
    supporter.withdrawn_at = timezone.now()
    supporter.save(update_fields=["status", "withdrawn_at"])


def localized_url(supporter, action, token):
    """(campaign page, absolute URL of its confirm or withdraw link) in the supporter's language."""

    page = supporter.campaign
    with translation.override(supporter.language):
        page = page.get_translation_or_none(Locale.get_active()) or page
    base = page.get_url_parts()[2]
    url = route_url(page, "support_link", base=base, query={"t": token}, action=action)
    return page, mail.absolute(url)


def send(supporter, already=False):
    """The double opt-in email (or, when the address supports the campaign already, a note with
    the withdraw link), in the language the person pledged in."""
    withdraw_token = WITHDRAW.make(supporter, withdraw_until(supporter))
    campaign, withdraw_url = localized_url(supporter, "withdraw", withdraw_token)
    context = {
        "supporter": supporter,
        "campaign": campaign,
        "already": already,
        "withdraw_url": withdraw_url,
        "valid_days": CONFIRM_DAYS,
    }
    if not already:
        token = CONFIRM.make(supporter, datetime.timedelta(days=CONFIRM_DAYS))
        context["confirm_url"] = localized_url(supporter, "confirm", token)[1]
    mail.send("campaigns/emails/confirm_support", supporter.email, supporter.language, context)


def send_new_link(page, email):
    """'Send me a new link': the confirmation email again, or the withdraw link; nothing for an
    unknown or withdrawn address (the page says the same either way)."""
    supporter = Supporter.objects.filter(campaign_key=page.translation_key, email=email).first()
    if supporter is None or supporter.status == SupporterStatus.WITHDRAWN:
        return
    send(supporter, already=supporter.status == SupporterStatus.CONFIRMED)


def purge_ended(before):
    """Remove personal data of supporters of campaigns that ended before `before`.

    Confirmed support stays counted (the row remains, anonymous); unconfirmed pledges go.
    Returns (deleted, anonymised), the order of every purge (core.purge).
    """

    ended = CampaignPage.objects.filter(end_date__lt=before).values("translation_key")
    supporters = Supporter.objects.filter(campaign_key__in=ended, purged_at__isnull=True)
    deleted, _details = supporters.exclude(status=SupporterStatus.CONFIRMED).delete()
    anonymised = supporters.filter(status=SupporterStatus.CONFIRMED).update(
        first_name="", email=None, municipality=None, consent_text="", purged_at=timezone.now()
    )
    return deleted, anonymised
