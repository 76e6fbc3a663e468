from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Core")

    def ready(self):
        from core import invalidation, signals, sites, upstream

        upstream.apply()
        signals.connect()  # the chrome's fragment cache (core.fragments)
        invalidation.connect()  # the page cache (core.pagecache)
        post_migrate.connect(sites.after_migrate, sender=self, dispatch_uid="core.sync_site")
