"""Facets of a search: content type, topic, year, publication type, organisation.

Each dimension counts over the ids the search matched (an SQL subquery, or a list when there
are few, so a handful of aggregate queries whatever the number of hits; type and year come from
one grouped query, see `grouped`) and narrows the matches by a value that is the
same in both languages (a slug, a year, a page type), so a filtered URL survives a language
switch. Unknown or malformed values are ignored.

On Elasticsearch/OpenSearch the engine counts and filters instead (search.external): each page
is indexed with its values as "key:value" strings (`index_values`, BasePage.search_facet_values).
"""

from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, F, Q
from django.db.models.expressions import RawSQL
from django.db.models.functions import ExtractYear
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.listing import is_slug, is_year
from search.registry import page_day, record_models, relations_to, searchable_page_models


def grouped(matched, **more):
    """The matches counted by page type and year (and the `more` expressions) in one scan:
    [{content_type, year, ..., n}]. The search page gets its total and both facets from it when
    neither is filtered."""
    rows = matched.order_by().annotate(year=ExtractYear("search_date"), **more)
    return list(rows.values("content_type", "year", *more).annotate(n=Count("pk")))


class Dimension:
    key = ""
    label = ""

    def is_valid(self, value):
        return is_slug(value)

    def valid(self, counts):
        """`counts` ({value: n}) without the values that are not (or no longer) valid."""
        return {value: n for value, n in counts.items() if self.is_valid(value)}

    def counts(self, matched):
        raise NotImplementedError

    def narrow(self, queryset, value):
        raise NotImplementedError

    def labels(self, values, locale):
        return {value: value for value in values}

    def values_of(self, page):
        """The values of a (specific) page in this dimension, as `narrow` keeps them."""
        raise NotImplementedError


def kind_name(model):
    """The name visitors know a page type by ("Page", not "standard page")."""
    return capfirst(getattr(model, "visitor_name", "") or model._meta.verbose_name)


class KindDimension(Dimension):
    """The page type, by model name ("publicationpage"); not the types that leave themselves
    out (`in_kind_facet`, the home page). Record kinds (search.records) are values too: no
    page is of them, so narrowing pages by one leaves none."""

    key, label = "kind", _("Content type")

    def kinds(self):
        pages = {
            model._meta.model_name: model
            for model in searchable_page_models()
            if getattr(model, "in_kind_facet", True)
        }
        return {**pages, **{model._meta.model_name: model for model in record_models()}}

    def is_valid(self, value):
        return value in self.kinds()

    def counts(self, matched):
        return self.from_groups(grouped(matched))

    def from_groups(self, groups):
        by_id = Counter()
        for row in groups:
            by_id[row["content_type"]] += row["n"]
        kinds = self.kinds()
        names = {pk: ContentType.objects.get_for_id(pk).model for pk in by_id}
        return {names[pk]: n for pk, n in by_id.items() if names[pk] in kinds}

    def narrow(self, queryset, value):
        model = self.kinds()[value]
        return queryset.filter(content_type=ContentType.objects.get_for_model(model))

    def values_of(self, page):
        return [type(page)._meta.model_name]

    def admits(self, row, value):
        """Whether a row of `grouped` is of page type `value` (as `narrow` keeps)."""
        return ContentType.objects.get_for_id(row["content_type"]).model == value

    def labels(self, values, locale):
        kinds = self.kinds()
        return {value: kind_name(kinds[value]) for value in values if value in kinds}


class YearDimension(Dimension):
    """The year of each page's own date (see search.query.page_date)."""

    key, label = "year", _("Year")

    def is_valid(self, value):
        return is_year(value)

    def counts(self, matched):
        return self.from_groups(grouped(matched))

    def from_groups(self, groups):
        by_year = Counter()
        for row in groups:
            if row["year"]:
                by_year[str(row["year"])] += row["n"]
        return dict(by_year)

    def narrow(self, queryset, value):
        return queryset.filter(search_date__year=int(value))

    def values_of(self, page):
        day = page_day(page)
        return [str(day.year)] if day else []

    def admits(self, row, value):
        """Whether a row of `grouped` is of year `value` (as `narrow` keeps)."""
        return str(row["year"]) == value


