"""The events listing: upcoming events soonest first, past events apart; by kind, topic and
municipality (in Albanian order, like every facet of places: core.listing)."""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.listing import (
    Dimension,
    FacetedListing,
    municipality_dimension,
    slug_exists,
    slug_labels,
)
from core.models import Topic
from events.models import EventKind, EventPage


def kind_labels(values, locale):
    return {value: EventKind(value).label for value in values if value in EventKind.values}


def kind_exists(value):
    return value in EventKind.values


class EventListing(FacetedListing):
    page_size = 12
    shows_pages_alone = True  # upcoming and past by time: kept no longer than the next boundary

    @property
    def dimensions(self):
        return {
            "kind": Dimension("kind", _("Kind"), kind_labels, kind_exists),
            "topic": Dimension("topics__slug", _("Topic"), slug_labels(Topic), slug_exists(Topic)),
            "municipality": municipality_dimension("municipality__slug"),
        }

    def base_queryset(self):
        return EventPage.objects.child_of(self.index).live().public()

    def ordered(self, queryset):
        return queryset.order_by("start", "pk")

    def upcoming(self):
        return list(self.ordered(self.queryset().distinct().filter(end__gte=timezone.now())))

    def past(self, limit=12):
        past = self.queryset().distinct().filter(end__lt=timezone.now())
        return list(past.order_by("-start", "-pk")[:limit])
