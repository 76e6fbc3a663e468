from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DialogueConfig(AppConfig):
    name = "dialogue"
    verbose_name = _("Policy dialogue")

    def ready(self):
        from wagtail.signals import page_published

        from dialogue import results, sections

        sections.register()
        page_published.connect(results.on_publish, dispatch_uid="dialogue.results")
