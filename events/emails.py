"""Registration emails, in the language the person registered in, with plain-text and HTML parts
and the event as an .ics attachment."""

from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from events.models import RegistrationStatus

SUBJECTS = {
    "registered": {
        RegistrationStatus.CONFIRMED: gettext_noop(
            "Your registration for “%(event)s” is confirmed"
        ),
        RegistrationStatus.PENDING: gettext_noop("We received your registration for “%(event)s”"),
        RegistrationStatus.WAITING: gettext_noop("You are on the waiting list for “%(event)s”"),
    },
    "promoted": gettext_noop("A seat has opened for you at “%(event)s”"),
    "approved": gettext_noop("Your registration for “%(event)s” is approved"),
    "declined": gettext_noop("Your registration for “%(event)s” could not be accepted"),
    "cancelled": gettext_noop("Your registration for “%(event)s” is cancelled"),
    "reminder": gettext_noop("Reminder: “%(event)s” is tomorrow"),
}
WITH_CALENDAR = {"registered", "promoted", "approved", "reminder"}


def subject_for(registration, message):
    subject = SUBJECTS[message]
    if isinstance(subject, dict):
        subject = subject.get(
            registration.status, SUBJECTS["registered"][RegistrationStatus.CONFIRMED]
        )
    return subject


def send(registration, message):
    from events.views import event_calendar, manage_url

    if not registration.email:
        return
    with translation.override(registration.language):
        event = localized_event(registration.event)
        context = {
            "registration": registration,
            "event": event,
            "message": message,
            "manage_url": manage_url(event, registration),
            "show_link": registration.status == RegistrationStatus.CONFIRMED,
        }
        subject = _(subject_for(registration, message)) % {"event": event.title}
        text = render_to_string("events/emails/registration.txt", context)
        html = render_to_string("events/emails/registration.html", context)
        calendar = event_calendar(event) if message in WITH_CALENDAR else None
    email = EmailMultiAlternatives(subject, text, to=[registration.email])
    email.attach_alternative(html, "text/html")
    if calendar and registration.status != RegistrationStatus.DECLINED:
        email.attach("event.ics", calendar, "text/calendar; charset=utf-8")
    email.send()


def localized_event(event):
    from wagtail.models import Locale

    return event.get_translation_or_none(Locale.get_active()) or event
