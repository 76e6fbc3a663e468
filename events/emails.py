"""Registration emails through core.mail: plain text and HTML, in the language the person
registered in, with the event as an .ics attachment once they have a seat; and the organisers'
email when a registration awaits their approval."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

from wagtail.models import Locale
from wagtail.users.models import UserProfile

from core import mail
from events.calendars import event_calendar
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
# Only a seat goes into the calendar: pending approval and waiting list get no calendar file.
SEATED = {S.CONFIRMED, S.ATTENDED}


def subject_for(registration, message):
    subject = SUBJECTS[message]
    if isinstance(subject, dict):
        subject = subject.get(registration.status, SUBJECTS["registered"][S.CONFIRMED])
    return subject


def page_path(page, suffix):
    return mail.absolute(page.get_url_parts()[2] + suffix)


def send(registration, message):
    from events.registration import (  # noqa: PLC0415 (a cycle: registration sends these emails)
        confirm_token,
        manage_token,
    )

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
        attach = message in WITH_CALENDAR and registration.status in SEATED
        attachments = [("event.ics", event_calendar(event), "text/calendar")] if attach else []
    mail.send(
        "events/emails/registration",
        registration.email,
        registration.language,
        context,
        attachments=attachments,
    )


def localized_event(event):
    return event.get_translation_or_none(Locale.get_active()) or event


def organisers(event):
    """[(address, language)] of the people who approve `event`'s registrations: its organisers'
    address (in the event's language), else the active members of the Event organisers group
    (each in their admin language)."""
    if event.organiser_email:
        return [(event.organiser_email, event.locale.language_code)]
    users = (
        get_user_model()
        .objects.filter(is_active=True, groups__name=settings.EVENT_ORGANISERS_GROUP)
        .exclude(email="")
    )
    profiles = dict(
        UserProfile.objects.filter(user__in=users).values_list("user_id", "preferred_language")
    )
    fallback = settings.LANGUAGE_CODE
    return [(user.email, profiles.get(user.pk) or fallback) for user in users.distinct()]


def tell_organisers(registration):
    """A registration awaits approval: the organisers get a link to the event's registrations."""
    event = registration.event
    if event is None:
        return
    path = reverse("event_registrations", args=[event.pk]) + f"?status={S.PENDING}"
    for address, language in organisers(event):
        with translation.override(language):
            title = localized_event(event).title
        mail.send(
            "events/emails/organisers",
            address,
            language,
            {"registration": registration, "title": title, "url": mail.absolute(path)},
        )
