"""The directory: filters by focus area, county and municipality, a name search, Albanian
alphabetical order with an A–Z jump, and counts; in a fixed number of queries."""

from django.utils.translation import gettext_lazy as _

from core import collation
from core.listing import (
    Dimension,
    FacetedListing,
    county_dimension,
    municipality_dimension,
    slug_exists,
    slug_labels,
)
from organisations.models import FocusArea, OrganisationPage


class OrganisationListing(FacetedListing):
    page_size = 60
    shows_pages_alone = True

    @property
    def dimensions(self):
        return {
            "focus": Dimension(
                "focus_areas__slug", _("Focus area"), slug_labels(FocusArea), slug_exists(FocusArea)
            ),
            "county": county_dimension(),
            "municipality": municipality_dimension(),
        }

    def __init__(self, index, request):
        super().__init__(index, request)
        self.query = " ".join((request.GET.get("q") or "").split())[:100]

    def facets_cacheable(self):
        return not self.query  # a typed name would make a cache key per visitor's input

    def base_queryset(self):
        queryset = OrganisationPage.objects.child_of(self.index).live().public()
        needle = collation.folded(self.query)
        return queryset.filter(name_folded__contains=needle) if needle else queryset

    def ordered(self, queryset):
        return queryset.order_by("sort_key", "pk").prefetch_related("focus_areas")

    def url(self, **changes):
        changes.setdefault("q", self.query)
        return super().url(**changes)

    def active_filters(self):
        chosen = super().active_filters()
        if self.query:
            chosen.insert(0, (_("Name: %(query)s") % {"query": self.query}, self.url(q=None)))
        return chosen

    def page(self):
        page = super().page()
        if not hasattr(self, "_labelled"):
            page.object_list = list(page.object_list)
            names = dict(FocusArea.objects.filter(locale=self.locale).values_list("slug", "name"))
            for item in page.object_list:
                areas = [names.get(area.slug, area.name) for area in item.focus_areas.all()]
                item.listed_focus_areas = sorted(areas, key=collation.sort_key)
            self._labelled = True
        return page

    def letters(self):
        """[(letter, anchor or None)] for the whole alphabet: letters with organisations on this
        page of results link to their group."""
        present = {item.initial for item in self.page().object_list}
        language = "sq" if self.locale.language_code == "sq" else "en"
        alphabet = [letter.capitalize() for letter in collation.alphabet(language)]
        if "#" in present:
            alphabet = ["#", *alphabet]
        return [(letter, f"letter-{letter}" if letter in present else None) for letter in alphabet]

    def county_counts(self):
        """{county code: organisations} with every filter but the county one applied."""
        return {option.value: option.count for option in self._facet_for("county").options}

    def _facet_for(self, key):
        return next(facet for facet in self.facets() if facet.key == key)
