"""The home page's "Active campaigns" section."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.sections import HomeSection, home_sections


def active(locale):
    from campaigns.models import CampaignPage, active_on

    pages = CampaignPage.objects.live().public().filter(locale=locale)
    return pages.filter(active_on(timezone.localdate())).order_by("end_date", "-start_date")


def listing(locale):
    from campaigns.models import CampaignIndexPage

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
