"""Registering for events: seats, waiting lists, approvals, cancellations, emails, reminders.

Every change that depends on how many seats are taken runs in a transaction that first locks
the event (SELECT FOR UPDATE on PostgreSQL; SQLite transactions take the write lock at BEGIN),
so simultaneous registrations never confirm more people than there are seats.
"""

import datetime
from dataclasses import dataclass

from django.core import signing
from django.core.cache import cache
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from core.security import client_ip
from events.models import ACTIVE, HOLDS_A_PLACE, EventPage, Registration, RegistrationStatus

SALT = "events.registration"


class RegistrationRefused(Exception):
    """Registration is not possible; the message says why, in the visitor's language."""


@dataclass(frozen=True)
class Outcome:
    kind: str  # "new" or "existing"
    registration: Registration


def make_token(registration):
    return signing.dumps({"r": registration.pk}, salt=SALT, compress=True)


def read_token(token):
    try:
        data = signing.loads(token, salt=SALT)
    except signing.BadSignature:
        return None
    return Registration.objects.filter(pk=data.get("r")).select_related("event").first()


def rate_limited(request, limit):
    key = f"events:registrations:{client_ip(request)}"
    cache.add(key, 0, timeout=3600)
    try:
        return cache.incr(key) > limit
    except ValueError:
        cache.set(key, 1, timeout=3600)
        return False


def lock(event):
    return EventPage.objects.select_for_update().get(pk=event.pk)


def seats_taken(event):
    return Registration.objects.filter(
        event_key=event.translation_key, status__in=HOLDS_A_PLACE
    ).count()


def seats_left(event):
    return None if event.capacity is None else max(0, event.capacity - seats_taken(event))


def same_organisation(event, data):
    """How many active registrations the applicant's organisation already has."""
    regs = Registration.objects.filter(event_key=event.translation_key, status__in=ACTIVE)
    if data.get("organisation"):
        return regs.filter(
            organisation__translation_key=data["organisation"].translation_key
        ).count()
    name = (data.get("organisation_name") or "").strip().casefold()  # ë/ç: not in SQL's iexact
    return sum(
        1 for other in regs.values_list("organisation_name", flat=True) if other.casefold() == name
    )


def new_status(event):
    if event.capacity is not None and seats_taken(event) >= event.capacity:
        return RegistrationStatus.WAITING
    return RegistrationStatus.PENDING if event.requires_approval else RegistrationStatus.CONFIRMED


def register(event, data, language, consent_text):
    """Register someone, or recognise their earlier registration. Raises RegistrationRefused."""
    from django.utils.translation import gettext as _

    email = data["email"].strip().lower()
    with transaction.atomic():
        event = lock(event)
        existing = Registration.objects.filter(
            event_key=event.translation_key, email=email, status__in=ACTIVE
        ).first()
        if existing:
            outcome = Outcome("existing", existing)
        else:
            if problem := event.registration_problem():
                raise RegistrationRefused(problem)
            limit = event.per_organisation_limit
            if limit and same_organisation(event, data) >= limit:
                raise RegistrationRefused(
                    _(
                        "Your organisation already has %(limit)s people registered: "
                        "the most allowed."
                    )
                    % {"limit": limit}
                )
            outcome = Outcome("new", create(event, data, email, language, consent_text))
    notify(outcome.registration, "registered")  # after the seat is safely committed
    return outcome


def create(event, data, email, language, consent_text):
    return Registration.objects.create(
        event=event,
        event_key=event.translation_key,
        name=data["name"].strip(),
        email=email,
        organisation=data.get("organisation"),
        organisation_name=(data.get("organisation_name") or "").strip(),
        position=data.get("position", "").strip(),
        phone=data.get("phone", "").strip(),
        needs=data.get("needs", "").strip(),
        language=language,
        status=new_status(event),
        consent_text=consent_text,
    )


def change(registration, status, message):
    """Move a registration to `status`, email the person, and fill a freed seat."""
    with transaction.atomic():
        event = lock(registration.event)
        registration.refresh_from_db()
        freed = registration.status in HOLDS_A_PLACE and status not in HOLDS_A_PLACE
        registration.status = status
        registration.save(update_fields=["status", "updated_at"])
        promoted = promote_waiting(event) if freed else None
    notify(registration, message)
    if promoted:
        notify(promoted, "promoted")
    return registration


def promote_waiting(event):
    """Give a freed seat to the first person on the waiting list."""
    if event.capacity is not None and seats_taken(event) >= event.capacity:
        return None
    first = (
        Registration.objects.filter(
            event_key=event.translation_key, status=RegistrationStatus.WAITING
        )
        .order_by("created_at", "pk")
        .first()
    )
    if first:
        first.status = (
            RegistrationStatus.PENDING if event.requires_approval else RegistrationStatus.CONFIRMED
        )
        first.save(update_fields=["status", "updated_at"])
    return first


def cancel(registration):
    return change(registration, RegistrationStatus.CANCELLED, "cancelled")


def approve(registration):
    return change(registration, RegistrationStatus.CONFIRMED, "approved")


def decline(registration):
    return change(registration, RegistrationStatus.DECLINED, "declined")


def mark_attended(registration):
    registration.status = RegistrationStatus.ATTENDED
    registration.save(update_fields=["status", "updated_at"])
    return registration


def notify(registration, message):
    from events.emails import send

    send(registration, message)


def due_reminders(now=None):
    """Confirmed registrations for events starting within a day that have had no reminder."""
    now = now or timezone.now()
    return Registration.objects.filter(
        status=RegistrationStatus.CONFIRMED,
        reminder_sent_at__isnull=True,
        event__start__gt=now,
        event__start__lte=now + datetime.timedelta(days=1),
    ).select_related("event")


def erase_personal_data(before):
    """Anonymise registrations of events that ended before `before`; keep status and
    organisation for the anonymous counts. Returns how many were erased."""
    return (
        Registration.objects.filter(event__end__lt=before, purged_at__isnull=True)
        .filter(~Q(email=None) | ~Q(name=""))
        .update(
            name="",
            email=None,
            phone="",
            position="",
            needs="",
            consent_text="",
            purged_at=timezone.now(),
        )
    )
