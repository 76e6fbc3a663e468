"""The door check-in screen: an organiser at the door searches a name and ticks the person
present (attended), or takes it back; each change goes through the registration service. Made for
a phone: one column from 320 px, large buttons, plain forms that work without script."""

import uuid

from django.contrib import messages
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from core.collation import sort_key
from core.normalise import fold
from events import registration as registrations
from events.admin_views import event_for
from events.models import Registration, RegistrationStatus

S = RegistrationStatus
AT_THE_DOOR = [S.CONFIRMED, S.ATTENDED]  # people with a seat
MAX_QUERY = 100
MAX_SHOWN = 50


def clean_query(value):
    """The search as typed, without control characters, at most MAX_QUERY characters."""
    value = "".join(char for char in (value or "")[: MAX_QUERY * 4] if char.isprintable())
    return " ".join(value.split())[:MAX_QUERY]


def matches(registration, words):
    haystack = fold(f"{registration.name} {registration.organisation_label}")
    return all(word in haystack for word in words)


def attendees(page, query):
    rows = (
        Registration.objects.filter(event_key=page.translation_key, status__in=AT_THE_DOOR)
        .select_related("organisation")
        .order_by("pk")
    )
    words = fold(query).split()
    found = [row for row in rows if matches(row, words)]
    return sorted(found, key=lambda row: sort_key(row.name))  # Albanian order: Ë after E


def check_in(request, page_id):
    page = event_for(request, page_id, "events.change_registration")
    if request.method == "POST":
        return mark(request, page)
    query = clean_query(request.GET.get("q"))
    found = attendees(page, query)
    everyone = attendees(page, "") if query else found
    context = {
        "page": page,
        "query": query,
        "found": found[:MAX_SHOWN],
        "more": max(0, len(found) - MAX_SHOWN),
        "present": sum(1 for row in everyone if row.status == S.ATTENDED),
        "total": len(everyone),
    }
    return TemplateResponse(request, "events/admin/check_in.html", context)


def mark(request, page):
    query = clean_query(request.POST.get("q"))
    back = redirect(request.path + ("?" + urlencode({"q": query}) if query else ""))
    registration = Registration.objects.filter(
        event_key=page.translation_key, public_id=uuid_or_none(request.POST.get("registration"))
    ).first()
    present = request.POST.get("present") == "1"
    if registration is None or registration.status not in AT_THE_DOOR:
        messages.error(request, _("This registration cannot be checked in."))
        return back
    if present and registration.status == S.CONFIRMED:
        registrations.mark_attended(registration)
    elif not present and registration.status == S.ATTENDED:
        registrations.change(registration, S.CONFIRMED, "")
    text = _("%(name)s is present.") if present else _("%(name)s is no longer marked present.")
    messages.success(request, text % {"name": registration.name})
    return back


def uuid_or_none(value):
    try:
        return uuid.UUID(str(value)[:64])
    except ValueError:
        return None
