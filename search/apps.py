from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "search"
    verbose_name = _("Site search")

    def ready(self):
        from wagtail.signals import page_published, page_unpublished

        from search.suggest import forget_vocabulary

        page_published.connect(forget_vocabulary, dispatch_uid="search_forget_published")
        page_unpublished.connect(forget_vocabulary, dispatch_uid="search_forget_unpublished")
