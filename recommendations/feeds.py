"""RSS and Atom feeds of status changes: each published assessment, newest first."""

from datetime import datetime, time

from django.utils import timezone
from django.utils.translation import gettext as _

from core.feeds import FEED_LENGTH, ListingFeed, atom
from core.mail import absolute
from recommendations.models import Assessment, Moderation, Recommendation


class StatusRssFeed(ListingFeed):
    def description(self):
        return _("Changes in the implementation status of electoral recommendations.")

    def items(self):
        assessments = (
            Assessment.objects.filter(moderation=Moderation.PUBLISHED)
            .select_related("recommendation", "organisation")
            .order_by("-assessed_on", "-pk")[:FEED_LENGTH]
        )
        assessments = list(assessments)
        keys = {item.recommendation.translation_key for item in assessments}
        here = Recommendation.objects.filter(translation_key__in=keys, locale=self.index.locale)
        by_key = {row.translation_key: row for row in here}
        for item in assessments:
            item.local = by_key.get(item.recommendation.translation_key, item.recommendation)
        return assessments

    def item_title(self, item):
        return _("%(code)s: %(status)s (%(assessor)s)") % {
            "code": item.local.reference_code,
            "status": item.get_status_display(),
            "assessor": item.assessor,
        }

    def item_description(self, item):
        return f"{item.local.text}\n\n{item.reason}"

    def item_link(self, item):
        return absolute(self.index.record_url(item.local)) + f"#assessment-{item.pk}"

    def item_guid(self, item):
        return self.item_link(item)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.assessed_on, time(9)))

    def item_updateddate(self, item):
        return item.created_at


StatusAtomFeed = atom(StatusRssFeed)
