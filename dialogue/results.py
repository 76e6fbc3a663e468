"""After the close: the results email to every participant, once, in their language, with a
one-click way to stop such emails (a signed link naming the address)."""

from django.core import signing
from django.db import IntegrityError, transaction

from core import mail
from dialogue.models import (
    ConsultationPage,
    Contribution,
    ContributionStatus,
    Endorsement,
    MailOptOut,
    PositionPaper,
    ResultsNotice,
)
from dialogue.participation import localized_page

UNSUBSCRIBE = signing.Signer(salt="dialogue.unsubscribe")


def unsubscribe_token(email):
    return UNSUBSCRIBE.sign(email)


def read_unsubscribe(token):
    try:
        return UNSUBSCRIBE.unsign(str(token or "")[:500])
    except signing.BadSignature:
        return None


def unsubscribe_email(email):
    MailOptOut.objects.get_or_create(email=email)


def participants(page):
    """{email: language} of everyone who took part (the latest language they used)."""
    key = page.translation_key
    found = {}
    contributions = Contribution.objects.filter(consultation_key=key).exclude(
        status=ContributionStatus.UNCONFIRMED
    )
    for row in contributions.select_related("user").order_by("created_at"):
        if row.recipient:
            found[row.recipient] = row.language
    others = [
        Endorsement.objects.filter(contribution__consultation_key=key),
        PositionPaper.objects.filter(consultation_key=key),
    ]
    for rows in others:
        for row in rows.select_related("user").order_by("created_at"):
            if row.user_id and row.user.email:
                found[row.user.email] = row.language
    opted_out = set(MailOptOut.objects.filter(email__in=found).values_list("email", flat=True))
    return {email: lang for email, lang in found.items() if email not in opted_out}


def notify_participants(page):
    """Email the results once per consultation; returns how many were sent (0 the second time)."""

    try:
        with transaction.atomic():
            notice = ResultsNotice.objects.create(consultation_key=page.translation_key)
    except IntegrityError:
        return 0
    recipients = participants(page)
    for email, language in recipients.items():
        translated = localized_page(page, language)
        token = unsubscribe_token(email)
        context = {
            "consultation": translated,
            "page_url": mail.absolute(translated.url),
            "unsubscribe_url": mail.absolute(f"{translated.url}unsubscribe/?t={token}"),
        }
        mail.send("dialogue/emails/results", email, language, context)
    notice.recipients = len(recipients)
    notice.save(update_fields=["recipients"])
    return len(recipients)


def on_publish(sender, instance, **kwargs):
    page = instance.specific if hasattr(instance, "specific") else instance
    if isinstance(page, ConsultationPage) and page.responses_published and page.state == "closed":
        transaction.on_commit(lambda: notify_participants(page))
