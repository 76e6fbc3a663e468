from django.contrib.auth.models import Permission
from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.choosers import PersonChooserViewSet
from core.documents import may_see as may_see_document
from core.models import Election, Person, SiteIdentity, Topic
from core.personaldata_views import personal_data_requests
from core.review import may_submit, submit_for_review
from core.sharedlists import SharedListViewSet
from core.translation_views import may_translate
from core.translation_views import overview as translation_overview


class SiteIdentityViewSet(SnippetViewSet):
    model = SiteIdentity
    icon = "site"
    menu_label = _("Site identity")
    menu_order = 900
    add_to_admin_menu = True
    list_display = ["site_name", "locale"]


class TopicViewSet(SharedListViewSet):
    model = Topic
    icon = "tag"
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class PersonViewSet(SharedListViewSet):
    model = Person
    chooser_viewset_class = PersonChooserViewSet  # searchable, with a "Create" tab
    icon = "user"
    list_display = ["full_name", "affiliation", "locale"]
    search_fields = ["given_name", "family_name", "affiliation"]


class ElectionViewSet(SharedListViewSet):
    model = Election
    icon = "calendar"
    list_display = ["name", "date", "locale"]


class SharedContentGroup(SnippetViewSetGroup):
    items = (TopicViewSet, PersonViewSet, ElectionViewSet)
    menu_icon = "folder-open-inverse"
    menu_label = _("Shared content")
    menu_order = 300


register_snippet(SiteIdentityViewSet)
register_snippet(SharedContentGroup)


@hooks.register("register_admin_urls")
def personal_data_urls():
    return [
        path("personal-data/", personal_data_requests, name="personal_data_requests"),
        path("pages/<int:page_id>/review/", submit_for_review, name="submit_for_review"),
        path("reports/translations-to-do/", translation_overview, name="translation_overview"),
    ]


@hooks.register("register_page_listing_more_buttons")
def submit_for_review_button(page, user, next_url=None):
    """For translators above all: the translation editor has no "Submit" (core.review)."""
    if may_submit(page, user):
        yield ListingButton(
            _("Submit for review"),
            reverse("submit_for_review", args=[page.pk]),
            icon_name="resubmit",
            priority=45,
        )


class PermissionMenuItem(MenuItem):
    def __init__(self, *args, permission, **kwargs):
        super().__init__(*args, **kwargs)
        self.permission = permission

    def is_shown(self, request):
        return request.user.has_perm(self.permission)


@hooks.register("register_settings_menu_item")
def personal_data_menu_item():
    return PermissionMenuItem(
        _("Personal data requests"),
        reverse("personal_data_requests"),
        icon_name="user",
        order=950,
        permission="core.handle_personal_data",
    )


@hooks.register("register_permissions")
def personal_data_permission():
    return Permission.objects.filter(
        content_type__app_label="core", codename="handle_personal_data"
    )


@hooks.register("before_serve_document")
def hide_unpublished_documents(document, request):
    """A document used only by drafts or private pages is a 404 to the public (embargoes)."""
    if not may_see_document(request.user, document):
        raise Http404


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_translate(request.user)


@hooks.register("register_reports_menu_item")
def translation_overview_menu_item():
    return TranslationsMenuItem(
        _("Translations to do"),
        reverse("translation_overview"),
        icon_name="wagtail-localize-language",
        order=850,
    )
