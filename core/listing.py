"""Faceted listings: filters as plain GET links with counts, in a fixed number of queries.

A listing names its dimensions (filter key -> queryset lookup, label, how to label and check
values). Values are slugs (or years) that are the same in every language, so a filtered URL
survives a language switch; unknown or malformed values are ignored.
"""

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from core import collation, fragments
from core.models import County, Municipality
from core.navigation import active_locale

SLUG = re.compile(r"^[-A-Za-z0-9_]{1,100}$")


# --- the filter vocabulary, shared by listings and the search page ------------------------------


def is_slug(value):
    """Whether a filter value is shaped like a slug (a taxonomy term, an organisation...)."""
    return bool(SLUG.match(value))


def clean_filters(params, accepts):
    """{key: value} of the query parameters that `accepts[key](value)` takes, values stripped;
    a missing, empty or repeated-as-list value is no filter."""
    cleaned = {}
    for key, accept in accepts.items():
        value = params.get(key, "")
        value = value.strip() if isinstance(value, str) else ""
        if value and accept(value):
            cleaned[key] = value
    return cleaned


def active_filters(facets, filters, url, labels_of=None):
    """(label, remove-url) for each filter in use, even one that matches nothing; `url(**changes)`
    is the page's own URL with those parameters changed (None removes one); `labels_of(key,
    value)` names a value that no option shows (a filter matching nothing: its name, not a slug)."""
    by_key = {facet.key: facet for facet in facets}
    chosen = []
    for key, value in filters.items():
        facet = by_key[key]
        labels = {option.value: option.label for option in facet.options}
        if value not in labels and labels_of is not None:
            labels = labels_of(key, value)
        remove = url(**{key: None, "page": None})
        chosen.append((f"{facet.label}: {labels.get(value, value)}", remove))
    return chosen


@dataclass(frozen=True)
class Dimension:
    lookup: str  # e.g. "topics__slug"
    label: str
    labels: Callable | None = None  # (slugs, locale) -> {slug: label}
    exists: Callable | None = None  # value -> bool; None accepts any well-formed value
    is_year: bool = False


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


def is_year(value):
    """Whether `value` is a plausible year in ASCII digits ("²" and "١٢" pass str.isdigit, but
    int() refuses the first)."""
    return len(value) == 4 and value.isascii() and value.isdigit() and 1900 <= int(value) <= 2100


def slug_labels(model):
    """A `labels` callable for a translatable taxonomy with `slug` and `name`."""

    def labels(slugs, locale):
        rows = model.objects.filter(locale=locale, slug__in=slugs).values_list("slug", "name")
        return dict(rows)

    return labels


def slug_exists(model):
    return lambda value: model.objects.filter(slug=value).exists()


def county_dimension(lookup="counties__code"):
    """The county facet (by ISO code) of any listing whose pages name counties."""
    return Dimension(
        lookup,
        _("County"),
        lambda codes, locale: {c.code: c.name for c in County.objects.filter(code__in=codes)},
        lambda code: County.objects.filter(code=code).exists(),
    )


def municipality_dimension(lookup="municipalities__slug"):
    """The municipality facet (by slug) of any listing whose pages name municipalities."""
    return Dimension(
        lookup,
        _("Municipality"),
        lambda slugs, locale: {m.slug: m.name for m in Municipality.objects.filter(slug__in=slugs)},
        lambda slug: Municipality.objects.filter(slug=slug).exists(),
    )


