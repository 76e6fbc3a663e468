"""The compact search index that the PostgreSQL search page queries.

Wagtail's own index entry keeps, per page, tsvectors of every field with positions, raw PDF text
included: matching a common word ("zgjedhje" is in nearly every paper) had to read all of them
(290 ms at 10,000 publications). This table keeps only what the search page needs: the page's
normalised terms (core.normalise) and title terms without positions, its own date, and the
page's locale, type and live flag, so that matching, counting and faceting never join the page
tree; under a GIN index the same query then takes 7 ms. (Pages are saved, so re-indexed, when
they are published or unpublished; locale and type never change.) It is written by
search.backend, so it follows every publish, unpublish, delete and `update_index` exactly as
Wagtail's index does; rows go with their page. Only the PostgreSQL backend writes it: other
backends search their own index.
"""

from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    page = models.OneToOneField(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="search_entry",
    )
    locale = models.ForeignKey("wagtailcore.Locale", on_delete=models.CASCADE, related_name="+")
    content_type = models.ForeignKey(
        "contenttypes.ContentType", on_delete=models.CASCADE, related_name="+"
    )
    live = models.BooleanField()
    terms = SearchVectorField(help_text="Every search field's normalised terms, no positions")
    title_terms = SearchVectorField(help_text="The title's normalised terms")
    day = models.DateField(null=True, help_text="The page's own date, else first publication")

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")

    def __str__(self):
        return f"search entry {self.page_id}"
