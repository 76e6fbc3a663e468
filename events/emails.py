"""Registration emails through core.mail: plain text and HTML, in the language the person
registered in, with the event as an .ics attachment once they have a place."""

from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from core import mail
from events.models import RegistrationStatus

S = RegistrationStatus
SUBJECTS = {
    "confirm": gettext_noop("Confirm your registration for “%(event)s”"),
    "registered": {
        S.CONFIRMED: gettext_noop("Your registration for “%(event)s” is confirmed"),
        S.PENDING: gettext_noop("We received your registration for “%(event)s”"),
        S.WAITING: gettext_noop("You are on the waiting list for “%(event)s”"),
        S.AWAITING: gettext_noop("Confirm your registration for “%(event)s”"),
    },
    "promoted": {
        S.CONFIRMED: gettext_noop("A seat has opened for you at “%(event)s”"),
        S.PENDING: gettext_noop("A seat has opened at “%(event)s”: it awaits the organisers"),
    },
    "approved": gettext_noop("Your registration for “%(event)s” is approved"),
    "declined": gettext_noop("Your registration for “%(event)s” could not be accepted"),
    "cancelled": gettext_noop("Your registration for “%(event)s” is cancelled"),
    "reminder": gettext_noop("Reminder: “%(event)s” is tomorrow"),
}
WITH_CALENDAR = {"registered", "promoted", "approved", "reminder"}
HOLDING = {S.CONFIRMED, S.PENDING, S.WAITING, S.ATTENDED}


def subject_for(registration, message):
    subject = SUBJECTS[message]
    if isinstance(subject, dict):
        subject = subject.get(registration.status, SUBJECTS["registered"][S.CONFIRMED])
    return subject


def page_path(page, suffix):
    return mail.absolute(page.get_url_parts()[2] + suffix)


def send(registration, message):
    from events.registration import confirm_token, manage_token
    from events.views import event_calendar

    if not registration.email or registration.event is None:
        return
    with translation.override(registration.language):
        event = localized_event(registration.event)
        context = {
            "registration": registration,
            "event": event,
            "message": message,
            "manage_url": page_path(event, f"registration/?t={manage_token(registration)}"),
            "show_link": registration.status == S.CONFIRMED,
            "subject": _(subject_for(registration, message)) % {"event": event.title},
        }
        if registration.status == S.AWAITING:
            token = confirm_token(registration)
            context["confirm_url"] = page_path(event, f"registration/confirm/?t={token}")
        attach = message in WITH_CALENDAR and registration.status in HOLDING
        attachments = [("event.ics", event_calendar(event), "text/calendar")] if attach else []
    mail.send(
        "events/emails/registration",
        registration.email,
        registration.language,
        context,
        attachments=attachments,
    )


def localized_event(event):
    from wagtail.models import Locale

    return event.get_translation_or_none(Locale.get_active()) or event
