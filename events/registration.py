"""The one service through which every registration is made and every status changes: public
pages, the organisers' bulk actions and the admin edit form all call it.

States: a new registration is AWAITING email confirmation; it holds a seat (`holds_seat`) or a
waiting-list place until `hold_until` (REGISTRATION_HOLD_HOURS, never past an hour before the
event starts). Its emailed link confirms it: CONFIRMED, PENDING approval, or WAITING. A hold not
confirmed in time EXPIRES, its seat goes to the first person on the waiting list (who confirmed
already, so gets the seat, or PENDING on approval events). Expiry runs lazily inside every change
and from `release_expired_holds`; seat counts ignore holds past their time, so correctness never
waits for cron.

Every change that depends on how many seats are taken runs in a transaction that first locks
the event (SELECT FOR UPDATE on PostgreSQL; SQLite transactions take the write lock at BEGIN),
so simultaneous registrations never confirm more people than there are seats.
"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import ngettext

from core.purge import retention_days
from core.tokens import Link
from events import quota
from events.emails import send, tell_organisers
from events.models import (
    ACTIVE,
    HOLDS_A_PLACE,
    EventPage,
    Registration,
    RegistrationStatus,
    with_personal_data,
)

S = RegistrationStatus
CONFIRM = Link("events.registration.confirm")
MANAGE = Link("events.registration.manage")
LAST_HOUR = datetime.timedelta(hours=1)
# The email each status change sends (None: no email).
MESSAGES = {
    S.CONFIRMED: "approved",
    S.PENDING: "registered",
    S.WAITING: "registered",
    S.DECLINED: "declined",
    S.CANCELLED: "cancelled",
}


class RegistrationRefused(Exception):
    """Registration is not possible; the message says why, in the visitor's language."""


@dataclass(frozen=True)
class Outcome:
    kind: str  # "new" or "existing"
    registration: Registration


def lock(event):
    return EventPage.objects.select_for_update().get(pk=event.pk)


def seats_taken(event, now=None):
    held = Q(status=S.AWAITING, holds_seat=True, hold_until__gt=now or timezone.now())
    return (
        Registration.objects.filter(event_key=event.translation_key)
        .filter(Q(status__in=HOLDS_A_PLACE) | held)
        .count()
    )


def seats_left(event):
    return None if event.capacity is None else max(0, event.capacity - seats_taken(event))


def hold_deadline(event, now):
    hold = now + datetime.timedelta(hours=settings.REGISTRATION_HOLD_HOURS)
    latest = event.start - LAST_HOUR if event.start - LAST_HOUR > now else event.start
    return min(hold, latest)


def confirmed_status(event):
    return S.PENDING if event.requires_approval else S.CONFIRMED


def register(event, data, language, consent_text):
    """Register someone (awaiting confirmation), or recognise their earlier registration; either
    way they get an email. Raises RegistrationRefused."""
    email = data["email"]
    with transaction.atomic():
        event = lock(event)
        now = timezone.now()
        promoted = expire(event, now)
        if problem := event.registration_problem(now):
            raise RegistrationRefused(problem)
        check_quota(event, data)
        existing = Registration.objects.filter(
            event_key=event.translation_key, email=email, status__in=ACTIVE
        ).first()
        if existing:
            outcome = Outcome("existing", existing)
        else:
            outcome = Outcome("new", create(event, data, email, language, consent_text, now))
    announce(promoted)  # after the seats are safely committed
    registration = outcome.registration
    notify(registration, "confirm" if registration.status == S.AWAITING else "registered")
    return outcome


def check_quota(event, data, exclude=None):
    limit = event.per_organisation_limit
    if limit and quota.registrations_of(event, data, exclude) >= limit:
        raise RegistrationRefused(
            ngettext(
                "Your organisation already has %(limit)s person registered: the most allowed.",
                "Your organisation already has %(limit)s people registered: the most allowed.",
                limit,
            )
            % {"limit": limit}
        )


def create(event, data, email, language, consent_text, now):
    seat_free = event.capacity is None or seats_taken(event, now) < event.capacity
    return Registration.objects.create(
        event=event,
        event_key=event.translation_key,
        name=data["name"],
        email=email,
        organisation=data.get("organisation"),
        organisation_name=data.get("organisation_name") or "",
        position=data.get("position") or "",
        phone=data.get("phone") or "",
        needs=data.get("needs") or "",
        language=language,
        status=S.AWAITING,
        hold_until=hold_deadline(event, now),
        holds_seat=seat_free,
        consent_text=consent_text,
    )


def confirm(registration):
    """The person followed the emailed link. Returns the registration (status unchanged when it
    was not awaiting: confirmed before, or expired). Raises RegistrationRefused on a full quota."""
    with transaction.atomic():
        event = lock(registration.event)
        promoted = expire(event, timezone.now())
        registration.refresh_from_db()
        if registration.status != S.AWAITING:
            announce(promoted)
            return registration
        data = {"organisation": registration.organisation}
        data["organisation_name"] = registration.organisation_name
        check_quota(event, data, exclude=registration.pk)
        registration.status = confirmed_status(event) if registration.holds_seat else S.WAITING
        registration.hold_until = None
        registration.save(update_fields=["status", "hold_until", "updated_at"])
        promoted += fill_seats(event)
    registration.refresh_from_db()
    announce([row for row in promoted if row.pk != registration.pk])
    notify(registration, "promoted" if registration in promoted else "registered")
    return registration


