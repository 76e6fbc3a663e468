"""Admin: target audiences, and the supporters list that organisers read and export."""

from django.contrib.auth.models import Permission
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet

from campaigns.models import Audience, CampaignPage, Supporter, campaigns_with_personal_data
from core.export import SafeIndexView
from core.records import NotAddedByHand, guard_deletion
from core.sharedlists import SharedListViewSet


class AudienceViewSet(SharedListViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Target audiences")
    add_to_settings_menu = True
    list_display = ["name", "slug", "locale"]


class SupporterPolicy(NotAddedByHand, ModelPermissionPolicy):
    pass


class SupporterViewSet(ModelViewSet):
    """Read and export supporters; nobody adds them by hand."""

    model = Supporter
    icon = "user"
    menu_label = _("Supporters")
    menu_order = 310
    add_to_admin_menu = True
    list_display = ["first_name", "email", "campaign_label", "status", "language", "created_at"]
    list_filter = ["status", "language", "campaign", "municipality"]
    search_fields = ["first_name", "email"]
    list_export = [
        "campaign",
        "first_name",
        "email",
        "municipality",
        "status",
        "language",
        "created_at",
        "confirmed_at",
        "withdrawn_at",
        "consent_text",
    ]
    export_filename = "supporters"
    index_view_class = SafeIndexView  # no cell is read as a formula
    form_fields = ["status"]
    inspect_view_enabled = True


register_snippet(AudienceViewSet)
register_permission_policy(Supporter, SupporterPolicy(Supporter))


@hooks.register("register_admin_viewset")
def register_supporters():
    return SupporterViewSet("supporters")


@hooks.register("register_permissions")
def supporter_permissions():
    return Permission.objects.filter(
        content_type__app_label="campaigns", codename__endswith="supporter"
    )


guard_deletion(CampaignPage, campaigns_with_personal_data)
