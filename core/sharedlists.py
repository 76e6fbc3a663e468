"""Shared lists (topics, people, elections, focus areas, audiences, publication types): who may
change their source-language rows.

These snippets have no drafts, so a change to an Albanian (source-language) row is live at once
on every page tagged with it. Only those who may add rows to a list (Editors, Moderators, and
the section roles for their own lists) may change or delete its source-language rows; those who
may only change rows (Translators) change translations, in wagtail-localize's translation editor,
which is the snippet's edit view for a row in the other language. Wagtail checks a snippet's
edit view by model only, so `SharedListViewSet` registers `SourceLanguagePolicy` (Wagtail's
`register_permission_policy`) and its edit and index views ask it per row.
"""

from django.core.exceptions import PermissionDenied

from wagtail.models import Locale
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.views import snippets

GUARDED = ("change", "delete")


def is_source(instance):
    """Whether `instance` is in the source language (the default locale: Albanian)."""
    return instance.locale_id == Locale.get_default().pk


class SourceLanguagePolicy(ModelPermissionPolicy):
    def user_has_permission_for_instance(self, user, action, instance):
        allowed = self.user_has_permission(user, action)
        if allowed and action in GUARDED and is_source(instance):
            return self.user_has_permission(user, "add")
        return allowed


class EditView(snippets.EditView):
    def dispatch(self, request, *args, **kwargs):
        if not self.user_has_permission_for_instance("change", self.object):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class IndexView(snippets.IndexView):
    def get_edit_url(self, instance):
        if self.user_has_permission_for_instance("change", instance):
            return super().get_edit_url(instance)
        return None


class SharedListViewSet(snippets.SnippetViewSet):
    edit_view_class = EditView
    index_view_class = IndexView

    def register_permissions(self):
        register_permission_policy(self.model, SourceLanguagePolicy(self.model))
        super().register_permissions()