class RelatedDimension(Dimension):
    """Pages related to a translatable model with a slug (topics, publication types) or to
    pages (organisations), through any page type's field that points at it."""

    labels_cacheable = True  # labels(None, locale) gives every label (see Search.labels)

    def __init__(self, key, label, target_label, name_field="name"):
        self.key, self.label = key, label
        self.target_label, self.name_field = target_label, name_field

    def relations(self):
        return relations_to(self.target_label)

    def target(self):
        relations = self.relations()
        return relations[0][1].related_model if relations else None

    def _page_ids(self, model, field, **lookup):
        if field.many_to_many:
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            rows = through.objects.filter(**{f"{target}__{k}": v for k, v in lookup.items()})
            return rows.values(source), source, target
        rows = model.objects.filter(**{f"{field.name}__{k}": v for k, v in lookup.items()})
        return rows.values("pk"), "pk", field.name

    def counts(self, matched):
        """Counts by slug over `matched`: a queryset of matches, or a list of their ids."""
        matched_ids = id_set(matched) if isinstance(matched, list) else matched.values("pk")
        parts = [self._counted(model, field, matched_ids) for model, field in self.relations()]
        if not parts:
            return {}
        totals = Counter()
        for row in parts[0].union(*parts[1:], all=True):  # one query for every page type
            totals[row["value"]] += row["n"]
        return dict(totals)

    def _counted(self, model, field, matched_ids):
        """[{value: slug, n}] of one page type's relation, as a queryset."""
        if field.many_to_many:
            through = field.remote_field.through
            source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
            rows = through.objects.filter(**{f"{source}__in": matched_ids})
            counted, slug = source, f"{target}__slug"
        else:
            rows = model.objects.filter(pk__in=matched_ids, **{f"{field.name}__isnull": False})
            counted, slug = "pk", f"{field.name}__slug"
        rows = rows.annotate(value=F(slug)).values("value")
        return rows.annotate(n=Count(counted, distinct=True)).order_by()

    def narrow(self, queryset, value):
        condition = Q(pk__in=[])
        for model, field in self.relations():
            ids, _source, _target = self._page_ids(model, field, slug=value)
            condition |= Q(pk__in=ids)
        return queryset.filter(condition)

    def values_of(self, page):
        found = []
        for model, field in self.relations():
            if not isinstance(page, model):
                continue
            if field.many_to_many:
                found += [related.slug for related in getattr(page, field.name).all()]
            elif (related := getattr(page, field.name)) is not None:
                found.append(related.slug)
        return sorted(set(found))

    def is_valid(self, value):
        target = self.target()
        if target is None or not is_slug(value):
            return False
        return target.objects.filter(slug=value).exists()

    def all_slugs(self):
        """Every slug of the target, to check counted values in one query (Search.facet)."""
        target = self.target()
        return (
            frozenset()
            if target is None
            else frozenset(target.objects.values_list("slug", flat=True))
        )

    def labels(self, values, locale):
        """{slug: label} in `locale` of `values` (of every value when `values` is None)."""
        target = self.target()
        if target is None or values == []:
            return {}
        rows = target.objects.filter(locale=locale)
        rows = rows if values is None else rows.filter(slug__in=values)
        return dict(rows.values_list("slug", self.name_field))


def id_set(ids):
    """A list of ids for `IN`: on PostgreSQL one array parameter rather than one placeholder an
    id, repeated in every part of a facet's query (3 facets × 8 parts × up to 1,000 ids took
    Django and psycopg 2-3 times longer to compile and send than PostgreSQL to run)."""
    if connection.vendor != "postgresql":
        return ids
    return RawSQL("SELECT unnest(%s::integer[])", [ids])


def dimensions():
    return [
        KindDimension(),
        RelatedDimension("topic", _("Topic"), "core.Topic"),
        YearDimension(),
        RelatedDimension("type", _("Publication type"), "publications.PublicationType"),
        RelatedDimension(
            "organisation", _("Organisation"), "organisations.OrganisationPage", "title"
        ),
    ]


def index_values(page):
    """Every facet value of `page` as "key:value" (what Elasticsearch/OpenSearch filter on)."""
    return [f"{d.key}:{value}" for d in dimensions() for value in d.values_of(page)]


def index_day(page):
    """The page's own date as ISO text (Elasticsearch/OpenSearch sort by it)."""
    day = page_day(page)
    return day.isoformat() if day else None
