"""Supporting a campaign: pledge, confirm by email (double opt-in), withdraw, count, purge.

Links carry a signed token (no login). Support is counted per campaign translation_key, so the
Albanian and English pages of a campaign share one count and one supporter per email address.
"""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.db import IntegrityError, transaction
from django.db.models import Count
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from campaigns.models import Supporter, SupporterStatus

SALT = "campaigns.support"
CONFIRM_MAX_AGE = 7 * 24 * 3600  # seconds a confirmation link stays valid


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


def make_token(supporter, action):
    return signing.dumps({"id": supporter.pk, "a": action}, salt=SALT, compress=True)


def read_token(token, action):
    """The supporter a link is for, or None when it is tampered with, expired or unknown."""
    max_age = CONFIRM_MAX_AGE if action == "confirm" else None
    try:
        data = signing.loads(token, salt=SALT, max_age=max_age)
    except signing.BadSignature:  # includes SignatureExpired
        return None
    if data.get("a") != action:
        return None
    return Supporter.objects.filter(pk=data.get("id")).select_related("campaign").first()


def rate_limited(request):
    """True once an address has pledged SUPPORT_RATE_LIMIT times in the past hour."""
    key = f"campaigns:pledges:{request.META.get('REMOTE_ADDR', '')}"
    cache.add(key, 0, timeout=3600)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=3600)
        count = 1
    return count > settings.SUPPORT_RATE_LIMIT


def pledge(page, data, language, consent_text):
    """Record a pledge (or find the earlier one) and send the confirmation email if needed."""
    email = data["email"].strip().lower()
    existing = Supporter.objects.filter(campaign_key=page.translation_key, email=email).first()
    if existing and existing.status == SupporterStatus.CONFIRMED:
        return Outcome("already", existing)
    supporter = existing or Supporter(campaign_key=page.translation_key, email=email)
    supporter.campaign = page
    supporter.first_name = data["first_name"].strip()
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
    send_confirmation(supporter)
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


def send_confirmation(supporter):
    """The double opt-in email, in the language the person pledged in."""
    page = supporter.campaign
    with translation.override(supporter.language):
        localized = page.get_translation_or_none(translation_locale()) or page
        base = localized.get_full_url()
        context = {
            "supporter": supporter,
            "campaign": localized,
            "confirm_url": f"{base}support/confirm/?t={make_token(supporter, 'confirm')}",
            "withdraw_url": f"{base}support/withdraw/?t={make_token(supporter, 'withdraw')}",
            "valid_days": CONFIRM_MAX_AGE // 86400,
        }
        subject = _("Confirm your support for “%(campaign)s”") % {"campaign": localized.title}
        text = render_to_string("campaigns/emails/confirm_support.txt", context)
        html = render_to_string("campaigns/emails/confirm_support.html", context)
    message = EmailMultiAlternatives(subject, text, to=[supporter.email])
    message.attach_alternative(html, "text/html")
    message.send()


def translation_locale():
    from wagtail.models import Locale

    return Locale.get_active()


def purge_ended(before):
    """Remove personal data of supporters of campaigns that ended before `before`.

    Confirmed support stays counted (the row remains, anonymous); unconfirmed pledges go.
    Returns (anonymised, deleted).
    """
    from campaigns.models import CampaignPage

    ended = CampaignPage.objects.filter(end_date__lt=before).values("translation_key")
    supporters = Supporter.objects.filter(campaign_key__in=ended, purged_at__isnull=True)
    deleted, _details = supporters.exclude(status=SupporterStatus.CONFIRMED).delete()
    anonymised = supporters.filter(status=SupporterStatus.CONFIRMED).update(
        first_name="", email=None, municipality=None, consent_text="", purged_at=timezone.now()
    )
    return anonymised, deleted
