"""The home page's "Active campaigns" section."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.models import CampaignIndexPage, CampaignPage, active_on
from core.sections import HomeSection, home_sections


def active(locale):
    pages = CampaignPage.objects.live().public().filter(locale=locale)
    return pages.filter(active_on(timezone.localdate())).order_by("end_date", "-start_date")


def listing(locale):
    return CampaignIndexPage.objects.live().filter(locale=locale)


def register():
    home_sections.register(
        HomeSection(
            key="campaigns",
            title=_("Active campaigns"),
            model="campaigns.CampaignPage",
            queryset=active,
            limit=3,
            more_label=_("All campaigns"),
            index_queryset=listing,
        )
    )
