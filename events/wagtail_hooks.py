"""Admin: registrations per event, with filters, search, export, and status changes."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import ListingButton

from core.export import SafeIndexView
from core.records import guard_deletion
from events import registration as registrations
from events.models import EventPage, Registration, events_with_personal_data


class RegistrationIndexView(SafeIndexView):
    """Reading the list needs the view permission; exporting personal data needs change."""

    def dispatch(self, request, *args, **kwargs):
        if request.GET.get("export") and not request.user.has_perm("events.change_registration"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RegistrationEditView(EditView):
    """A status changed in the edit form goes through the registration service, so the person
    gets the email and a freed seat goes to the waiting list, as with the bulk actions."""

    def save_instance(self):
        chosen = self.form.instance.status
        before = Registration.objects.get(pk=self.form.instance.pk).status
        self.form.instance.status = before
        instance = super().save_instance()
        if chosen != before:
            registrations.change(instance, chosen)
            instance.refresh_from_db()
        return instance


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "form"
    menu_label = _("Registrations")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "organisation_label", "event_label", "status", "created_at"]
    list_filter = ["status", "event", "language"]
    search_fields = ["name", "email", "organisation_name"]
    list_export = [
        "event",
        "name",
        "email",
        "organisation_label",
        "position",
        "phone",
        "needs",
        "status",
        "language",
        "created_at",
    ]
    export_filename = "registrations"
    index_view_class = RegistrationIndexView
    edit_view_class = RegistrationEditView  # no cell is read as a formula
    form_fields = [
        "event",
        "name",
        "email",
        "organisation",
        "organisation_name",
        "position",
        "phone",
        "needs",
        "status",
        "language",
    ]


@hooks.register("register_admin_viewset")
def register_registrations():
    return RegistrationViewSet("registrations")


@hooks.register("register_admin_urls")
def registrations_urls():
    from events.admin_views import event_registrations

    return [
        path(
            "events/<int:page_id>/registrations/",
            event_registrations,
            name="event_registrations",
        )
    ]


@hooks.register("register_page_listing_buttons")
def registrations_button(page, user, next_url=None):
    from events.models import EventPage, Registration

    if (
        issubclass(page.specific_class, EventPage)
        and user.has_perm("events.view_registration")
        and page.permissions_for_user(user).can_edit()
    ):
        count = (
            Registration.objects.filter(event_key=page.translation_key)
            .exclude(status__in=["cancelled", "expired"])
            .count()
        )
        yield ListingButton(
            _("Registrations (%(count)s)") % {"count": count},
            reverse("event_registrations", args=[page.pk]),
            priority=15,
        )


guard_deletion(EventPage, events_with_personal_data)
