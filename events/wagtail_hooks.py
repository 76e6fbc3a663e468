"""Admin: registrations per event, with filters, search, export, and status changes."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from events.models import Registration


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "form"
    menu_label = _("Registrations")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "organisation_label", "event", "status", "created_at"]
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
