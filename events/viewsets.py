"""The Registrations area of the admin: every create, edit and delete goes through the
registration service (events.registration), so the person gets the email of their new status and
a freed seat goes to the waiting list, as with the public pages and the bulk actions."""

import datetime

from django import forms
from django.core.exceptions import PermissionDenied
from django.forms.models import modelform_factory
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, DeleteView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from core.export import SafeIndexView
from events import registration as registrations
from events.models import Registration, RegistrationStatus

S = RegistrationStatus
ONLY_BY_THE_PERSON = {S.AWAITING, S.EXPIRED}  # the person's own link sets these, no organiser


def local_time(value):
    """Europe/Tirane, to the minute: what a spreadsheet reader expects."""
    return timezone.localtime(value).strftime("%Y-%m-%d %H:%M")


class RegistrationAdminForm(WagtailAdminModelForm):
    def clean_status(self):
        status = self.cleaned_data["status"]
        before = self.instance.status if self.instance.pk else None
        if status in ONLY_BY_THE_PERSON and status != before:
            raise forms.ValidationError(
                _("Only the person can confirm their email address: choose another status.")
            )
        return status


class RegistrationIndexView(SafeIndexView):
    """Reading the list needs the view permission; exporting personal data needs change."""

    export_headings = {
        "event_label": _("Event"),
        "organisation_label": _("Organisation"),
        "get_status_display": _("Status"),
    }
    custom_value_preprocess = {
        **SafeIndexView.custom_value_preprocess,
        datetime.datetime: {
            SafeIndexView.FORMAT_CSV: local_time,
            SafeIndexView.FORMAT_XLSX: lambda value: timezone.make_naive(
                timezone.localtime(value)
            ).replace(microsecond=0),
        },
    }

    def dispatch(self, request, *args, **kwargs):
        if request.GET.get("export") and not request.user.has_perm("events.change_registration"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class RegistrationCreateView(CreateView):
    def save_instance(self):
        return registrations.added(super().save_instance())


class RegistrationEditView(EditView):
    def save_instance(self):
        chosen = self.form.instance.status
        before = Registration.objects.get(pk=self.form.instance.pk).status
        self.form.instance.status = before
        instance = super().save_instance()
        if chosen != before:
            registrations.change(instance, chosen)
            instance.refresh_from_db()
        return instance


class RegistrationDeleteView(DeleteView):
    def delete_action(self):
        registrations.delete(self.object, super().delete_action)


class RegistrationViewSet(ModelViewSet):
    model = Registration
    icon = "form"
    menu_label = _("Registrations")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["name", "organisation_label", "event_label", "status", "created_at"]
    list_filter = ["status", "event", "organisation", "language"]
    search_fields = ["name", "email", "organisation_name"]
    list_export = [
        "event_label",
        "name",
        "email",
        "organisation_label",
        "position",
        "phone",
        "needs",
        "get_status_display",
        "language",
        "created_at",
    ]
    export_filename = "registrations"
    index_view_class = RegistrationIndexView  # no cell is read as a formula
    add_view_class = RegistrationCreateView
    edit_view_class = RegistrationEditView
    delete_view_class = RegistrationDeleteView
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

    def get_form_class(self, for_update=False):
        return modelform_factory(
            self.model,
            form=RegistrationAdminForm,
            formfield_callback=self.formfield_for_dbfield,
            fields=self.form_fields,
        )
