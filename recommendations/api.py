"""The register's records in the Wagtail API (/api/v2/recommendations/), with the checked filters
of core.api."""

from wagtail.api.v2 import filters
from wagtail.api.v2.views import BaseAPIViewSet

from core.api import CheckedFind, FieldsFilter, LocaleFilter, Pagination, api_router
from recommendations.models import Recommendation


class RecommendationsAPI(CheckedFind, BaseAPIViewSet):
    model = Recommendation
    pagination_class = Pagination
    filter_backends = [FieldsFilter, filters.OrderingFilter, LocaleFilter]
    listing_default_fields = BaseAPIViewSet.listing_default_fields + [
        "reference_code",
        "text",
        "institution_slug",
        "status",
        "status_by",
    ]
    name = "recommendations"

    def get_queryset(self):
        return (
            Recommendation.objects.select_related("institution", "election", "locale")
            .prefetch_related("topics")
            .order_by("id")
        )


def register():
    if "recommendations" not in api_router._endpoints:
        api_router.register_endpoint("recommendations", RecommendationsAPI)
