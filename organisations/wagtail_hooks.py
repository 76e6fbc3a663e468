from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet

from core.sharedlists import SharedListViewSet
from organisations import admin_views
from organisations.models import FocusArea
from organisations.permissions import can_export, export_view


class FocusAreaViewSet(SharedListViewSet):
    model = FocusArea
    icon = "tag"
    menu_label = _("Focus areas")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


register_snippet(FocusAreaViewSet)


@hooks.register("register_admin_urls")
def register_export_url():
    return [
        path("organisations/export.csv", export_view, name="organisations_export"),
        path("organisations/applications/", admin_views.queue, name="organisations_applications"),
        path(
            "organisations/applications/<int:pk>/",
            admin_views.review,
            name="organisations_application",
        ),
    ]


class ApplicationsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("organisations.moderate_application")


@hooks.register("register_admin_menu_item")
def register_applications_menu_item():
    return ApplicationsMenuItem(
        _("Applications"), reverse("organisations_applications"), icon_name="group", order=330
    )


class ExportMenuItem(MenuItem):
    def is_shown(self, request):
        return can_export(request.user)


@hooks.register("register_reports_menu_item")
def register_export_menu_item():
    return ExportMenuItem(
        _("Organisations (CSV)"),
        reverse("organisations_export"),
        icon_name="download",
        order=900,
    )
