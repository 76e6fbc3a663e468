from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig


class RolesConfig(AppConfig):
    """The admin's role groups and review workflows over every app's pages and models: the top
    layer, since it grants rights on all of them (its migration depends on theirs)."""

    default = True  # roles.apps also holds RolesUsersConfig
    name = "roles"
    verbose_name = _("Roles")

    def ready(self):
        from django.contrib.auth.models import Group

        from roles import groups, names

        # A new section page (Events, Campaigns...) gets its roles' page rights.
        post_save.connect(groups.on_page_saved, dispatch_uid="roles.groups")
        # Groups are stored under an English key and shown in the admin user's language.
        Group.__str__ = names.group_str


class RolesUsersConfig(WagtailUsersAppConfig):
    """wagtail.users with the Groups listing of roles.viewsets (in INSTALLED_APPS in its place)."""

    default = False
    group_viewset = "roles.viewsets.GroupViewSet"
