"""The home page and general pages (About, Privacy policy, ...)."""

from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import fragments, routecache
from core.blocks import BodyStreamBlock
from core.models import BasePage
from home.sections import build_sections, hero_links


class HomePage(BasePage):
    """The root of each language's site: a hero, then sections other apps contribute."""

    template = "home/home_page.html"
    parent_page_types = ["wagtailcore.Page"]
    shows_pages_alone = True  # its hero, sections and body (core.models.pages.BasePage)
    card_image_field = "hero_image"

    hero_heading = models.CharField(
        _("hero heading"), max_length=160, help_text=_("The page title if empty."), blank=True
    )
    hero_intro = RichTextField(
        _("hero introduction"), features=["bold", "italic", "link"], blank=True
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_cta_label = models.CharField(_("hero button label"), max_length=60, blank=True)
    hero_cta_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("hero button page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("hero_heading"),
                FieldPanel("hero_intro"),
                FieldPanel("hero_image"),
                FieldPanel("hero_cta_label"),
                PageChooserPanel("hero_cta_page"),
            ],
            heading=_("Hero"),
        ),
        InlinePanel(
            "featured_pages",
            label=_("Featured on the home page"),
            help_text=_(
                "Pages picked here lead their section (publications, campaigns, round tables, "
                "organisations); the newest content fills the rest."
            ),
        ),
        FieldPanel("body"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("hero_heading"),
        index.SearchField("hero_intro"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("hero_heading"),
        APIField("hero_intro"),
        APIField("hero_image"),
        APIField("body"),
    ]

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("hero_image"),
        SynchronizedField("hero_cta_page"),
    ]

    in_kind_facet = False  # one page, which visitors reach by the logo, not by search

    class Meta:
        verbose_name = _("home page")

    def route(self, request, path_components):
        """Wagtail's routing, through the cache of paths to pages (core.routecache)."""
        return routecache.route(
            self,
            request,
            path_components,
            lambda: super(HomePage, self).route(request, path_components),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read only when the template asks (the rendered home page is usually cached). The
        # sections show pages alone, chosen by edits and by time (an event starting, a campaign
        # ending), so they are kept until the next edit or time boundary (core.fragments.kept).
        context["sections"] = SimpleLazyObject(
            lambda: fragments.kept(
                request, "home-sections", self.pk, lambda: build_sections(self, request), timed=True
            )
        )
        # The hero only shows this page's fields and the sections' index pages, so it is kept
        # with the chrome (publishing, moving or unpublishing a page, an image changed).
        context["hero_links"] = SimpleLazyObject(lambda: hero_links(request))
        return context


class HomePageFeatured(Orderable):
    """A page the editors put first in its home page section."""

    home = ParentalKey(HomePage, related_name="featured_pages", on_delete=models.CASCADE)
    page = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [PageChooserPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("featured page")
        verbose_name_plural = _("featured pages")


class StandardPage(BasePage):
    """A general page: About, Privacy policy, Contact, ..."""

    template = "home/standard_page.html"
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    shows_pages_alone = True  # its body and related pages (core.models.pages.BasePage)
    subpage_types = ["home.StandardPage"]

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]

    api_fields = [APIField("intro"), APIField("body"), APIField("last_published_at")]
    visitor_name = pgettext_lazy("content type", "Page")

    class Meta:
        verbose_name = _("standard page")

    @property
    def summary_text(self):
        return super().summary_text or self.intro
