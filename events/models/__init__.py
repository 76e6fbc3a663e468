"""Round tables and other events (`pages`), and the registrations of the people who attend them
(`registrations`)."""

from events.models.pages import (
    EventIndexPage,
    EventKind,
    EventPage,
    EventSpeaker,
    RelatedEventPage,
)
from events.models.registrations import (
    ACTIVE,
    CONFIRMED_BY_EMAIL,
    HOLDS_A_PLACE,
    EventSchedule,
    Registration,
    RegistrationStatus,
    events_with_personal_data,
    keep_with_event,
    with_personal_data,
)

__all__ = [
    "ACTIVE",
    "CONFIRMED_BY_EMAIL",
    "HOLDS_A_PLACE",
    "EventIndexPage",
    "EventKind",
    "EventPage",
    "EventSchedule",
    "EventSpeaker",
    "Registration",
    "RegistrationStatus",
    "RelatedEventPage",
    "events_with_personal_data",
    "keep_with_event",
    "with_personal_data",
]
