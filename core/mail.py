"""One way to email a person: plain text and HTML, in their language, with attachments.

`send("events/emails/registration", to, "sq", context)` renders
`events/emails/registration_subject.txt`, `registration.txt` and, when it exists,
`registration.html`, all under the recipient's language, with `SITE_URL` in the context so every
link is absolute and points at the public site. Nothing here knows which app is sending.

In production emails go through the task queue (core.mailqueue), which retries. When an operator
runs without the worker (TASKS_BACKEND=immediate) the SMTP conversation happens inside the
request: a refused, unreachable or slow server is then logged as an error (the mail log is the
record of what was not sent) and the request goes on, because what the visitor did (a message,
a registration) is already stored.
"""

import logging

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

logger = logging.getLogger(__name__)


def absolute(url):
    """`url` on the public site: a path gets SITE_URL in front; a full URL stays as it is."""
    if not url or "://" in url:
        return url
    return settings.SITE_URL + (url if url.startswith("/") else "/" + url)


def render(template, context, language):
    """(subject, text, html or None) of `template` in `language`."""
    context = {"SITE_URL": settings.SITE_URL, **context}
    with translation.override(language):
        subject = render_to_string(f"{template}_subject.txt", context)
        text = render_to_string(f"{template}.txt", context)
        try:
            html = render_to_string(f"{template}.html", context)
        except TemplateDoesNotExist:
            html = None
    return " ".join(subject.split()), text, html


def send(template, to, language, context, attachments=()):
    """Render and send one email to `to` (an address or a list); returns the message."""
    subject, text, html = render(template, context, language)
    recipients = [to] if isinstance(to, str) else list(to)
    message = EmailMultiAlternatives(subject, text, to=recipients)
    if html is not None:
        message.attach_alternative(html, "text/html")
    for filename, content, mimetype in attachments:
        message.attach(filename, content, mimetype)
    try:
        message.send()
    except OSError:  # smtplib's errors, refused or timed-out connections
        logger.exception("Email %r to %s was not sent", subject, ", ".join(recipients))
        message.failed = True
    return message
