"""The register's filters (institution, status, topic, source, election) with counts."""

from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _

from core.listing import Dimension, FacetedListing, slug_exists, slug_labels
from core.models import Election, Topic
from recommendations.models import Institution, Recommendation, SourceKind, Status


def choice_labels(choices):
    def labels(values, locale):
        return {value: str(label) for value, label in choices.choices}

    return labels


def choice_exists(choices):
    return lambda value: value in choices.values


class Register(FacetedListing):
    page_size = 20
    dimensions = {
        "institution": Dimension(
            "institution__slug",
            _("Institution"),
            slug_labels(Institution),
            slug_exists(Institution),
        ),
        "status": Dimension("status", _("Status"), choice_labels(Status), choice_exists(Status)),
        "topic": Dimension("topics__slug", _("Topic"), slug_labels(Topic), slug_exists(Topic)),
        "source": Dimension(
            "source_kind", _("Source"), choice_labels(SourceKind), choice_exists(SourceKind)
        ),
        "election": Dimension(
            "election__slug", _("Election"), slug_labels(Election), slug_exists(Election)
        ),
    }

    def base_queryset(self):
        return Recommendation.objects.filter(locale=self.locale)

    def ordered(self, queryset):
        return queryset.select_related("institution").order_by("reference_code", "pk")

    def export_url(self):
        """The CSV export of what the filters show."""
        query = urlencode(self.filters)
        path = self.index.url + self.index.reverse_subpage("csv")
        return f"{path}?{query}" if query else path

    def record_url(self, recommendation):
        return self.index.record_url(recommendation)

    def _facet(self, key, dimension):
        """Statuses in the order of the scale (fully ... not yet assessed), not by name."""
        facet = super()._facet(key, dimension)
        if key == "status":
            order = {value: number for number, value in enumerate(Status.values)}
            facet.options.sort(key=lambda option: order.get(option.value, len(order)))
        return facet
