"""A small, dependency-free iCalendar (RFC 5545) writer for round tables and other events.

Times are always written in UTC (``20261201T090000Z``), so every client shows them correctly
on both sides of a daylight-saving change without needing a VTIMEZONE block.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable
from dataclasses import dataclass

CRLF = "\r\n"
PRODID = "-//CSO Elections Platform//Events//EN"
TIMEZONE = "Europe/Tirane"
STATUSES = frozenset({"CONFIRMED", "CANCELLED", "TENTATIVE"})
MAX_OCTETS = 75


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT; all datetimes must be timezone-aware."""

    uid: str  # globally unique, e.g. "event-12@zgjedhje.example.org"
    start: datetime.datetime
    end: datetime.datetime
    summary: str
    description: str = ""
    location: str = ""
    url: str = ""
    status: str = "CONFIRMED"  # or "CANCELLED" / "TENTATIVE"
    sequence: int = 0
    last_modified: datetime.datetime | None = None

    def __post_init__(self) -> None:
        """Fail fast on values that would produce an invalid calendar."""
        for value in (self.start, self.end, self.last_modified):
            if value is not None:
                _require_aware(value)
        if self.end < self.start:
            raise ValueError("An event cannot end before it starts.")
        if self.status not in STATUSES:
            raise ValueError(f"Unknown status {self.status!r}; use one of {sorted(STATUSES)}.")
        if not self.uid:
            raise ValueError("An event needs a UID.")
        _reject_line_breaks(self.url, "url")


def _require_aware(value: datetime.datetime) -> None:
    """Raise ValueError unless ``value`` is a timezone-aware datetime."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"Naive datetime {value!r}: iCalendar times must be timezone-aware.")


def _reject_line_breaks(value: str, field: str) -> None:
    """Raise ValueError if an unescaped value would break out of its content line."""
    if "\r" in value or "\n" in value:
        raise ValueError(f"{field} must not contain line breaks.")


def format_utc(value: datetime.datetime) -> str:
    """Format an aware datetime as an RFC 5545 UTC DATE-TIME, e.g. ``20261201T090000Z``."""
    _require_aware(value)
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def escape_text(value: str) -> str:
    """Escape a TEXT value per RFC 5545 section 3.3.11."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold a content line at 75 octets of UTF-8 without splitting a multi-byte character."""
    parts: list[str] = []
    current: list[str] = []
    size, limit = 0, MAX_OCTETS
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > limit:
            parts.append("".join(current))
            # A continuation line starts with one space, which counts towards its 75 octets.
            current, size, limit = [], 0, MAX_OCTETS - 1
        current.append(char)
        size += width
    parts.append("".join(current))
    return (CRLF + " ").join(parts)


def _line(name: str, value: str, language: str = "") -> str:
    """Build one folded content line, with an optional LANGUAGE parameter."""
    params = f";LANGUAGE={language}" if language else ""
    return fold(f"{name}{params}:{value}")


def _event_lines(event: CalendarEvent, *, language: str, stamp: str) -> list[str]:
    """The content lines of one VEVENT."""
    lines = [
        "BEGIN:VEVENT",
        _line("UID", escape_text(event.uid)),
        _line("DTSTAMP", stamp),
        _line("DTSTART", format_utc(event.start)),
        _line("DTEND", format_utc(event.end)),
        _line("SUMMARY", escape_text(event.summary), language),
    ]
    if event.description:
        lines.append(_line("DESCRIPTION", escape_text(event.description), language))
    if event.location:
        lines.append(_line("LOCATION", escape_text(event.location)))
    if event.url:
        lines.append(_line("URL", event.url))
    lines += [_line("STATUS", event.status), _line("SEQUENCE", str(int(event.sequence)))]
    if event.last_modified is not None:
        lines.append(_line("LAST-MODIFIED", format_utc(event.last_modified)))
    lines.append("END:VEVENT")
    return lines


def calendar(
    events: Iterable[CalendarEvent],
    *,
    name: str,
    language: str = "sq",
    stamp: datetime.datetime | None = None,
    method: str = "PUBLISH",
) -> str:
    """Render ``events`` as a complete VCALENDAR string with CRLF line endings."""
    _reject_line_breaks(language, "language")
    _reject_line_breaks(method, "method")
    dtstamp = format_utc(stamp if stamp is not None else datetime.datetime.now(datetime.UTC))
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        _line("PRODID", PRODID),
        "CALSCALE:GREGORIAN",
        _line("METHOD", method.upper()),
        _line("X-WR-CALNAME", escape_text(name)),
        _line("X-WR-TIMEZONE", TIMEZONE),
    ]
    for event in events:
        lines += _event_lines(event, language=language, stamp=dtstamp)
    lines.append("END:VCALENDAR")
    return CRLF.join(lines) + CRLF


def single(event: CalendarEvent, **kwargs) -> str:
    """Render a calendar holding just ``event``; ``name`` defaults to its summary."""
    kwargs.setdefault("name", event.summary)
    return calendar([event], **kwargs)
