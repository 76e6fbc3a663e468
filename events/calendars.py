"""The calendar files of events: one event's (download and email attachment) and the feed of
upcoming events, all through events.ics. The SEQUENCE comes from the event's schedule, so a
calendar file sent after a change replaces the one sent before."""

from email.utils import parseaddr

from django.conf import settings

from events.ics import CalendarEvent, calendar, single
from events.models import EventSchedule


def sequences(keys):
    rows = EventSchedule.objects.filter(event_key__in=keys)
    return dict(rows.values_list("event_key", "sequence"))


def organizer(page):
    return page.organiser_email or parseaddr(settings.DEFAULT_FROM_EMAIL)[1]


def calendar_event(page, sequence=None):
    where = ", ".join(
        part for part in (page.venue, page.address, str(page.municipality or "")) if part
    )
    if sequence is None:
        sequence = sequences([page.translation_key]).get(page.translation_key, 0)
    return CalendarEvent(
        uid=f"event-{page.translation_key}@{settings.CALENDAR_UID_DOMAIN}",
        start=page.start,
        end=page.end,
        summary=page.title,
        description=page.summary,
        location=where,
        url=page.get_full_url(),
        status="CANCELLED" if page.cancelled else "CONFIRMED",
        sequence=sequence,
        last_modified=page.last_published_at,
        organizer=organizer(page),
    )


def event_calendar(page, method="PUBLISH"):
    """One event's calendar file; emails about a cancelled event send it with CANCEL."""
    return single(
        calendar_event(page), name=page.title, language=page.locale.language_code, method=method
    )


def feed(index, pages):
    pages = list(pages)
    numbers = sequences([page.translation_key for page in pages])
    return calendar(
        [calendar_event(page, numbers.get(page.translation_key, 0)) for page in pages],
        name=index.title,
        language=index.locale.language_code,
    )
