"""Calendar files (RFC 5545) for round tables and other events, built with the `icalendar`
library: escaping, folding at 75 octets and line endings are its business.

Times are written in UTC (``20261201T090000Z``), so every client shows them correctly on both
sides of a daylight-saving change without a VTIMEZONE block. A changed event keeps its UID and
raises its SEQUENCE; a cancelled one is sent with ``METHOD:CANCEL`` and ``STATUS:CANCELLED``.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

import icalendar

PRODID = "-//CSO Elections Platform//Events//EN"
TIMEZONE = "Europe/Tirane"
STATUSES = frozenset({"CONFIRMED", "CANCELLED", "TENTATIVE"})
METHODS = frozenset({"PUBLISH", "REQUEST", "CANCEL"})


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT; all datetimes must be timezone-aware."""

    uid: str  # globally unique, e.g. "event-<translation key>@zgjedhje.example.org"
    start: datetime.datetime
    end: datetime.datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    status: str = "CONFIRMED"  # or "CANCELLED" / "TENTATIVE"
    sequence: int = 0
    last_modified: datetime.datetime | None = None
    organizer: str = ""  # an email address; iTIP's CANCEL and REQUEST need one

    def __post_init__(self) -> None:
        """Fail fast on values that would produce an invalid calendar."""
        for value in (self.start, self.end, self.last_modified):
            if value is not None:
                utc(value)
        if self.end < self.start:
            raise ValueError("An event cannot end before it starts.")
        if self.status not in STATUSES:
            raise ValueError(f"Unknown status {self.status!r}; use one of {sorted(STATUSES)}.")
        if not self.uid:
            raise ValueError("An event needs a UID.")
        for field in ("url", "organizer"):
            if "\r" in getattr(self, field) or "\n" in getattr(self, field):
                raise ValueError(f"{field} must not contain line breaks.")


def utc(value: datetime.datetime) -> datetime.datetime:
    """`value` in UTC, without microseconds; ValueError for a naive datetime."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"Naive datetime {value!r}: iCalendar times must be timezone-aware.")
    return value.astimezone(datetime.UTC).replace(microsecond=0)


def vevent(event: CalendarEvent, *, language: str, stamp: datetime.datetime) -> icalendar.Event:
    component = icalendar.Event()
    component.add("uid", event.uid)
    component.add("dtstamp", stamp)
    component.add("dtstart", utc(event.start))
    component.add("dtend", utc(event.end))
    component.add("summary", event.summary, parameters={"LANGUAGE": language})
    if event.description:
        component.add("description", event.description, parameters={"LANGUAGE": language})
    if event.location:
        component.add("location", event.location)
    if event.url:
        component.add("url", event.url)
    component.add("status", event.status)
    component.add("sequence", int(event.sequence))
    if event.last_modified is not None:
        component.add("last-modified", utc(event.last_modified))
    if event.organizer:
        component.add("organizer", icalendar.vCalAddress(f"mailto:{event.organizer}"))
    return component


def calendar(
    events: Iterable[CalendarEvent],
    *,
    name: str,
    language: str = "sq",
    stamp: datetime.datetime | None = None,
    method: str = "PUBLISH",
) -> str:
    """Render ``events`` as a complete VCALENDAR string with CRLF line endings."""
    if method.upper() not in METHODS:
        raise ValueError(f"Unknown method {method!r}; use one of {sorted(METHODS)}.")
    if "\r" in language or "\n" in language:
        raise ValueError("language must not contain line breaks.")
    dtstamp = utc(stamp if stamp is not None else datetime.datetime.now(datetime.UTC))
    result = icalendar.Calendar()
    result.add("prodid", PRODID)
    result.add("version", "2.0")
    result.add("calscale", "GREGORIAN")
    result.add("method", method.upper())
    result.add("x-wr-calname", icalendar.vText(name))
    result.add("x-wr-timezone", TIMEZONE)
    for event in events:
        result.add_component(vevent(event, language=language, stamp=dtstamp))
    return result.to_ical().decode("utf-8")


def single(event: CalendarEvent, **kwargs) -> str:
    """Render a calendar holding just ``event``; ``name`` defaults to its summary."""
    kwargs.setdefault("name", event.summary)
    return calendar([event], **kwargs)
