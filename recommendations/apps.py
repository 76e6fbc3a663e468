from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RecommendationsConfig(AppConfig):
    name = "recommendations"
    verbose_name = _("Recommendations")

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.signals import page_published

        from core import fragments, invalidation
        from recommendations import api, status, sync
        from recommendations.models import Assessment, Recommendation

        for signal in (post_save, post_delete):
            signal.connect(
                status.on_assessment_change, sender=Assessment, dispatch_uid=f"rs{id(signal)}"
            )
            for model in (Assessment, Recommendation):
                signal.connect(
                    invalidation.schedule_purge,
                    sender=model,
                    dispatch_uid=f"rp{id(signal)}{model.__name__}",
                )
                signal.connect(
                    fragments.bump, sender=model, dispatch_uid=f"rf{id(signal)}{model.__name__}"
                )
        m2m_changed.connect(
            fragments.bump, sender=Recommendation.topics.through, dispatch_uid="rf_m2m"
        )
        page_published.connect(sync.on_publish, dispatch_uid="recommendations_sync")
        api.register()
