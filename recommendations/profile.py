"""A civil-society organisation's published assessments, as entries of its profile:
organisations.activity finds them by model label (Assessment.profile_entries), since
organisations sits below this app and may not import it."""

from types import SimpleNamespace

from django.utils.formats import date_format
from django.utils.text import Truncator

from recommendations.models import Recommendation, RecommendationIndexPage


def profile_entries(rows, locale, limit=12):
    """[entry with title, url and card_meta], newest first, linking to the register's records
    in `locale`; none when that language has no register."""
    rows = list(rows.select_related("recommendation").order_by("-assessed_on", "-pk")[:limit])
    if not rows:
        return []
    register = RecommendationIndexPage.objects.live().public().filter(locale=locale).first()
    if register is None:
        return []
    keys = {row.recommendation.translation_key for row in rows}
    local = {
        item.translation_key: item
        for item in Recommendation.objects.filter(locale=locale, translation_key__in=keys)
    }
    return [
        SimpleNamespace(
            title=f"{item.reference_code}: {Truncator(item.text).chars(100)}",
            url=register.record_url(item),
            card_meta=f"{row.get_status_display()}, {date_format(row.assessed_on)}",
        )
        for row in rows
        if (item := local.get(row.recommendation.translation_key))
    ]
