"""RSS and Atom feeds of a language's campaigns, newest first."""

from datetime import datetime, time

from django.utils import timezone

from campaigns.models import CampaignPage
from core.feeds import FEED_LENGTH, ListingFeed, atom


class CampaignsRssFeed(ListingFeed):
    def items(self):
        pages = CampaignPage.objects.child_of(self.index).live().public()
        return pages.order_by("-start_date", "-pk")[:FEED_LENGTH]

    def item_description(self, item):
        return f"{item.tagline} {item.intro}".strip()

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.start_date, time(9)))

    def item_categories(self, item):
        return [str(item.status_label)]


CampaignsAtomFeed = atom(CampaignsRssFeed)
