from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import PageViewRestriction
        from wagtail.signals import page_published, page_unpublished, post_page_move

        from core.models import BasePage
        from search.facets import index_day, index_values
        from search.suggest import forget_all_vocabularies, forget_deleted_page, forget_vocabulary

        BasePage.facet_values_of, BasePage.day_of = index_values, index_day
        page_published.connect(forget_vocabulary, dispatch_uid="search_forget_published")
        page_unpublished.connect(forget_vocabulary, dispatch_uid="search_forget_unpublished")
        post_page_move.connect(forget_all_vocabularies, dispatch_uid="search_forget_moved")
        post_delete.connect(forget_deleted_page, dispatch_uid="search_forget_deleted")
        for signal in (post_save, post_delete):
            signal.connect(
                forget_all_vocabularies,
                sender=PageViewRestriction,
                dispatch_uid=f"search_forget_restriction_{signal is post_save}",
            )
