"""A base for RSS and Atom feeds of a listing page's children, in the listing's language.
Every link is on the public site (SITE_URL), whatever host the feed reader used."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.module_loading import import_string

from wagtail.contrib.routable_page.models import path

from core.mail import absolute

FEED_LENGTH = 20


class ListingFeed(Feed):
    """Subclasses give `items()`, `item_description(item)` and, if they like, dates."""

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
        return absolute(self.index.get_url(self.request))

    def feed_url(self):
        return absolute(self.request.path)

    def description(self):
        return getattr(self.index, "intro", "") or self.index.title

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return absolute(item.get_url(self.request))

    def item_updateddate(self, item):
        return item.last_published_at


def atom(feed_class):
    """The Atom version of an RSS feed class."""
    return type(
        feed_class.__name__.replace("Rss", "Atom"),
        (feed_class,),
        {"feed_type": Atom1Feed, "subtitle": lambda self: self.description()},
    )


class FeedsMixin:
    """The RSS and Atom routes of a listing page (`feed/rss/`, `feed/atom/`), for a
    RoutablePageMixin page. `feed_class` is the dotted path of its RSS `ListingFeed`, imported
    when a feed is asked for (feeds import the models; the models need not import feeds)."""

    feed_class = ""

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        return import_string(self.feed_class)(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        return atom(import_string(self.feed_class))(self)(request)
