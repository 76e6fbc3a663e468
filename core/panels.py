"""The page editor's notice when the page's other language is missing or out of date."""

from wagtail.admin.panels import Panel

from core import translation_status


class TranslationStatusPanel(Panel):
    """A warning at the top of the content tab, with a link to translate or sync; nothing when
    every translation is up to date (or the page is new)."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "core/admin/translation_status_panel.html"

        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            self.rows = translation_status.page_status(self.instance) if self.instance else []

        def is_shown(self):
            return bool(self.rows) and super().is_shown()

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["rows"] = self.rows
            return context
