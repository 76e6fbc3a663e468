"""Admin: moderation of contributions and position papers, reports and exports, and the
deletion guard of consultations and statements that hold personal data."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views.generic import EditView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.export import SafeIndexView
from core.records import NotAddedByHand, refuse_deletion
from dialogue import admin_views, participation
from dialogue.models import (
    ConsultationPage,
    Contribution,
    PositionPaper,
    StatementPage,
)
from dialogue.models.records import (
    consultations_with_personal_data,
    statements_with_personal_data,
)


class ModeratePolicy(NotAddedByHand, ModelPermissionPolicy):
    """Viewing and changing (publishing, rejecting) need `dialogue.moderate_contribution`;
    contributions and papers come only from the public forms."""

    def _get_permission_codename(self, action):
        if action in ("view", "change"):
            return "moderate_contribution"
        return super()._get_permission_codename(action)

    def _get_permission_name(self, action):
        return f"dialogue.{self._get_permission_codename(action)}"


class ModerateEditView(EditView):
    """A status change goes through participation.moderate (a rejection needs a reason)."""

    def save_instance(self):
        instance = self.form.instance
        return participation.moderate(instance, instance.status, instance.reason)

    def get_form_class(self):
        return with_reason_check(super().get_form_class())


def with_reason_check(base):
    class ModerationForm(base):
        def clean(self):
            data = super().clean()
            if data.get("status") == "rejected" and not (data.get("reason") or "").strip():
                self.add_error("reason", _("Give a reason for the rejection."))
            return data

    return ModerationForm


class ModerationViewSet(ModelViewSet):
    icon = "comment"
    add_to_admin_menu = False
    index_view_class = SafeIndexView
    edit_view_class = ModerateEditView
    form_fields = ["status", "reason"]
    list_filter = ["status", "consultation"]
    inspect_view_enabled = True


class ContributionViewSet(ModerationViewSet):
    model = Contribution
    menu_label = _("Contributions")
    list_display = [
        "article_number",
        "kind",
        "author_label",
        "consultation",
        "status",
        "created_at",
    ]
    list_filter = ["status", "kind", "consultation"]
    search_fields = ["text", "proposed_wording", "name"]
    inspect_view_fields = ["consultation", "article_number", "kind", "text", "proposed_wording"]


class PositionPaperViewSet(ModerationViewSet):
    model = PositionPaper
    menu_label = _("Position papers")
    list_display = ["title", "organisation", "consultation", "status", "created_at"]
    search_fields = ["title", "text"]


register_permission_policy(Contribution, ModeratePolicy(Contribution))
register_permission_policy(PositionPaper, ModeratePolicy(PositionPaper))
contributions = ContributionViewSet("dialogue_contributions")
positions = PositionPaperViewSet("dialogue_positions")


@hooks.register("register_admin_viewset")
def register_viewsets():
    return [contributions, positions]


class ModeratorMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.MODERATE)


@hooks.register("register_admin_menu_item")
def register_menu_items():
    return ModeratorMenuItem(
        _("Consultations"), reverse("dialogue_consultations"), icon_name="comment", order=340
    )


@hooks.register("register_admin_urls")
def register_urls():
    return [
        path("dialogue/", admin_views.consultations, name="dialogue_consultations"),
        path("dialogue/<int:page_id>/report/", admin_views.report, name="dialogue_report"),
        path(
            "dialogue/<int:page_id>/export.<str:fmt>",
            admin_views.export,
            name="dialogue_export",
        ),
    ]


@hooks.register("before_delete_page")
def guard_deletion(request, page):
    return refuse_deletion(request, [page], ConsultationPage, consultations_with_personal_data) or (
        refuse_deletion(request, [page], StatementPage, statements_with_personal_data)
    )


@hooks.register("before_bulk_action")
def guard_bulk_deletion(request, action_type, objects, view):
    pages = [obj for obj in objects if isinstance(obj, Page)]
    if action_type != "delete" or not pages:
        return None
    return refuse_deletion(
        request, pages, ConsultationPage, consultations_with_personal_data
    ) or refuse_deletion(request, pages, StatementPage, statements_with_personal_data)
