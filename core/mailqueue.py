"""Email through the task worker: a registration never waits for, or fails with, the SMTP server.

`QueuedEmailBackend` (EMAIL_BACKEND in production) turns each message into a JSON payload and
enqueues `deliver_email`; the worker sends it with EMAIL_DELIVERY_BACKEND (SMTP). A failed
delivery is tried again later with growing delays (1, 4, 16, 64, 256 minutes by default), and after
EMAIL_MAX_ATTEMPTS the task fails for good: the worker keeps it as a failed task result (with the
error), visible in Django's admin under *Task results* and logged as an error. Wagtail's own emails
(moderation, password reset) go the same way.
"""

import base64
import datetime
import logging

from django_tasks import task

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.core.mail.backends.base import BaseEmailBackend
from django.utils import timezone

logger = logging.getLogger(__name__)


def to_payload(message):
    """A JSON-serialisable copy of an EmailMessage (attachments as base64)."""
    attachments = []
    for attachment in message.attachments:
        filename, content, mimetype = attachment  # MIMEBase parts are not used by this site
        if isinstance(content, str):
            content = content.encode()
        attachments.append([filename, base64.b64encode(content).decode(), mimetype])
    return {
        "subject": str(message.subject),
        "body": str(message.body),
        "from_email": message.from_email,
        "to": list(message.to),
        "cc": list(message.cc),
        "bcc": list(message.bcc),
        "reply_to": list(message.reply_to),
        "headers": dict(message.extra_headers),
        "alternatives": [[str(c), m] for c, m in getattr(message, "alternatives", [])],
        "attachments": attachments,
    }


def from_payload(payload):
    message = EmailMultiAlternatives(
        payload["subject"],
        payload["body"],
        payload["from_email"],
        payload["to"],
        bcc=payload["bcc"],
        cc=payload["cc"],
        reply_to=payload["reply_to"],
        headers=payload["headers"],
    )
    for content, mimetype in payload["alternatives"]:
        message.attach_alternative(content, mimetype)
    for filename, content, mimetype in payload["attachments"]:
        message.attach(filename, base64.b64decode(content), mimetype)
    return message


def retry_delay(attempt):
    """Minutes before attempt `attempt + 1`: 1, 4, 16, 64, 256..."""
    return datetime.timedelta(minutes=4 ** (attempt - 1))


@task()
def deliver_email(payload, attempt=1):
    """Send one queued email; on failure enqueue the next attempt, or fail for good."""
    try:
        with get_connection(settings.EMAIL_DELIVERY_BACKEND) as connection:
            connection.send_messages([from_payload(payload)])
    except Exception as error:
        if attempt >= settings.EMAIL_MAX_ATTEMPTS:
            logger.error(
                "Email %r to %s failed for good: %s", payload["subject"], payload["to"], error
            )
            raise
        run_after = timezone.now() + retry_delay(attempt)
        logger.warning(
            "Email %r failed (attempt %s), retrying: %s", payload["subject"], attempt, error
        )
        deliver_email.using(run_after=run_after).enqueue(payload, attempt + 1)
        return "retrying"
    return "sent"


class QueuedEmailBackend(BaseEmailBackend):
    def send_messages(self, email_messages):
        for message in email_messages:
            deliver_email.enqueue(to_payload(message))
        return len(email_messages)
