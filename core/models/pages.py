"""The base for every page: social image, listing summary, title search; listing pages and
related pages."""

from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.normalise import indexed_text, normalised_text
from core.pageforms import LocalisedPageForm
from core.panels import TranslationStatusPanel


class TitleSearchField(index.SearchField):
    """The title's normalised terms, indexed as title (beside the title as written), so that
    `zgjedhje` finds a page titled "Zgjedhjet ..." with the weight backends give titles."""

    def get_value(self, obj):
        title = super().get_value(obj) or ""
        language = obj.locale.language_code if obj.locale_id else ""
        return normalised_text(title, language) if language else ""


class BasePage(Page):
    """Abstract base of every page type: a social sharing image and a listing summary."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared; 1200×630 pixels works best."),
    )
    listing_summary = models.CharField(
        _("listing summary"),
        max_length=300,
        blank=True,
        help_text=_("A sentence or two for cards and listings; the search description if empty."),
    )

    base_form_class = LocalisedPageForm  # lists of terms in the page's language only
    visitor_name = ""  # the page type's name in search results and facets (verbose name if empty)
    in_kind_facet = True  # whether search offers the page type as a "Content type" value
    card_image_field = "social_image"  # the image field cards and listings show
    card_image_contain = False  # True: show the whole image (covers, logos), never a crop
    # What a kept card shows beyond the page's own row and what the chrome follows (a count, a
    # state in time): part of the card's cache key (core_tags.cards).
    card_parts = ()
    # True when the page's cached content (base.html's page-head and page-main, outside its
    # `{% uncached %}` holes) shows pages, snippets, settings and time alone, nothing that a
    # registration, a pledge or a comment changes: kept until the next edit or time boundary
    # (core.fragments.kept) rather than the next content change.
    shows_pages_alone = False
    # What a card's template reads through relations besides its image (prefetch_card_images),
    # fetched only for the cards not kept already.
    card_prefetch = ()

    @classmethod
    def prepare_cards(cls, items):
        """Fetch what the cards of `items` (pages of this type) show, for the cards that must be
        rendered (core_tags.cards); a listing's own query then loads the rows alone."""
        prefetch_related_objects(items, *cls.card_prefetch)

    # The notice that the other language is missing or out of date (core.panels).
    content_panels = [TranslationStatusPanel(), *Page.content_panels]
    promote_panels = Page.promote_panels + [
        FieldPanel("listing_summary"),
        FieldPanel("social_image"),
    ]

    search_fields = Page.search_fields + [
        TitleSearchField("title", boost=2),
        index.SearchField("listing_summary"),
        index.SearchField("search_terms"),
        index.FilterField("search_facet_values"),
        index.FilterField("search_day"),
    ]

    # Set by the search app (search.facets), which knows the facets and each page type's own
    # date: page -> ["kind:…", "year:…", "topic:…"], page -> ISO date. Only Elasticsearch and
    # OpenSearch read these filter fields (to count, filter and sort in the engine).
    facet_values_of = None
    day_of = None

    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("social_image")]

    class Meta:
        abstract = True

    @property
    def summary_text(self):
        """The best short description of the page for cards and meta tags."""
        return self.listing_summary or self.search_description or ""

    def search_terms(self):
        """Every search field's text as normalised terms in the page's language (folded,
        stemmed; see core.normalise), indexed so that any backend matches Albanian forms the
        same way."""
        return normalised_text(indexed_text(self), self.locale.language_code)

    def search_facet_values(self):
        return BasePage.facet_values_of(self) if BasePage.facet_values_of else []

    def search_day(self):
        return BasePage.day_of(self) if BasePage.day_of else None

    def get_card_image(self):
        """The image a card shows: `card_image_field`, else the social image."""
        return getattr(self, self.card_image_field) or self.social_image


class ListingPage(RoutablePageMixin, BasePage):
    """Abstract base of the section pages that list their children with filters (the research
    library, campaigns, events, the directory): one per language under the home page, an
    introduction, and the listing's own context from `listing_context`."""

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.listing_context(request))
        return context

    def listing_context(self, request):
        """What the listing template needs besides the page: filters, a page of results..."""
        raise NotImplementedError


class RelatedPage(Orderable):
    """A page an editor chose to show as related, in order. A subclass adds
    `page = ParentalKey(TheirPage, related_name="related_pages", on_delete=models.CASCADE)` and
    `panels` (a PageChooserPanel for "related" with the page types it may point at)."""

    related = models.ForeignKey(
        "wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta(Orderable.Meta):
        abstract = True


def prefetch_card_images(pages):
    """Load the image each page's card shows (`card_image_field`) with its renditions: two
    queries, whatever the page types (core_tags.cards, for the cards it must render)."""
    fields = {page.pk: getattr(type(page), "card_image_field", "social_image") for page in pages}
    wanted = {getattr(page, f"{fields[page.pk]}_id", None) for page in pages} - {None}
    if not wanted:
        return
    images = get_image_model().objects.filter(pk__in=wanted).prefetch_related("renditions")
    by_id = {image.pk: image for image in images}
    for page in pages:
        image_id = getattr(page, f"{fields[page.pk]}_id", None)
        if image_id in by_id:
            setattr(page, fields[page.pk], by_id[image_id])
