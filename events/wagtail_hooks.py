"""Admin: registrations per event, with filters, search, export, and status changes."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.models import Page

from core.records import guard_deletion
from events import admin_views, checkin
from events.models import EventPage, events_with_personal_data
from events.viewsets import RegistrationViewSet


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationViewSet("registrations")


@hooks.register("register_admin_urls")
def registrations_urls():
    return [
        path(
            "events/<int:page_id>/registrations/",
            admin_views.event_registrations,
            name="event_registrations",
        ),
        path(
            "events/<int:page_id>/registrations/export/",
            admin_views.export,
            name="event_registrations_export",
        ),
        path("events/<int:page_id>/check-in/", checkin.check_in, name="event_check_in"),
    ]


def may_see_registrations(page, user):
    return (
        issubclass(page.specific_class, EventPage)
        and user.has_perm("events.view_registration")
        and page.permissions_for_user(user).can_edit()
    )


def listing_counts(page, user):
    """{event translation key: active registrations} of `page` and its siblings, counted once
    per request for the whole explorer listing (memoised on the request's user object)."""
    memo = user.__dict__.setdefault("_event_registration_counts", {})
    parent = page.path[: -Page.steplen]
    if parent not in memo:
        siblings = EventPage.objects.filter(path__startswith=parent, depth=page.depth)
        memo[parent] = admin_views.active_counts(siblings.values("translation_key"))
    return memo[parent]


def registrations_label(count):
    return _("Registrations (%(count)s)") % {"count": count}


@hooks.register("register_page_listing_buttons")
def registrations_button(page, user, next_url=None):
    if may_see_registrations(page, user):
        count = listing_counts(page, user).get(page.translation_key, 0)
        yield ListingButton(
            registrations_label(count),
            reverse("event_registrations", args=[page.pk]),
            priority=15,
        )


@hooks.register("register_page_header_buttons")
def registrations_header_buttons(page, user, view_name, next_url=None):
    """In the page editor's header (and the page's own explorer header)."""
    if may_see_registrations(page, user):
        count = admin_views.active_counts([page.translation_key]).get(page.translation_key, 0)
        yield ListingButton(
            registrations_label(count),
            reverse("event_registrations", args=[page.pk]),
            icon_name="form",
            priority=45,
        )
        if user.has_perm("events.change_registration"):
            yield ListingButton(
                _("Door check-in"),
                reverse("event_check_in", args=[page.pk]),
                icon_name="tick",
                priority=46,
            )


guard_deletion(EventPage, events_with_personal_data)
