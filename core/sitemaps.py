from django.db.models import Q

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class LocalizedSitemap(Sitemap):
    """Wagtail's sitemap lists one language's tree; this one lists every language's."""

    def items(self):
        root = self.get_wagtail_site().root_page
        roots = Page.objects.filter(translation_key=root.translation_key)
        in_any_tree = Q()
        for path in roots.values_list("path", flat=True):
            in_any_tree |= Q(path__startswith=path)
        return (
            Page.objects.filter(in_any_tree)
            .live()
            .public()
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
