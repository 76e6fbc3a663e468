"""RSS and Atom feeds of a library's newest publications, in the library's language, narrowed
by the library's own filters (`?topic=grate&year=2025`; a value the library would ignore is
ignored here too)."""

from datetime import datetime, time

from django.utils import timezone

from core.feeds import FEED_LENGTH, ListingFeed, atom
from core.mail import absolute
from core.plaintext import plain_text
from publications.library import Library


class PublicationsRssFeed(ListingFeed):
    def __call__(self, request, *args, **kwargs):
        self.library = Library(self.index, request)
        return super().__call__(request, *args, **kwargs)

    def feed_url(self):
        return absolute(self.request.path + self.library.feed_query())

    def items(self):
        return (
            self.library.queryset()
            .select_related("publication_type")
            .prefetch_related("authors__person")
            .order_by("-publication_date", "-pk")[:FEED_LENGTH]
        )

    def item_title(self, item):
        return f"{item.title}: {item.subtitle}" if item.subtitle else item.title

    def item_description(self, item):
        return plain_text(item.summary)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.publication_date, time(9)))

    def item_author_name(self, item):
        return ", ".join(author.person.full_name for author in item.authors.all()) or None

    def item_categories(self, item):
        return [item.publication_type.name] if item.publication_type_id else []


PublicationsAtomFeed = atom(PublicationsRssFeed)