def change(registration, status, message=None):
    """Move a registration to `status`, email the person, and fill a freed seat."""
    if registration.event_id is None:  # its event is gone (after the purge): no seats, no email
        registration.status = status
        registration.save(update_fields=["status", "updated_at"])
        return registration
    with transaction.atomic():
        event = lock(registration.event)
        promoted = expire(event, timezone.now())
        registration.refresh_from_db()
        was_seated = registration.status in HOLDS_A_PLACE or (
            registration.status == S.AWAITING and registration.holds_seat
        )
        registration.status = status
        registration.hold_until = None
        registration.save(update_fields=["status", "hold_until", "updated_at"])
        if (was_seated and status not in HOLDS_A_PLACE) or status == S.WAITING:
            promoted += fill_seats(event)
    message = message if message is not None else MESSAGES.get(status)
    if message:
        notify(registration, message)
    announce([row for row in promoted if row.pk != registration.pk])
    return registration


def added(registration):
    """An organiser added someone by hand (the admin's create form): the person gets the email
    of their status, and a waiting-list entry takes a free seat at once."""
    with transaction.atomic():
        event = lock(registration.event)
        promoted = expire(event, timezone.now())
        if registration.status == S.WAITING:
            promoted += fill_seats(event)
    registration.refresh_from_db()
    if message := MESSAGES.get(registration.status):
        notify(registration, "promoted" if registration in promoted else message)
    announce([row for row in promoted if row.pk != registration.pk])
    return registration


def delete(registration, deleting=None):
    """Delete a registration (`deleting` does it, e.g. the admin's logged delete action); the
    seat it held goes to the waiting list."""
    deleting = deleting or registration.delete
    if registration.event_id is None:
        deleting()
        return
    with transaction.atomic():
        event = lock(registration.event)
        deleting()
        promoted = expire(event, timezone.now()) + fill_seats(event)
    announce(promoted)


def expire(event, now):
    """Under the event's lock: holds past their time expire; freed seats are filled."""
    expired = Registration.objects.filter(
        event_key=event.translation_key, status=S.AWAITING, hold_until__lte=now
    ).update(status=S.EXPIRED)
    return fill_seats(event) if expired else []


def fill_seats(event):
    """Give free seats to the waiting list in order (they confirmed their email already)."""
    promoted = []
    while event.capacity is None or seats_taken(event) < event.capacity:
        first = (
            Registration.objects.filter(event_key=event.translation_key, status=S.WAITING)
            .order_by("created_at", "pk")
            .first()
        )
        if first is None:
            break
        first.status = confirmed_status(event)
        first.save(update_fields=["status", "updated_at"])
        promoted.append(first)
    return promoted


def release_expired_holds(now=None):
    """Expire every unconfirmed hold past its time and promote the next people (the management
    command; the same happens lazily whenever an event's registrations change)."""
    now = now or timezone.now()
    keys = set(
        Registration.objects.filter(status=S.AWAITING, hold_until__lte=now).values_list(
            "event_key", flat=True
        )
    )
    pages = {
        page.translation_key: page for page in EventPage.objects.filter(translation_key__in=keys)
    }
    count = 0
    for event in pages.values():
        with transaction.atomic():
            locked = lock(event)
            count += Registration.objects.filter(
                event_key=event.translation_key, status=S.AWAITING, hold_until__lte=now
            ).count()
            promoted = expire(locked, now)
        announce(promoted)
    return count


def cancel(registration):
    return change(registration, S.CANCELLED)


def approve(registration):
    return change(registration, S.CONFIRMED, "approved")


def decline(registration):
    return change(registration, S.DECLINED)


def mark_attended(registration):
    return change(registration, S.ATTENDED, "")


def announce(promoted):
    for registration in promoted:
        notify(registration, "promoted")


def notify(registration, message):
    """Email the person; when their registration now awaits approval, the organisers too."""
    send(registration, message)
    if registration.status == S.PENDING and message in ("registered", "promoted"):
        tell_organisers(registration)


def confirm_token(registration):
    return CONFIRM.make(registration, registration.hold_until or timezone.now())


def manage_token(registration):
    event = registration.event
    end = event.end if event else timezone.now()
    return MANAGE.make(registration, end + datetime.timedelta(days=retention_days("registrations")))


def due_reminders(now=None):
    """Confirmed registrations for events starting within a day that have had no reminder."""
    now = now or timezone.now()
    return Registration.objects.filter(
        status=S.CONFIRMED,
        reminder_sent_at__isnull=True,
        event__start__gt=now,
        event__start__lte=now + datetime.timedelta(days=1),
    ).select_related("event")


def erase_personal_data(before):
    """Anonymise registrations of events that ended before `before`; keep status and
    organisation for the anonymous counts. Returns how many were erased."""
    return with_personal_data(Registration.objects.filter(event__end__lt=before)).update(
        name="",
        email=None,
        phone="",
        position="",
        needs="",
        consent_text="",
        purged_at=timezone.now(),
    )
