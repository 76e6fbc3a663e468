"""The organisers' view of one event's registrations: counts by status and bulk changes that
go through the same rules and emails as the public pages."""

from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from core.export import csv_response
from events import registration as registrations
from events.models import EventPage, Registration, RegistrationStatus
from events.viewsets import local_time

LANGUAGES = dict(settings.LANGUAGES)

ACTIONS = {
    "approve": (registrations.approve, {RegistrationStatus.PENDING}),
    "decline": (registrations.decline, {RegistrationStatus.PENDING, RegistrationStatus.WAITING}),
    "attended": (registrations.mark_attended, {RegistrationStatus.CONFIRMED}),
    "cancel": (registrations.cancel, set(registrations.ACTIVE)),
}


INACTIVE = [RegistrationStatus.CANCELLED, RegistrationStatus.EXPIRED]


def active_counts(keys):
    """{event translation key: registrations not cancelled or expired} for `keys` (a list or a
    subquery), in one query."""
    rows = Registration.objects.filter(event_key__in=keys).exclude(status__in=INACTIVE)
    return dict(rows.values_list("event_key").annotate(n=Count("pk")).order_by())


def active_count_subquery():
    """`active_counts` as a subquery on pages (`OuterRef("translation_key")`), for annotations."""
    rows = Registration.objects.filter(event_key=OuterRef("translation_key"))
    counted = rows.exclude(status__in=INACTIVE).order_by().values("event_key")
    return Coalesce(Subquery(counted.annotate(n=Count("pk")).values("n")[:1]), 0)


def event_for(request, page_id, permission="events.view_registration"):
    """The event whose registrations `request.user` may see (and act on, with `permission`)."""
    page = get_object_or_404(EventPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not request.user.has_perm(permission):  # Editors edit pages, not people
        raise PermissionDenied
    return page


def event_registrations(request, page_id):
    page = event_for(request, page_id)
    if request.method == "POST":
        if not request.user.has_perm("events.change_registration"):
            raise PermissionDenied
        apply_action(request, page)
        return redirect(request.get_full_path())
    rows = Registration.objects.filter(event_key=page.translation_key).select_related(
        "organisation", "event"
    )
    status = request.GET.get("status")
    if status in RegistrationStatus.values:
        rows = rows.filter(status=status)
    counts = dict(
        Registration.objects.filter(event_key=page.translation_key)
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    context = {
        "page": page,
        "registrations": rows,
        "counts": [
            (value, label, counts.get(value, 0)) for value, label in RegistrationStatus.choices
        ],
        "status": status,
        "seats_left": registrations.seats_left(page),
    }
    return TemplateResponse(request, "events/admin/registrations.html", context)


def apply_action(request, page):
    action = request.POST.get("action")
    if action not in ACTIONS:
        messages.error(request, _("Choose an action."))
        return
    change, allowed = ACTIONS[action]
    chosen = Registration.objects.filter(
        event_key=page.translation_key, pk__in=request.POST.getlist("registration")
    )
    done = 0
    for registration in chosen:
        if registration.status in allowed:
            change(registration)
            done += 1
    skipped = chosen.count() - done
    messages.success(
        request,
        ngettext("%(count)s registration changed.", "%(count)s registrations changed.", done)
        % {"count": done},
    )
    if skipped:
        messages.warning(
            request,
            ngettext(
                "%(count)s registration was skipped: its status does not allow this.",
                "%(count)s registrations were skipped: their status does not allow this.",
                skipped,
            )
            % {"count": skipped},
        )


COLUMNS = [
    (gettext_lazy("Event"), lambda row: row.event_label),
    (gettext_lazy("Name"), lambda row: row.name),
    (gettext_lazy("Email address"), lambda row: row.email),
    (gettext_lazy("Organisation"), lambda row: row.organisation_label),
    (gettext_lazy("Position"), lambda row: row.position),
    (gettext_lazy("Phone number"), lambda row: row.phone),
    (gettext_lazy("Accessibility or other needs"), lambda row: row.needs),
    (gettext_lazy("Status"), lambda row: row.get_status_display()),
    (gettext_lazy("Language"), lambda row: LANGUAGES.get(row.language, row.language)),
    (gettext_lazy("Registered at"), lambda row: local_time(row.created_at)),
]


def export(request, page_id):
    """One event's registrations as CSV (core.export: a BOM for Excel, no formulas), with
    readable headings and statuses and local times; exporting needs the change permission."""
    page = event_for(request, page_id, "events.change_registration")
    rows = Registration.objects.filter(event_key=page.translation_key).select_related(
        "organisation", "event"
    )
    header = [str(label) for label, _value in COLUMNS]
    data = ([value(row) for _label, value in COLUMNS] for row in rows)
    return csv_response(f"registrations-{page.pk}.csv", header, data)
