"""Records that are not pages but are found by site search as a kind of their own (a
recommendation of the register): named by model label in search.registry.RECORD_MODELS, so this
app imports none of theirs.

A record model offers `search_register_url(locale)`: the URL of the public page that lists them
in `locale`, or None (then none is found; cached until the next edit, core.fragments),
`search_records(locale)` (a queryset) and `record.search_url(register_url)`. It is
an `index.Indexed` model with a `search_terms` search field (normalised terms, core.normalise),
so every backend (SQLite FTS5, PostgreSQL, Elasticsearch/OpenSearch) matches the same Albanian
forms as for pages; Wagtail's own index keeps them. Records follow the pages in the results,
count in the "Content type" facet, and drop out when any other facet is chosen (they have no
year, type or organisation).
"""

from django.utils.formats import date_format
from django.utils.functional import cached_property

from wagtail.search.backends import get_search_backend
from wagtail.search.query import PlainText

from core import fragments
from search.registry import record_models
from search.snippets import snippet


def kind_of(model):
    return model._meta.model_name


class RecordKind:
    """One record model's matches for a query in a locale: one query to count them, one for
    the records shown."""

    def __init__(self, model, request, locale, query, keep=None):
        self.model, self.key = model, kind_of(model)
        self.request, self.locale, self.query = request, locale, query
        self.keep = keep or (lambda _key, compute: compute())  # see search.counts.kept_count

    @cached_property
    def register_url(self):
        parts = (self.model._meta.label, self.locale.language_code)
        compute = lambda: self.model.search_register_url(self.locale)  # noqa: E731
        return fragments.get_or_set(self.request, "search-records", parts, compute)

    @cached_property
    def results(self):
        terms = PlainText(" ".join(self.query.terms), operator="and")
        records = self.model.search_records(self.locale)
        return get_search_backend().search(terms, records, order_by_relevance=False)

    @cached_property
    def count(self):
        return self.keep(self.key, self.counted)

    def counted(self):
        return self.results.count() if self.register_url and self.query else 0

    def window(self, start, stop):
        return list(self.results[start:stop]) if self.count else []

    def hit(self, record, hit_class, kind):
        day = getattr(record, "search_date", None)
        return hit_class(
            page=record,
            url=record.search_url(self.register_url),
            kind=kind,
            date=date_format(day, "DATE_FORMAT") if day else "",
            snippet=snippet(record, self.query),
            title=record.search_title,
        )


def record_kinds(request, locale, query, filters, keep=None):
    """The RecordKind of each record model that the chosen filters admit (`keep(key, compute)`
    may keep their counts)."""
    if set(filters) - {"kind"}:
        return []
    chosen = filters.get("kind")
    return [
        RecordKind(model, request, locale, query, keep)
        for model in record_models()
        if chosen in (None, kind_of(model))
    ]


class PagesThenRecords:
    """The pages' results, then each record kind's, as one sequence for a paginator."""

    def __init__(self, pages, pages_total, kinds):
        self.pages, self.pages_total, self.kinds = pages, pages_total, kinds

    def count(self):
        return self.pages_total + sum(kind.count for kind in self.kinds)

    def __len__(self):
        return self.count()

    def __getitem__(self, window):
        start, stop = window.start or 0, window.stop
        rows = list(self.pages[start:stop]) if start < self.pages_total else []
        offset = self.pages_total
        for kind in self.kinds:
            first, last = max(start - offset, 0), min(stop - offset, kind.count)
            if last > first:
                rows += [(kind, record) for record in kind.window(first, last)]
            offset += kind.count
        return rows
