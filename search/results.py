"""One search request: the query, its filters, sorting, a page of results, facets, suggestions.

The search page costs a fixed number of SQL queries besides the search itself: the count, the
page of hits with their specific pages (search.hits: one query per page type on the page), one
or two per facet, and the promotions; fewer when its counts and hits are kept (search.counts).
"""

from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import override, pgettext_lazy

from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from core import collation, fragments
from core.listing import Facet, Option, active_filters, clean_filters, is_slug
from core.models import Taxonomy
from core.navigation import active_locale
from search.counts import KeptWindows, kept_count, kept_hits
from search.external import ExternalSearch, is_external
from search.facets import dimensions, grouped, kind_name
from search.hits import Hit, page_hits
from search.query import (
    NEWEST,
    TitleFirst,
    count_matches,
    entry_title_hit,
    make_query,
    matches,
    page_date,
    pages_in,
    uses_search_entries,
)
from search.records import PagesThenRecords, record_kinds
from search.suggest import did_you_mean

PAGE_SIZE = 10
FEW = 1000  # matches whose ids facet counts take as a list
GROUPED = ("kind", "year")  # facets counted from Search.group_rows
# Language names as they read inside a sentence of the page's language ("3 results in
# Albanian", "3 rezultate në anglisht"), not as the language switcher names them.
LANGUAGE_NAMES = {
    "sq": pgettext_lazy("language name in a sentence", "Albanian"),
    "en": pgettext_lazy("language name in a sentence", "English"),
}
SORTS = ("relevance", "date")


def promoted_queries(request):
    """The query strings that have editors' picks (a frozenset), kept until editors change a
    promotion (core.signals), not rebuilt after every registration."""
    return fragments.get_or_set(
        request,
        "promoted-queries",
        (),
        lambda: frozenset(
            SearchPromotion.objects.values_list("query__query_string", flat=True).distinct()
        ),
    )


def dimension_slugs(request, dimension):
    """Every slug a related dimension may count: a taxonomy's are kept until a taxonomy changes
    (core.signals), a page type's (organisations) until the next content change."""
    target = dimension.target()
    if isinstance(target, type) and issubclass(target, Taxonomy):
        return fragments.get_or_set(request, "search-slugs", (dimension.key,), dimension.all_slugs)
    return fragments.rendered(request, "search-slugs", dimension.key, dimension.all_slugs)


class CountedPaginator(Paginator):
    """A paginator told its count (see Search.groups) rather than running COUNT(*) again."""

    def __init__(self, object_list, per_page, count):
        super().__init__(object_list, per_page)
        self.known_count = count

    @cached_property
    def count(self):
        return self.known_count


