from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Events")

    def ready(self):
        from wagtail.signals import page_published

        from events import changes, sections
        from events.models import EventPage

        sections.register()
        page_published.connect(changes.published, sender=EventPage, dispatch_uid="events.changes")
