"""The home page's "Open consultations" section."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.sections import HomeSection, home_sections
from dialogue.models import ConsultationPage, DialogueIndexPage


def open_consultations(locale):
    now = timezone.now()
    pages = ConsultationPage.objects.live().public().filter(locale=locale)
    return pages.filter(opens_at__lte=now, closes_at__gt=now).order_by("closes_at")


def section_page(locale):
    return DialogueIndexPage.objects.live().filter(locale=locale)


def register():
    home_sections.register(
        HomeSection(
            key="consultations",
            title=_("Open consultations"),
            model="dialogue.ConsultationPage",
            queryset=open_consultations,
            limit=3,
            more_label=_("Policy dialogue"),
            index_queryset=section_page,
        )
    )
