"""The CSO directory: organisation profiles under an index page, and their focus areas.

Profiles are written in Albanian and translated with wagtail-localize; names, descriptions,
mission and networks are translated, everything else (places, contacts, links) is synchronised.
"""

from django import forms
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import collation, fragments
from core.blocks import BodyStreamBlock
from core.models import BasePage, ListingPage, Taxonomy

NIPT_VALIDATOR = RegexValidator(
    r"^[A-Z][0-9]{8}[A-Z]$",
    _("Enter a NIPT as a letter, eight digits and a letter, e.g. L12345678A."),
    code="invalid_nipt",
)
SOCIAL_FIELDS = ["facebook", "instagram", "x", "linkedin", "youtube"]


class FocusArea(Taxonomy):
    """What an organisation works on: election observation, voter education, youth, ..."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")


class OrganisationIndexPage(ListingPage):
    template = "organisations/organisation_index_page.html"
    subpage_types = ["organisations.OrganisationPage"]

    class Meta:
        verbose_name = _("organisation directory")

    link_routes = {"register": _("Registration of organisations")}  # see core.blocks

    def listing_context(self, request):
        from organisations.views import directory_context  # noqa: PLC0415 (that module imports the models)

        return directory_context(self, request)

    @path("register/", name="register")
    def register(self, request):
        from organisations.registration import register  # noqa: PLC0415 (that module imports the models)

        return register(self, request)

    @path("register/confirm/", name="confirm")
    def confirm(self, request):
        from organisations.registration import confirm_application  # noqa: PLC0415 (that module imports the models)

        return confirm_application(self, request)

    @path("register/login/", name="link_login")
    def link_login(self, request):
        from organisations.registration import link_login  # noqa: PLC0415 (that module imports the models)

        return link_login(self, request)

    @path("register/new-link/", name="new_link")
    def new_link(self, request):
        from organisations.registration import new_link  # noqa: PLC0415 (that module imports the models)

        return new_link(self, request)


class OrganisationPage(BasePage):
    template = "organisations/organisation_page.html"
    parent_page_types = ["organisations.OrganisationIndexPage"]
    subpage_types = []
    card_image_field = "logo"

    acronym = models.CharField(
        _("acronym"), max_length=30, blank=True, help_text=_("The short name, e.g. KRIIK.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the directory and on the profile; a square image works best."),
    )
    intro = models.TextField(
        _("short description"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences for the directory list."),
    )
    mission = models.TextField(_("mission"), blank=True)
    focus_areas = ParentalManyToManyField(
        FocusArea,
        verbose_name=_("focus areas"),
        blank=True,
        related_name="organisations",
        help_text=_("Visitors filter the directory by focus area."),
    )
    counties = ParentalManyToManyField(
        "core.County", verbose_name=_("counties it works in"), blank=True, related_name="+"
    )
    municipalities = ParentalManyToManyField(
        "core.Municipality",
        verbose_name=_("municipalities it works in"),
        blank=True,
        related_name="+",
    )
    seat = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("seat"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The municipality of the head office."),
    )
    founding_year = models.PositiveSmallIntegerField(
        _("founding year"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), MaxValueValidator(2100)],
    )
    nipt = models.CharField(
        _("NIPT (registration number)"),
        max_length=10,
        blank=True,
        validators=[NIPT_VALIDATOR],
        help_text=_("The tax registration number, e.g. L12345678A."),
    )
    contact_email = models.EmailField(
        _("contact email"), blank=True, help_text=_("Public: shown on the profile.")
    )
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(
        _("website"), blank=True, help_text=_("The full address, starting with https://")
    )
    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    x = models.URLField(_("X (Twitter)"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    networks = models.TextField(
        _("networks and coalitions"), blank=True, help_text=_("One per line.")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("profile"), blank=True)
    sort_key = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
    initial = models.CharField(max_length=2, blank=True, editable=False)
    name_folded = models.CharField(max_length=300, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("acronym"),
                FieldPanel("logo"),
                FieldPanel("founding_year"),
                FieldPanel("nipt"),
            ],
            heading=_("Identity"),
        ),
        FieldPanel("intro"),
        FieldPanel("mission"),
        FieldPanel("focus_areas", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [
                FieldPanel("seat"),
                FieldPanel("counties", widget=forms.CheckboxSelectMultiple),
                FieldPanel("municipalities"),
            ],
            heading=_("Where it works"),
        ),
        MultiFieldPanel(
            [FieldPanel("contact_email"), FieldPanel("phone"), FieldPanel("website")]
            + [FieldPanel(name) for name in SOCIAL_FIELDS],
            heading=_("Contact"),
        ),
        FieldPanel("networks"),
        FieldPanel("body"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("acronym", boost=2),
        index.SearchField("intro"),
        index.SearchField("mission"),
        index.AutocompleteField("acronym"),
    ]
    api_fields = [
        APIField("acronym"),
        APIField("logo"),
        APIField("intro"),
        APIField("mission"),
        APIField("focus_area_list"),
        APIField("county_codes"),
        APIField("seat_name"),
        APIField("founding_year"),
        APIField("nipt"),
        APIField("contact_email"),
        APIField("phone"),
        APIField("website"),
        APIField("social_links"),
        APIField("network_list"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField(name)
        for name in [
            "logo",
            "focus_areas",
            "counties",
            "municipalities",
            "seat",
            "founding_year",
            "nipt",
            "contact_email",
            "phone",
            "website",
            *SOCIAL_FIELDS,
        ]
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        permissions = [("export_directory", _("Can export the organisation directory as CSV"))]

    @property
    def display_name(self):
        return f"{self.title} ({self.acronym})" if self.acronym else self.title

    @property
    def summary_text(self):
        return super().summary_text or self.intro

    card_prefetch = ("seat",)
    shows_pages_alone = True  # its activity (registrations too) is a hole (BasePage)

    @property
    def card_parts(self):
        """What a kept card shows beyond the row (core_tags.cards): its focus areas' names."""
        return tuple(getattr(self, "listed_focus_areas", ()))

    @property
    def card_label(self):
        return self.acronym

    @property
    def network_list(self):
        return [line.strip() for line in self.networks.splitlines() if line.strip()]

    @property
    def social_links(self):
        """{network: url} for every social profile that is set, in display order."""
        return {name: getattr(self, name) for name in SOCIAL_FIELDS if getattr(self, name)}

    @property
    def focus_area_list(self):
        return [{"slug": area.slug, "name": area.name} for area in self.focus_areas.all()]

    @property
    def county_codes(self):
        return [county.code for county in self.counties.all()]

    @property
    def seat_name(self):
        return self.seat.name if self.seat else ""

    def full_clean(self, *args, **kwargs):
        self.nipt = (self.nipt or "").strip().upper()
        super().full_clean(*args, **kwargs)

    def save(self, *args, **kwargs):
        language = self.locale.language_code if self.locale_id else "sq"
        self.sort_key = collation.sort_key(self.title, language)
        self.initial = collation.initial(self.title, language)
        self.name_folded = collation.folded(f"{self.title} {self.acronym}")[:300]
        super().save(*args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        from organisations.views import profile_context, visitor_context  # noqa: PLC0415 (that module imports the models)

        context = super().get_context(request, *args, **kwargs)
        context.update(visitor_context(self, request))
        parts = fragments.page_parts(request, self)
        return fragments.whole_page(request, context, parts, lambda: profile_context(self, request))
