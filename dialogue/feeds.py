"""RSS and Atom feeds of a policy-dialogue section's newest consultations, in its language."""

from core.feeds import FEED_LENGTH, ListingFeed, atom
from dialogue.models import ConsultationPage


class ConsultationsRssFeed(ListingFeed):
    def items(self):
        return (
            ConsultationPage.objects.child_of(self.index)
            .live()
            .public()
            .order_by("-opens_at", "-pk")[:FEED_LENGTH]
        )

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return item.opens_at

    def item_author_name(self, item):
        return item.proposer or None

    def item_categories(self, item):
        return [str(item.card_label)]


ConsultationsAtomFeed = atom(ConsultationsRssFeed)
