"""The organisers' view of one event's registrations: counts by status and bulk changes that
go through the same rules and emails as the public pages."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from events import registration as registrations
from events.models import EventPage, Registration, RegistrationStatus

ACTIONS = {
    "approve": (registrations.approve, {RegistrationStatus.PENDING}),
    "decline": (registrations.decline, {RegistrationStatus.PENDING, RegistrationStatus.WAITING}),
    "attended": (registrations.mark_attended, {RegistrationStatus.CONFIRMED}),
    "cancel": (registrations.cancel, set(registrations.ACTIVE)),
}


def event_registrations(request, page_id):
    page = get_object_or_404(EventPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    if not request.user.has_perm("events.view_registration"):  # Editors edit pages, not people
        raise PermissionDenied
    if request.method == "POST":
        if not request.user.has_perm("events.change_registration"):
            raise PermissionDenied
        apply_action(request, page)
        return redirect(request.get_full_path())
    rows = Registration.objects.filter(event_key=page.translation_key).select_related(
        "organisation"
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
