"""Admin: registrations per event, with filters, search, export, and status changes."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton

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


@hooks.register("construct_explorer_page_queryset")
def annotate_registration_counts(parent_page, pages, request):
    """Each row of the page explorer carries its event's active registrations, counted in the
    listing's own query (a subquery per row in SQL, not a query per row)."""
    if not request.user.has_perm("events.view_registration"):
        return pages
    return pages.annotate(active_registrations=admin_views.active_count_subquery())


def registration_count(page):
    """The explorer row's annotated count; a page from elsewhere is counted on its own."""
    count = getattr(page, "active_registrations", None)
    if count is None:
        count = admin_views.active_counts([page.translation_key]).get(page.translation_key, 0)
    return count


def registrations_label(count):
    return _("Registrations (%(count)s)") % {"count": count}


@hooks.register("register_page_listing_buttons")
def registrations_button(page, user, next_url=None):
    if may_see_registrations(page, user):
        count = registration_count(page)
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