class FacetedListing:
    dimensions: dict = {}
    page_size = 12
    # True when the rendered listing shows pages, taxonomies and time alone, nothing that a
    # registration or a pledge changes: it is then kept until the next edit or time boundary
    # (core.fragments.kept) rather than the next content change (listing_base.html).
    shows_pages_alone = False

    def __init__(self, index, request):
        self.index = index
        self.request = request
        self.locale = active_locale(request)
        self.base_url = index.get_url(request)
        self.filters = self.clean_filters(request.GET)

    # --- to be provided by each listing ---------------------------------------------------

    def base_queryset(self):
        raise NotImplementedError

    def ordered(self, queryset):
        raise NotImplementedError

    # --- filters ---------------------------------------------------------------------------

    def clean_filters(self, params):
        return clean_filters(params, {key: self.accepts(d) for key, d in self.dimensions.items()})

    @staticmethod
    def accepts(dimension):
        if dimension.is_year:
            return is_year
        return lambda value: (
            is_slug(value) and (dimension.exists is None or dimension.exists(value))
        )

    def queryset(self, exclude=None):
        if not hasattr(self, "_base"):  # build once: public() looks up view restrictions
            self._base = self.base_queryset()
        queryset = self._base
        for key, value in self.filters.items():
            if key != exclude:
                queryset = queryset.filter(**{self.dimensions[key].lookup: value})
        return queryset

    def url(self, **changes):
        params = {**self.filters, **changes}
        query = urlencode({key: value for key, value in params.items() if value})
        return f"{self.base_url}?{query}" if query else self.base_url

    # --- results ---------------------------------------------------------------------------

    def page(self):
        if not hasattr(self, "_page"):
            paginator = Paginator(self.ordered(self.queryset().distinct()), self.page_size)
            self._page = paginator.get_page(self.request.GET.get("page"))
        return self._page

    def fragment_parts(self):
        """What the rendered listing depends on, as parts of a cache key (core.fragments.
        rendered), or None when a visitor's own input would make the key: a typed text, an
        unknown, refused or repeated parameter, a page number that is not a short number."""
        params = self.request.GET
        page = params.get("page", "")
        if (
            not self.facets_cacheable()
            or set(params) - {*self.filters, "page"}
            or any(len(params.getlist(name)) > 1 for name in params)
            or (page and not (page.isdigit() and len(page) <= 4))
        ):
            return None
        filters = urlencode(sorted(self.filters.items()))
        return (self.index.pk, self.locale.language_code, filters, page)

    def page_url(self, number):
        return self.url(page=number if number > 1 else None)

    # --- facets ----------------------------------------------------------------------------

    def facets(self):
        """Every dimension's options with counts; cached until the next publish or taxonomy
        edit (core.fragments), keyed by the cleaned filters, so only known values make keys."""
        if not hasattr(self, "_facets"):
            self._facets = self._cached_facets() if self.facets_cacheable() else self._all_facets()
        return self._facets

    def facets_cacheable(self):
        """False when the counts depend on free input (a listing's text search, say)."""
        return True

    def _cached_facets(self):
        filters = urlencode(sorted(self.filters.items()))
        parts = (self.index.pk, self.locale.language_code, filters)
        return fragments.get_or_set(self.request, "facets", parts, self._all_facets)

    def _all_facets(self):
        return [self._facet(key, dimension) for key, dimension in self.dimensions.items()]

    def _counts(self, key, lookup):
        rows = (
            self.queryset(exclude=key)
            .exclude(**{f"{lookup}__isnull": True})
            .order_by()
            .values(lookup)
            .annotate(n=Count("pk", distinct=True))
        )
        return {str(row[lookup]): row["n"] for row in rows}

    def _facet(self, key, dimension):
        counts = self._counts(key, dimension.lookup)
        labels = dimension.labels(list(counts), self.locale) if dimension.labels and counts else {}
        chosen = self.filters.get(key)
        options = [
            Option(
                value,
                labels.get(value, value),
                count,
                chosen == value,
                self.url(**{key: None if chosen == value else value, "page": None}),
            )
            for value, count in counts.items()
        ]
        if dimension.is_year:
            options.sort(key=lambda option: option.value, reverse=True)
        else:
            language = self.locale.language_code
            options.sort(key=lambda option: collation.sort_key(str(option.label), language))
        return Facet(key, dimension.label, options)

    def active_filters(self):
        return active_filters(self.facets(), self.filters, self.url, self._labels_of)

    def _labels_of(self, key, value):
        dimension = self.dimensions.get(key)
        if dimension is None or dimension.labels is None:
            return {}
        return dimension.labels([value], self.locale)
