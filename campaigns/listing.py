"""The campaigns listing: active first, then upcoming, then ended; by topic, audience, county."""

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from campaigns.models import Audience, CampaignPage
from campaigns.support import supporter_counts
from core.listing import Dimension, FacetedListing, county_dimension, slug_exists, slug_labels
from core.models import Topic


class CampaignListing(FacetedListing):
    page_size = 12

    @property
    def dimensions(self):
        return {
            "topic": Dimension("topics__slug", _("Topic"), slug_labels(Topic), slug_exists(Topic)),
            "audience": Dimension(
                "audiences__slug", _("Audience"), slug_labels(Audience), slug_exists(Audience)
            ),
            "county": county_dimension(),
        }

    def base_queryset(self):
        return CampaignPage.objects.child_of(self.index).live().public()

    def ordered(self, queryset):
        today = timezone.localdate()
        rank = Case(
            When(Q(start_date__gt=today), then=Value(1)),
            When(Q(end_date__lt=today), then=Value(2)),
            default=Value(0),
            output_field=IntegerField(),
        )
        return queryset.annotate(rank=rank).order_by("rank", "-start_date", "-pk")

    def page(self):
        page = super().page()
        if not hasattr(self, "_counted"):
            page.object_list = list(page.object_list)

            counts = supporter_counts(item.translation_key for item in page.object_list)
            for item in page.object_list:
                item.listed_supporters = counts.get(item.translation_key, 0)
            self._counted = True
        return page
