"""Wagtail's read-only API v2 at /api/v2/: pages (with each type's `api_fields`), images and
documents. Only live, public pages are exposed, and only the documents they use
(core.documents).

Wagtail's endpoints answer some malformed query parameters with a server error: an offset beyond
the database's integers, a search of only spaces or with a quote or NUL (SQLite), an unknown
`search_operator`, a filter value its field cannot hold (`start=notadate`, `topics=x`,
`pdf=99999999999999999999`), a non-numeric `find/?id=`, a NUL in a locale or path on PostgreSQL.
The classes here check those parameters first and answer 400 with Wagtail's own BadRequestError;
everything else is Wagtail's behaviour.
"""

import datetime
from types import SimpleNamespace

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection

from taggit.managers import TaggableManager
from wagtail.api.v2 import filters
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.search.query import PlainText

from core.documents import public_documents
from core.normalise import WORD

MAX_SEARCH_LENGTH = 1000  # characters of ?search= kept
MAX_SEARCH_TERMS = 20  # words searched for; the rest are ignored
CONVERTED_TYPES = {"DateField", "DateTimeField", "TimeField", "DecimalField", "FloatField"}


def no_null(name, value):
    if "\x00" in value:
        raise BadRequestError(f"null characters are not allowed in {name}")


def check_filter_value(model, name, raw):
    """Raise BadRequestError unless `raw` is a value the field `name` of `model` can be
    compared with in the database (text is compared as it is, as Wagtail does)."""
    no_null(name, raw)
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return
    if isinstance(field, TaggableManager):
        return
    target = field.target_field if field.is_relation else field
    internal = target.get_internal_type()
    integer = internal in connection.ops.integer_field_ranges
    if not integer and internal not in CONVERTED_TYPES:
        return
    try:
        value = target.get_prep_value(target.to_python(raw))
        if isinstance(value, datetime.datetime) and value.tzinfo:
            value.astimezone(datetime.UTC)  # year 1 underflows here, on every database
        target.get_db_prep_value(value, connection, prepared=True)
    except (ValidationError, ValueError, TypeError, OverflowError) as error:
        raise BadRequestError(f"field filter error. {raw!r} is not a valid {name}") from error
    if integer:
        low, high = connection.ops.integer_field_range(internal)
        if not low <= value <= high:
            raise BadRequestError(f"field filter error. {name} is out of range")


class FieldsFilter(filters.FieldsFilter):
    """Wagtail's filter by field value, each value checked against its field first."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name in fields and name != "locale":
                check_filter_value(queryset.model, name, value)
        return super().filter_queryset(request, queryset, view)


class SearchFilter(filters.SearchFilter):
    """Wagtail's ?search=, with the operator checked and the text reduced to its words (the
    database backends fail on a lone quote, on NUL and on text of only spaces)."""

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        no_null("search", request.GET["search"])
        operator = request.GET.get("search_operator")
        if operator is not None and operator.lower() not in PlainText.OPERATORS:
            raise BadRequestError("search_operator must be 'and' or 'or'")
        text = request.GET["search"][:MAX_SEARCH_LENGTH]
        params = request.GET.copy()
        params["search"] = " ".join(WORD.findall(text)[:MAX_SEARCH_TERMS])
        # Wagtail's filter reads only request.GET: hand it the cleaned parameters.
        return super().filter_queryset(SimpleNamespace(GET=params), queryset, view)


class LocaleFilter(filters.LocaleFilter):
    def filter_queryset(self, request, queryset, view):
        no_null("locale", request.GET.get("locale", ""))
        return super().filter_queryset(request, queryset, view)


class Pagination(WagtailPagination):
    """Wagtail's, but an offset past the last item gives an empty page without asking the
    database (one beyond its integers made SQLite and PostgreSQL fail)."""

    def paginate_queryset(self, queryset, request, view=None):
        window = super().paginate_queryset(queryset, request, view)
        offset = int(request.GET.get("offset", 0))  # checked by Wagtail above
        return window if offset < self.total_count else []


class CheckedFind:
    """find/?id= (and pages' ?html_path=) checked before the lookup."""

    def find_object(self, queryset, request):
        if "id" in request.GET:
            check_filter_value(queryset.model, "id", request.GET["id"])
        no_null("html_path", request.GET.get("html_path", ""))
        return super().find_object(queryset, request)


def checked(backends):
    """Wagtail's filter backends with the checked ones in their place."""
    replacements = {
        filters.FieldsFilter: FieldsFilter,
        filters.SearchFilter: SearchFilter,
        filters.LocaleFilter: LocaleFilter,
    }
    return [replacements.get(backend, backend) for backend in backends]


class PagesAPI(CheckedFind, PagesAPIViewSet):
    pagination_class = Pagination
    filter_backends = checked(PagesAPIViewSet.filter_backends)


class ImagesAPI(CheckedFind, ImagesAPIViewSet):
    pagination_class = Pagination
    filter_backends = checked(ImagesAPIViewSet.filter_backends)


class DocumentsAPI(CheckedFind, DocumentsAPIViewSet):
    """Documents used by live, public pages: never a draft's embargoed report."""

    pagination_class = Pagination
    filter_backends = checked(DocumentsAPIViewSet.filter_backends)

    def get_queryset(self):
        return public_documents(super().get_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PagesAPI)
api_router.register_endpoint("images", ImagesAPI)
api_router.register_endpoint("documents", DocumentsAPI)
