"""Telling registrants when a published event changes: a new time or place ("changed") or a
cancellation ("cancelled"), each with a calendar file whose SEQUENCE is raised so calendar apps
replace the event (or, with METHOD:CANCEL, remove it).

Runs on Wagtail's `page_published` signal, for every way of publishing (editor, workflow,
schedule). What registrants were last told is an `EventSchedule` per event (all its
translations): time and municipality are shared, the venue is compared per language, and the
first publication of a language only records it.
"""

import copy

from django.conf import settings
from django.db import transaction
from django.utils import translation

from core import mail
from events.calendars import event_calendar
from events.emails import localized_event, page_path
from events.models import EventSchedule, Registration, RegistrationStatus
from events.registration import manage_token

S = RegistrationStatus
TOLD = [S.CONFIRMED, S.PENDING, S.WAITING]  # people who expect to hear about the event


def place(page):
    return ", ".join(part for part in (page.venue, page.address) if part)


def snapshot(page):
    return {
        "start": page.start,
        "end": page.end,
        "municipality_id": page.municipality_id,
        "cancelled": page.cancelled,
    }


def leads(page):
    """Whether `page` decides the shared time, municipality and cancellation: the Albanian
    version (editors write in Albanian), or any version while there is no Albanian one. A
    translation published before it is synchronised must not undo a change."""
    if page.locale.language_code == settings.LANGUAGE_CODE:
        return True
    albanian = page.get_translations().filter(locale__language_code=settings.LANGUAGE_CODE)
    return not albanian.exists()


def difference(schedule, page, leading):
    """What publishing `page` changes for its registrants: "cancelled", "changed" or None."""
    if leading and page.cancelled and not schedule.cancelled:
        return "cancelled"
    known = schedule.places.get(page.locale.language_code)
    moved = known is not None and known != place(page)
    shared = {key: getattr(schedule, key) for key in snapshot(page)}
    if moved or (leading and shared != snapshot(page)):
        cancelled = page.cancelled if leading else schedule.cancelled
        return None if cancelled else "changed"
    return None


def record(page):
    """Record what publishing `page` tells registrants; returns (kind or None, sequence)."""
    with transaction.atomic():
        schedule, created = EventSchedule.objects.select_for_update().get_or_create(
            event_key=page.translation_key, defaults=snapshot(page)
        )
        leading = leads(page)
        kind = None if created else difference(schedule, page, leading)
        for key, value in snapshot(page).items() if leading else ():
            setattr(schedule, key, value)
        schedule.places[page.locale.language_code] = place(page)
        schedule.sequence += 1 if kind else 0
        schedule.save()
    return kind, schedule.sequence


def published(sender, instance, **kwargs):
    """The `page_published` receiver (connected in EventsConfig.ready)."""
    kind, _sequence = record(instance)
    if kind:
        announce(instance, kind)


def announce(page, kind):
    rows = Registration.objects.filter(event_key=page.translation_key, status__in=TOLD)
    for registration in rows.exclude(email=None).select_related("event"):
        send(registration, page, kind)


def as_published(page, translated):
    """The registrant's language version with the shared fields just published (its own
    translation may not be synchronised yet)."""
    if translated.pk == page.pk:
        return page
    translated = copy.copy(translated)
    for field in ("start", "end", "municipality_id", "cancelled"):
        setattr(translated, field, getattr(page, field))
    return translated


def send(registration, page, kind):
    with translation.override(registration.language):
        event = as_published(page, localized_event(registration.event or page))
        context = {"registration": registration, "event": event, "kind": kind}
        if kind != "cancelled":
            token_path = f"registration/?t={manage_token(registration)}"
            context["manage_url"] = page_path(event, token_path)
        attachments = []
        if registration.status == S.CONFIRMED:  # only a seat is in their calendar
            method = "CANCEL" if kind == "cancelled" else "PUBLISH"
            attachments = [("event.ics", event_calendar(event, method), "text/calendar")]
        context["calendar"] = bool(attachments)
    mail.send(
        "events/emails/event_changed",
        registration.email,
        registration.language,
        context,
        attachments=attachments,
    )