class Search:
    def __init__(self, request):
        self.request = request
        self.locale = active_locale(request)
        self.query = make_query(request.GET.get("q", ""), self.locale.language_code)
        self.sort = request.GET.get("sort") if request.GET.get("sort") in SORTS else "relevance"
        self.dimensions = {dimension.key: dimension for dimension in dimensions()}
        self.filters = self.clean_filters(request.GET)
        self.base_url = reverse("search")
        backend = get_search_backend()
        self.on_entries = uses_search_entries(backend)
        self.external = self.external_search(backend)

    def clean_filters(self, params):
        return clean_filters(params, {key: d.is_valid for key, d in self.dimensions.items()})

    # --- matching --------------------------------------------------------------------------

    def external_search(self, backend):
        """On Elasticsearch/OpenSearch, the engine's count, facets and hits (search.external)."""
        if not is_external(backend) or not self.query:
            return None
        pages = pages_in(self.locale)
        return ExternalSearch(backend, pages, self.query, self.filters, self.sort == "date")

    def matched(self, exclude=()):
        """The pages matching the query and every filter but those in `exclude`, dated."""
        if not hasattr(self, "_matched"):
            self._matched = matches(self.locale, self.query, self.sort == "relevance")
        queryset = self._matched
        for key, value in self.filters.items():
            if key not in exclude:
                queryset = self.dimensions[key].narrow(queryset, value)
        return queryset

    def ordered(self):
        """The pages in order, then the records (search.records)."""
        return PagesThenRecords(self.ordered_pages(), self.pages_total(), self.record_kinds())

    def ordered_pages(self):
        if self.external:
            return self.external.hits(pages_in(self.locale).annotate(search_date=page_date()))
        queryset = self.matched()
        if self.sort == "date":
            return KeptWindows(self, queryset.order_by(*NEWEST))
        if self.on_entries:
            title_hits = sum(row["n"] for row in self.groups() if row["in_title"])
            ordered = TitleFirst(queryset, self.query, title_hits, self.pages_total())
            return KeptWindows(self, ordered)
        return KeptWindows(self, queryset)

    def any_kind_records(self):
        """Each record kind's matches under every filter but the kind (search.records)."""
        if not hasattr(self, "_record_kinds"):
            others = {key: value for key, value in self.filters.items() if key != "kind"}
            keep = lambda key, compute: kept_count(self, f"records-{key}", ("kind",), compute)  # noqa: E731
            self._record_kinds = record_kinds(self.request, self.locale, self.query, others, keep)
        return self._record_kinds

    def record_kinds(self):
        """The record kinds shown under the chosen filters."""
        chosen = self.filters.get("kind")
        return [kind for kind in self.any_kind_records() if chosen in (None, kind.key)]

    def group_rows(self):
        """The matches under every filter but type and year, counted by page type and year
        (and, on PostgreSQL, title hit) in one query: whatever type or year is chosen, it
        gives the total, the title hits and both facets."""
        if not hasattr(self, "_group_rows"):
            more = {"in_title": entry_title_hit(self.query)} if self.on_entries else {}
            compute = lambda: grouped(self.matched(exclude=GROUPED), **more)  # noqa: E731
            self._group_rows = kept_count(self, "groups", GROUPED, compute)
        return self._group_rows

    def groups(self, exclude=None):
        """The grouped rows that pass the chosen type and year, but `exclude`'s."""
        chosen = [
            (self.dimensions[key], value)
            for key, value in self.filters.items()
            if key in GROUPED and key != exclude
        ]
        return [
            row
            for row in self.group_rows()
            if all(dimension.admits(row, value) for dimension, value in chosen)
        ]

    def total(self):
        return self.pages_total() + sum(kind.count for kind in self.record_kinds())

    def pages_total(self):
        if self.filters.get("kind") in {kind.key for kind in self.any_kind_records()}:
            return 0  # records only: no page is of their kind
        if self.external:
            return self.external.count()
        return sum(row["n"] for row in self.groups())

    def matched_ids(self):
        """The ids of a few matches, for facet counts: given as a list, the through tables are
        read by index; given as a subquery, PostgreSQL may scan every entry to join them."""
        if not hasattr(self, "_matched_ids"):
            self._matched_ids = list(self.matched().order_by().values_list("pk", flat=True))
        return self._matched_ids

    def page(self):
        if not hasattr(self, "_page"):
            paginator = CountedPaginator(self.ordered(), PAGE_SIZE, self.total())
            self._page = paginator.get_page(self.request.GET.get("page"))
        return self._page

    def hits(self):
        """The page's hits: each page's kept for this query (search.counts.kept_hits), then
        the records'."""
        rows = self.page().object_list
        found = [row for row in rows if not isinstance(row, tuple)]
        pages = kept_hits(self, found, lambda missing: page_hits(self.request, self.query, missing))
        return pages + [self.record_hit(*row) for row in rows if isinstance(row, tuple)]

    def record_hit(self, kind, record):
        return kind.hit(record, Hit, str(kind_name(kind.model)))

    # --- URLs ------------------------------------------------------------------------------

    def url(self, **changes):
        params = {"q": self.query.text, **self.filters, "sort": self.sort, **changes}
        if params.get("sort") == "relevance":
            params.pop("sort")
        query = urlencode({key: value for key, value in params.items() if value})
        return f"{self.base_url}?{query}"

    def page_url(self, number):
        return self.url(page=number if number > 1 else None)

    def sort_links(self):
        return [(sort, self.url(sort=sort, page=None), sort == self.sort) for sort in SORTS]

    # --- facets ----------------------------------------------------------------------------

    def facets(self):
        if not hasattr(self, "_facets"):
            self._facets = [self.facet(dimension) for dimension in self.dimensions.values()]
        return self._facets

    def facet(self, dimension):
        if self.external:
            counts = self.external.facet_counts(list(self.dimensions))[dimension.key]
        elif dimension.key in GROUPED:
            counts = dimension.from_groups(self.groups(exclude=dimension.key))  # no query
        else:
            compute = lambda: self.related_counts(dimension)  # noqa: E731
            counts = kept_count(self, f"facet-{dimension.key}", (dimension.key,), compute)
        if dimension.key == "kind":
            counts = dict(counts)
            counts.update({kind.key: kind.count for kind in self.any_kind_records() if kind.count})
        counts = self.valid_counts(dimension, counts)
        labels = self.labels(dimension, counts) if counts else {}
        chosen = self.filters.get(dimension.key)
        options = [
            Option(
                value,
                labels.get(value, value),
                count,
                chosen == value,
                self.url(**{dimension.key: None if chosen == value else value, "page": None}),
            )
            for value, count in counts.items()
        ]
        if dimension.key == "year":
            options.sort(key=lambda o: o.value, reverse=True)
        else:  # organisations and topics in Albanian order on the Albanian page
            language = self.locale.language_code
            options.sort(key=lambda o: collation.sort_key(str(o.label), language))
        return Facet(dimension.key, dimension.label, options)

    def related_counts(self, dimension):
        if dimension.key not in self.filters and self.total() <= FEW:
            return dimension.counts(self.matched_ids())
        return dimension.counts(self.matched(exclude=(dimension.key,)).order_by())

    def valid_counts(self, dimension, counts):
        """The counts of valid values: a related dimension checks them against all its slugs
        in one query, cached until the next content change (core.fragments.rendered)."""
        if not hasattr(dimension, "all_slugs") or not counts:
            return {value: n for value, n in counts.items() if dimension.is_valid(value)}
        known = dimension_slugs(self.request, dimension)
        return {value: n for value, n in counts.items() if is_slug(value) and value in known}

    def labels(self, dimension, counts):
        """Labels of the counted values; a dimension whose labels are rows (topics, types,
        organisations) has all of them cached per language until the next edit."""
        if not getattr(dimension, "labels_cacheable", False):
            return dimension.labels(list(counts), self.locale)
        parts = (dimension.key, self.locale.language_code)
        compute = lambda: dimension.labels(None, self.locale)  # noqa: E731
        return fragments.get_or_set(self.request, "search-labels", parts, compute)

    def active_filters(self):
        return active_filters(self.facets(), self.filters, self.url)

    def clear_url(self):
        return f"{self.base_url}?{urlencode({'q': self.query.text})}"

    # --- help when nothing matched -----------------------------------------------------------

    def promotions(self):
        """Editors' picks for the query: looked up only for a query that has some (the promoted
        query strings are few, kept until the next content change, search promotions included)."""
        text = " ".join(self.query.text.lower().split())[:255]
        if text not in promoted_queries(self.request):
            return []
        picks = SearchPromotion.objects.filter(query__query_string=text).select_related("page")
        return [
            pick
            for pick in picks.order_by("sort_order")
            if pick.page is None or (pick.page.live and pick.page.locale_id == self.locale.pk)
        ]

    def suggestion(self):
        """A respelling of the query from the index's vocabulary that finds something."""
        respelt = did_you_mean(self.query.text, self.locale)
        if not respelt:
            return None
        query = make_query(respelt, self.locale.language_code)
        if query and matches(self.locale, query, False).exists():
            return respelt, f"{self.base_url}?{urlencode({'q': respelt})}"
        return None

    def other_language(self):
        """(language name, url, count) of the other language's results, when it has some."""
        for locale in Locale.objects.exclude(pk=self.locale.pk):
            query = self.query.in_language(locale.language_code)
            count = count_matches(locale, query) if query else 0
            if count:
                with override(locale.language_code):
                    url = reverse("search")
                name = LANGUAGE_NAMES.get(locale.language_code, locale.get_display_name())
                return name, f"{url}?{urlencode({'q': query.text})}", count
        return None
