"""RSS and Atom feeds of a library's newest publications, in the library's language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags

FEED_LENGTH = 20


class PublicationsRssFeed(Feed):
    def __init__(self, index):
        super().__init__()
        self.index = index
        self.language = index.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return self.index.title

    def link(self):
        return self.index.get_url(self.request)

    def description(self):
        return self.index.intro or self.index.title

    def items(self):
        return (
            self.index.publications()
            .select_related("publication_type")
            .prefetch_related("authors__person")
            .order_by("-publication_date", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return f"{item.title}: {item.subtitle}" if item.subtitle else item.title

    def item_description(self, item):
        return strip_tags(item.summary).strip()

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        from datetime import datetime, time

        from django.utils import timezone

        return timezone.make_aware(datetime.combine(item.publication_date, time(9)))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return ", ".join(author.person.full_name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [item.publication_type.name] if item.publication_type_id else []


class PublicationsAtomFeed(PublicationsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
