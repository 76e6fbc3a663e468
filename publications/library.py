"""The library's filters, facet counts and pagination, in a fixed number of queries.

Filters are plain GET parameters (`?type=&topic=&year=&organisation=&election=&page=`). Values
are slugs that are the same in every language, so a filtered URL survives a language switch.
Unknown or malformed values are ignored.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count, Prefetch
from django.db.models.functions import ExtractYear
from django.utils.translation import gettext_lazy as _

from core.models import Election, Topic
from core.navigation import active_locale

PAGE_SIZE = 12
SLUG = re.compile(r"^[-a-z0-9_]{1,100}$")

# filter key -> (queryset lookup, label)
DIMENSIONS = {
    "type": ("publication_type__slug", _("Type")),
    "topic": ("topics__slug", _("Topic")),
    "year": ("year", _("Year")),
    "organisation": ("organisations__slug", _("Organisation")),
    "election": ("election__slug", _("Election")),
}


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    key: str
    label: str
    options: list = field(default_factory=list)


def clean_filters(params):
    """The valid filter values in `params`; anything else is dropped."""
    cleaned = {}
    for key in DIMENSIONS:
        value = (params.get(key) or "").strip().lower()
        if key == "year":
            if value.isdigit() and 1900 <= int(value) <= 2100:
                cleaned[key] = value
        elif SLUG.match(value):
            cleaned[key] = value
    return cleaned


class Library:
    def __init__(self, index, request):
        self.index = index
        self.request = request
        self.locale = active_locale(request)
        self.filters = {
            key: value
            for key, value in clean_filters(request.GET).items()
            if self._known(key, value)
        }
        self.base_url = index.get_url(request)

    @staticmethod
    def _known(key, value):
        """Whether a filter value names something that exists; unknown values are ignored."""
        from organisations.models import OrganisationPage
        from publications.models import PublicationType

        models = {
            "type": PublicationType.objects,
            "topic": Topic.objects,
            "election": Election.objects,
            "organisation": OrganisationPage.objects,
        }
        return key == "year" or models[key].filter(slug=value).exists()

    def queryset(self, exclude=None):
        if not hasattr(self, "_base"):  # public() looks up view restrictions: do it once
            from publications.models import PublicationPage

            published = PublicationPage.objects.child_of(self.index).live().public()
            self._base = published.annotate(year=ExtractYear("publication_date"))
        queryset = self._base
        for key, value in self.filters.items():
            if key != exclude:
                queryset = queryset.filter(**{DIMENSIONS[key][0]: value})
        return queryset

    def url(self, **changes):
        params = {**self.filters, **changes}
        query = urlencode({key: value for key, value in params.items() if value})
        return f"{self.base_url}?{query}" if query else self.base_url

    # --- results ---------------------------------------------------------------------------

    def page(self):
        if not hasattr(self, "_page"):
            from publications.models import PublicationAuthor

            results = (
                self.queryset()
                .distinct()
                .order_by("-publication_date", "-pk")
                .select_related("publication_type", "cover_image", "pdf")
                .prefetch_related(
                    "cover_image__renditions",
                    Prefetch("authors", PublicationAuthor.objects.select_related("person")),
                )
            )
            paginator = Paginator(results, PAGE_SIZE)
            self._page = paginator.get_page(self.request.GET.get("page"))
        return self._page

    def page_url(self, number):
        return self.url(page=number if number > 1 else None)

    # --- facets ----------------------------------------------------------------------------

    def facets(self):
        if not hasattr(self, "_facets"):
            self._facets = [self._facet(key) for key in DIMENSIONS]
        return self._facets

    def _counts(self, key):
        lookup = DIMENSIONS[key][0]
        rows = (
            self.queryset(exclude=key)
            .exclude(**{f"{lookup}__isnull": True})
            .order_by()
            .values(lookup)
            .annotate(n=Count("pk", distinct=True))
        )
        return {str(row[lookup]): row["n"] for row in rows}

    def _facet(self, key):
        counts = self._counts(key)
        labels = self._labels(key, counts)
        options = [
            Option(
                value,
                labels.get(value, value),
                count,
                self.filters.get(key) == value,
                self.url(**{key: None if self.filters.get(key) == value else value, "page": None}),
            )
            for value, count in counts.items()
        ]
        if key == "year":
            options.sort(key=lambda option: option.value, reverse=True)
        else:
            options.sort(key=lambda option: option.label.lower())
        return Facet(key, DIMENSIONS[key][1], options)

    def _labels(self, key, counts):
        from organisations.models import OrganisationPage
        from publications.models import PublicationType

        if key == "year" or not counts:
            return {}
        slugs = list(counts)
        if key == "organisation":
            pages = OrganisationPage.objects.filter(locale=self.locale, slug__in=slugs)
            return {page.slug: page.title for page in pages}
        model = {"type": PublicationType, "topic": Topic, "election": Election}[key]
        return dict(
            model.objects.filter(locale=self.locale, slug__in=slugs).values_list("slug", "name")
        )

    def active_filters(self):
        """(label, remove-url) for each filter in use, even one that matches nothing."""
        facets = {facet.key: facet for facet in self.facets()}
        chosen = []
        for key, value in self.filters.items():
            facet = facets[key]
            labels = {option.value: option.label for option in facet.options}
            remove = self.url(**{key: None, "page": None})
            chosen.append((f"{facet.label}: {labels.get(value, value)}", remove))
        return chosen
