"""Shared models: the user, site-wide content per language, and the base for every page."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core.normalise import indexed_text, normalised_text
from core.pageforms import LocalisedPageForm
from core.panels import TranslationStatusPanel


class User(AbstractUser):
    """The project's own user model, in place from the first migration."""

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [
            ("handle_personal_data", _("Can find, export and erase one person's data")),
        ]


class SiteIdentity(TranslatableMixin, models.Model):
    """Site-wide copy for one language: name, logo, contact details, EU acknowledgement.

    One row per locale; editors translate the Albanian row with wagtail-localize.
    """

    site_name = models.CharField(_("site name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer and from every form that asks for consent."),
    )
    eu_funding_statement = models.CharField(
        _("EU funding statement"),
        max_length=120,
        help_text=_('Shown beside the EU emblem, e.g. "Funded by the European Union".'),
    )
    eu_disclaimer = models.TextField(
        _("EU disclaimer"),
        help_text=_("The disclaimer required of every EU-funded action's publications and sites."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
                FieldPanel("footer_text"),
                FieldPanel("privacy_page"),
            ],
            heading=_("Footer"),
        ),
        MultiFieldPanel(
            [FieldPanel("eu_funding_statement"), FieldPanel("eu_disclaimer")],
            heading=_("EU funding acknowledgement"),
        ),
    ]

    override_translatable_fields = [
        SynchronizedField("logo"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("privacy_page"),
        TranslatableField("address"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site identity")
        verbose_name_plural = _("site identity")

    def __str__(self):
        return f"{self.site_name} ({self.locale})"

    @classmethod
    def for_locale(cls, locale):
        """The row for `locale`, else the default locale's, else None."""
        rows = {row.locale.language_code: row for row in cls.objects.select_related("locale")}
        return rows.get(locale.language_code) or rows.get(settings.LANGUAGE_CODE)


@register_setting(icon="link")
class SocialMediaSettings(BaseSiteSetting):
    """Links to the action's social media accounts, the same in both languages."""

    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    x = models.URLField(_("X (Twitter)"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)

    panels = [
        FieldPanel("facebook"),
        FieldPanel("instagram"),
        FieldPanel("x"),
        FieldPanel("youtube"),
        FieldPanel("linkedin"),
    ]

    class Meta:
        verbose_name = _("social media")

    def links(self):
        """(label, url) for every account that is set, in display order."""
        fields = ["facebook", "instagram", "x", "youtube", "linkedin"]
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in fields
            if getattr(self, name)
        ]


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


class Taxonomy(TranslatableMixin, models.Model):
    """A translatable list of terms that pages are filtered by (topics, publication types,
    audiences, focus areas): a name per language and a slug shared by every language, so a
    filtered address survives a language switch."""

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        help_text=_("Used in filter addresses; the same in every language."),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]
    override_translatable_fields = [SynchronizedField("slug")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_%(class)s_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class Topic(Taxonomy):
    """A subject shared by research, campaigns and events (electoral reform, youth, ...)."""

    description = models.TextField(_("description"), blank=True)

    panels = [*Taxonomy.panels, FieldPanel("description")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class Person(TranslatableMixin, models.Model):
    """An author, speaker or stakeholder, with the affiliation shown beside the name."""

    given_name = models.CharField(_("given name"), max_length=100)
    family_name = models.CharField(_("family name"), max_length=100)
    affiliation = models.CharField(_("affiliation"), max_length=200, blank=True)
    role = models.CharField(_("role or position"), max_length=200, blank=True)
    bio = models.TextField(_("short biography"), blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("web page"), blank=True)

    panels = [
        FieldPanel("given_name"),
        FieldPanel("family_name"),
        FieldPanel("affiliation"),
        FieldPanel("role"),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("website"),
    ]
    override_translatable_fields = [
        SynchronizedField("given_name"),
        SynchronizedField("family_name"),
        SynchronizedField("photo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["family_name", "given_name"]

    def __str__(self):
        return self.full_name

    @property
    def full_name(self):
        return f"{self.given_name} {self.family_name}".strip()


class ElectionKind(models.TextChoices):
    PARLIAMENTARY = "parliamentary", _("Parliamentary elections")
    LOCAL = "local", _("Local elections")
    PARTIAL = "partial", _("Partial (by-)elections")
    REFERENDUM = "referendum", _("Referendum")


class Election(TranslatableMixin, models.Model):
    """An election that research, campaigns and events may concern."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=100)
    kind = models.CharField(_("kind"), max_length=20, choices=ElectionKind.choices)
    date = models.DateField(_("election day"))

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("date")]
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("date")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("election")
        verbose_name_plural = _("elections")
        ordering = ["-date"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_election_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class PlaceName(models.Model):
    """Albania's administrative places carry both names; `name` follows the active language."""

    name_sq = models.CharField(_("Albanian name"), max_length=60)
    name_en = models.CharField(_("English name"), max_length=60)

    class Meta:
        abstract = True

    def __str__(self):
        return self.name

    @property
    def name(self):
        return self.name_en if get_language() == "en" else self.name_sq


class County(PlaceName):
    """One of Albania's 12 counties (qarqe), ISO 3166-2:AL; loaded by a data migration."""

    code = models.CharField(_("code"), max_length=5, unique=True)
    seat = models.CharField(_("county seat"), max_length=60)
    latitude = models.DecimalField(_("latitude"), max_digits=8, decimal_places=4)
    longitude = models.DecimalField(_("longitude"), max_digits=8, decimal_places=4)

    class Meta:
        verbose_name = _("county")
        verbose_name_plural = _("counties")
        ordering = ["name_sq"]


class Municipality(PlaceName):
    """One of Albania's 61 municipalities (bashki), by county (Law 115/2014 and amendments)."""

    county = models.ForeignKey(
        County, verbose_name=_("county"), on_delete=models.PROTECT, related_name="municipalities"
    )
    slug = models.SlugField(_("slug"), max_length=60, unique=True)

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name_sq"]
