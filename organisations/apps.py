from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OrganisationsConfig(AppConfig):
    name = "organisations"
    verbose_name = _("Organisations")

    def ready(self):
        from wagtail.signals import page_published

        from organisations import representatives, sections

        sections.register()
        page_published.connect(representatives.on_publish)
