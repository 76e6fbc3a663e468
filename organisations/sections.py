"""The home page's "Organisations in the network" section."""

from django.utils.translation import gettext_lazy as _

from core.sections import HomeSection, home_sections
from organisations.models import OrganisationIndexPage, OrganisationPage


def newest(locale):
    pages = OrganisationPage.objects.live().public().filter(locale=locale)
    return pages.select_related("logo").order_by("-first_published_at", "-pk")


def directory(locale):
    return OrganisationIndexPage.objects.live().filter(locale=locale)


def register():
    home_sections.register(
        HomeSection(
            key="organisations",
            title=_("Organisations in the network"),
            model="organisations.OrganisationPage",
            queryset=newest,
            limit=3,
            more_label=_("All organisations"),
            index_queryset=directory,
        )
    )
