"""The research library's filters: type, topic, year, organisation, election."""

from urllib.parse import urlencode

from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from core.listing import Dimension, FacetedListing, slug_exists, slug_labels
from core.models import Election, Topic
from organisations.models import OrganisationPage
from publications.models import PublicationPage, PublicationType

PAGE_SIZE = 12


def organisation_labels(slugs, locale):
    return dict(
        OrganisationPage.objects.filter(locale=locale, slug__in=slugs).values_list("slug", "title")
    )


def organisation_exists(value):
    return OrganisationPage.objects.filter(slug=value).exists()


def publication_type_model():
    return PublicationType


class Library(FacetedListing):
    page_size = PAGE_SIZE
    shows_pages_alone = True

    @property
    def dimensions(self):
        kind = publication_type_model()
        return {
            "type": Dimension(
                "publication_type__slug", _("Type"), slug_labels(kind), slug_exists(kind)
            ),
            "topic": Dimension("topics__slug", _("Topic"), slug_labels(Topic), slug_exists(Topic)),
            "year": Dimension("year", _("Year"), is_year=True),
            "organisation": Dimension(
                "organisations__slug", _("Organisation"), organisation_labels, organisation_exists
            ),
            "election": Dimension(
                "election__slug", _("Election"), slug_labels(Election), slug_exists(Election)
            ),
        }

    def feed_query(self):
        """The filters in use as a query string ("?topic=grate"), for the feeds' links."""
        return f"?{urlencode(self.filters)}" if self.filters else ""

    def base_queryset(self):
        published = PublicationPage.objects.child_of(self.index).live().public()
        return published.annotate(year=ExtractYear("publication_date"))

    def ordered(self, queryset):
        return queryset.order_by("-publication_date", "-pk")
