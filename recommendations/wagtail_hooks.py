"""Admin: institutions, recommendations and assessments (moderators publish CSOs' ones), and the
CSV import of recommendations."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views import snippets

from core.adminfilters import AlbanianOrderFilterSet
from recommendations import admin_views
from recommendations.models import Assessment, Institution, Recommendation

MODERATE = "recommendations.moderate_assessment"


class InstitutionViewSet(snippets.SnippetViewSet):
    model = Institution
    icon = "group"
    menu_label = _("Institutions")
    add_to_settings_menu = True
    list_display = ["name", "slug", "locale"]


class RecommendationIndexView(snippets.IndexView):
    base_filterset_class = AlbanianOrderFilterSet  # institutions in Albanian order


class RecommendationViewSet(snippets.SnippetViewSet):
    model = Recommendation
    icon = "tick-inverse"
    menu_label = _("Recommendations")
    menu_order = 320
    add_to_admin_menu = True
    list_display = ["reference_code", "text", "institution", "status", "status_by", "locale"]
    list_filter = ["status", "source_kind", "institution", "locale", "is_demo"]
    index_view_class = RecommendationIndexView
    search_fields = ["reference_code", "text"]


class ModeratedForm:
    """Only moderators set an assessment's moderation state; others' stay as they are."""

    def get_form(self, *args, **kwargs):
        form = super().get_form(*args, **kwargs)
        if "moderation" in form.fields and not self.request.user.has_perm(MODERATE):
            form.fields["moderation"].disabled = True
            form.fields["moderation_reason"].disabled = True
        return form


class AssessmentCreateView(ModeratedForm, generic.CreateView):
    pass


class AssessmentEditView(ModeratedForm, generic.EditView):
    pass


class AssessmentViewSet(ModelViewSet):
    model = Assessment
    icon = "doc-full"
    menu_label = _("Assessments")
    menu_order = 321
    add_to_admin_menu = True
    add_view_class = AssessmentCreateView
    edit_view_class = AssessmentEditView
    list_display = ["recommendation", "assessor", "status", "assessed_on", "moderation"]
    list_filter = ["moderation", "assessor_kind", "status"]
    search_fields = ["reason"]
    form_fields = [
        "recommendation",
        "assessor_kind",
        "organisation",
        "status",
        "assessed_on",
        "reason",
        "evidence",
        "moderation",
        "moderation_reason",
    ]


register_snippet(InstitutionViewSet)
register_snippet(RecommendationViewSet)


@hooks.register("register_admin_viewset")
def register_assessments():
    return AssessmentViewSet("assessments")


@hooks.register("register_admin_urls")
def import_urls():
    return [path("recommendations/import/", admin_views.import_view, name="recommendations_import")]


class ImportMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(admin_views.PERMISSION)


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Import recommendations"),
        reverse("recommendations_import"),
        icon_name="upload",
        order=322,
    )


@hooks.register("register_permissions")
def assessment_permissions():
    return Permission.objects.filter(
        content_type__app_label="recommendations", codename__endswith="assessment"
    )
