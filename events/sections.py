"""The home page's "Upcoming round tables and events" section."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.sections import HomeSection, home_sections
from events.models import EventIndexPage, EventPage


def upcoming(locale):
    pages = EventPage.objects.live().public().filter(locale=locale, end__gte=timezone.now())
    return pages.order_by("start")


def listing(locale):
    return EventIndexPage.objects.live().filter(locale=locale)


def register():
    home_sections.register(
        HomeSection(
            key="events",
            title=_("Upcoming round tables and events"),
            model="events.EventPage",
            queryset=upcoming,
            limit=3,
            more_label=_("All events"),
            index_queryset=listing,
        )
    )
