"""The CSO directory: organisation profiles under an index page.

This first version holds what other sections link to (name, acronym, logo, website, summary);
registration by organisations and moderation build on it.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.blocks import BodyStreamBlock
from core.models import BasePage


class OrganisationIndexPage(BasePage):
    template = "organisations/organisation_index_page.html"
    parent_page_types = ["home.HomePage"]
    subpage_types = ["organisations.OrganisationPage"]
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("organisation directory")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["organisations"] = (
            OrganisationPage.objects.child_of(self)
            .live()
            .public()
            .order_by("title")
            .select_related("logo")
            .prefetch_related("logo__renditions")
        )
        return context


class OrganisationPage(BasePage):
    template = "organisations/organisation_page.html"
    parent_page_types = ["organisations.OrganisationIndexPage"]
    subpage_types = []
    card_image_field = "logo"

    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    intro = models.TextField(_("mission"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("profile"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("acronym"), FieldPanel("logo"), FieldPanel("website")],
            heading=_("Identity"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("acronym", boost=2),
        index.SearchField("intro"),
        index.AutocompleteField("acronym"),
    ]
    api_fields = [APIField("acronym"), APIField("logo"), APIField("website"), APIField("intro")]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("logo"),
        SynchronizedField("website"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    @property
    def display_name(self):
        return f"{self.title} ({self.acronym})" if self.acronym else self.title

    @property
    def summary_text(self):
        return super().summary_text or self.intro
