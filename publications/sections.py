"""The home page's "Latest publications" section."""

from django.utils.translation import gettext_lazy as _

from core.sections import HomeSection, home_sections
from publications.models import PublicationIndexPage, PublicationPage


def latest(locale):
    return (
        PublicationPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("publication_type", "cover_image")
        .order_by("-publication_date", "-pk")
    )


def library(locale):
    return PublicationIndexPage.objects.live().filter(locale=locale)


def register():
    home_sections.register(
        HomeSection(
            key="research",
            title=_("Latest publications"),
            model="publications.PublicationPage",
            queryset=latest,
            limit=3,
            more_label=_("All publications"),
            index_queryset=library,
        )
    )
