from django.apps import AppConfig
from django.db.models.signals import post_save
from django.utils.translation import gettext_lazy as _


class RolesConfig(AppConfig):
    """The admin's role groups and review workflows over every app's pages and models: the top
    layer, since it grants rights on all of them (its migration depends on theirs)."""

    name = "roles"
    verbose_name = _("Roles")

    def ready(self):
        from roles import groups

        # A new section page (Events, Campaigns...) gets its roles' page rights.
        post_save.connect(groups.on_page_saved, dispatch_uid="roles.groups")
