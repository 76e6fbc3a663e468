"""The recommendations tracker: institutions, recommendations, their assessments, the register.

A recommendation exists once per language (TranslatableMixin); its translations share a
`translation_key`, and assessments attach to any of them. Its *effective status* is stored on
every translation (recommendations.status.refresh): ODIHR's latest assessment if there is one,
else the latest published CSO assessment, else "not yet assessed"; `status_by` says which.
"""

from django.conf import settings
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import path
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core.i18n import TranslatesRelations
from core.models import ListingPage, Taxonomy
from core.normalise import indexed_text, normalised_text


class Status(models.TextChoices):
    """ODIHR's follow-up scale, plus "not yet assessed"."""

    FULLY = "fully", _("Fully implemented")
    MOSTLY = "mostly", _("Mostly implemented")
    PARTIALLY = "partially", _("Partially implemented")
    NOT_IMPLEMENTED = "not-implemented", _("Not implemented")
    NOT_ASSESSED = "not-assessed", _("Not yet assessed")


ASSESSED = [choice for choice in Status.choices if choice[0] != Status.NOT_ASSESSED]


class SourceKind(models.TextChoices):
    PUBLICATION = "publication", _("Platform publication")
    ODIHR = "odihr", _("OSCE/ODIHR final report")
    ROUND_TABLE = "round-table", _("Round-table conclusions")


class AssessorKind(models.TextChoices):
    ODIHR = "odihr", _("OSCE/ODIHR")
    CSO = "cso", _("Civil-society organisation")


class Moderation(models.TextChoices):
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


class Institution(Taxonomy):
    """Who a recommendation is addressed to: the Assembly, the CEC, the Government, ..."""

    description = models.TextField(_("description"), blank=True)

    panels = [*Taxonomy.panels, FieldPanel("description")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("institution")
        verbose_name_plural = _("institutions")


def validate_links(value):
    """One web address a line."""
    check = URLValidator(schemes=["http", "https"])
    for line in value.splitlines():
        if line.strip():
            try:
                check(line.strip())
            except ValidationError as error:
                raise ValidationError(_("Write one web address (https://…) a line.")) from error


class Recommendation(TranslatesRelations, TranslatableMixin, index.Indexed, models.Model):
    translated_relations = ["topics"]  # a translation gets the topics in its language

    reference_code = models.CharField(
        _("reference code"), max_length=40, help_text=_("e.g. ODIHR-2025-12 or the report's own")
    )
    slug = models.SlugField(_("slug"), max_length=80, help_text=_("Its address in the register."))
    text = models.TextField(_("recommendation"))
    institution = models.ForeignKey(
        Institution,
        verbose_name=_("addressed to"),
        on_delete=models.PROTECT,
        related_name="recommendations",
    )
    topics = models.ManyToManyField("core.Topic", verbose_name=_("topics"), blank=True)
    election = models.ForeignKey(
        "core.Election",
        verbose_name=_("election it follows"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_kind = models.CharField(_("source"), max_length=20, choices=SourceKind.choices)
    source_title = models.CharField(_("source title"), max_length=255, blank=True)
    source_url = models.URLField(_("source address"), blank=True)
    source_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("source page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    source_block_id = models.CharField(max_length=64, blank=True, editable=False)
    is_demo = models.BooleanField(_("demo content"), default=False)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=Status.choices,
        default=Status.NOT_ASSESSED,
        editable=False,
    )
    status_by = models.CharField(
        _("status according to"),
        max_length=10,
        choices=AssessorKind.choices,
        blank=True,
        editable=False,
    )
    status_date = models.DateField(_("status date"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    panels = [
        FieldPanel("reference_code"),
        FieldPanel("slug"),
        FieldPanel("text"),
        FieldPanel("institution"),
        FieldPanel("topics"),
        FieldPanel("election"),
        MultiFieldPanel(
            [
                FieldPanel("source_kind"),
                FieldPanel("source_title"),
                FieldPanel("source_url"),
                FieldPanel("source_page"),
            ],
            heading=_("Source"),
        ),
        FieldPanel("is_demo"),
    ]
    search_fields = [
        index.SearchField("text"),
        index.SearchField("reference_code"),
        index.SearchField("source_title"),
        index.SearchField("search_terms"),
        index.AutocompleteField("text"),
        index.FilterField("locale"),
        index.FilterField("reference_code"),  # site search lists records in code order
        index.FilterField("status"),
        index.FilterField("source_kind"),
        index.FilterField("institution"),
        index.FilterField("election"),
        index.RelatedFields("institution", [index.SearchField("name")]),
    ]
    api_fields = [
        APIField("reference_code"),
        APIField("slug"),
        APIField("text"),
        APIField("institution_slug"),
        APIField("topic_slugs"),
        APIField("election_slug"),
        APIField("source_kind"),
        APIField("source_title"),
        APIField("source_url"),
        APIField("status"),
        APIField("status_by"),
        APIField("status_date"),
        APIField("is_demo"),
    ]
    override_translatable_fields = [
        SynchronizedField("reference_code"),
        SynchronizedField("slug"),
        SynchronizedField("source_kind"),
        SynchronizedField("source_url"),
        SynchronizedField("source_page"),
        SynchronizedField("is_demo"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("recommendation")
        verbose_name_plural = _("recommendations")
        ordering = ["reference_code"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_recommendation_slug_per_locale"
            )
        ]

    def __str__(self):
        return f"{self.reference_code}: {self.text[:80]}"

    @property
    def search_title(self):
        """The record's name in site search's results."""
        return f"{self.reference_code}: {Truncator(self.text).words(16)}"

    @property
    def search_date(self):
        return self.status_date

    def search_terms(self):
        """The searched text as normalised terms (core.normalise), as pages index theirs."""
        return normalised_text(indexed_text(self), self.locale.language_code)

    @classmethod
    def search_register_url(cls, locale):
        """Site search (search.records): the URL of the live, public register in `locale`, or
        None when the public has none there (then no record of it is found)."""
        index = RecommendationIndexPage.objects.live().public().filter(locale=locale).first()
        return index.url if index else None

    @classmethod
    def search_records(cls, locale):
        records = cls.objects.filter(locale=locale).order_by("reference_code")
        return records.select_related("locale", "institution")

    def search_url(self, register_url):
        resolver = RecommendationIndexPage.get_resolver()
        return register_url + resolver.reverse("recommendation", self.slug)

    @property
    def institution_slug(self):
        return self.institution.slug

    @property
    def election_slug(self):
        return self.election.slug if self.election_id else None

    @property
    def topic_slugs(self):
        return [topic.slug for topic in self.topics.all()]

    def assessments(self):
        """Every assessment of this recommendation, in any language, newest first."""
        return Assessment.objects.filter(
            recommendation__translation_key=self.translation_key
        ).order_by("-assessed_on", "-pk")


class Assessment(models.Model):
    """One dated judgement of how far a recommendation is implemented, by ODIHR or a CSO."""

    recommendation = models.ForeignKey(
        Recommendation,
        verbose_name=_("recommendation"),
        on_delete=models.CASCADE,
        related_name="assessment_set",
    )
    status = models.CharField(_("status"), max_length=20, choices=ASSESSED)
    assessor_kind = models.CharField(_("assessed by"), max_length=10, choices=AssessorKind.choices)
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("For a civil-society organisation's assessment."),
    )
    reason = models.TextField(_("reason"))
    evidence = models.TextField(
        _("evidence links"),
        blank=True,
        validators=[validate_links],
        help_text=_("One web address a line."),
    )
    assessed_on = models.DateField(_("date of the assessment"))
    moderation = models.CharField(
        _("moderation"), max_length=12, choices=Moderation.choices, default=Moderation.PENDING
    )
    moderation_reason = models.TextField(_("reason for the moderation decision"), blank=True)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(auto_now_add=True)

    panels = [
        FieldPanel("recommendation"),
        FieldPanel("assessor_kind"),
        FieldPanel("organisation"),
        FieldPanel("status"),
        FieldPanel("assessed_on"),
        FieldPanel("reason"),
        FieldPanel("evidence"),
        FieldPanel("moderation"),
        FieldPanel("moderation_reason"),
    ]

    class Meta:
        verbose_name = _("assessment")
        verbose_name_plural = _("assessments")
        ordering = ["-assessed_on", "-pk"]
        permissions = [("moderate_assessment", _("Can publish CSO assessments"))]

    def __str__(self):
        return f"{self.recommendation.reference_code} · {self.get_status_display()}"

    def clean(self):
        if self.assessor_kind == AssessorKind.CSO and not self.organisation_id:
            raise ValidationError({"organisation": _("Choose the organisation that assesses.")})
        if self.assessor_kind == AssessorKind.ODIHR and self.organisation_id:
            raise ValidationError({"organisation": _("ODIHR's assessments have no organisation.")})

    @property
    def links(self):
        return [line.strip() for line in self.evidence.splitlines() if line.strip()]

    @classmethod
    def profile_entries(cls, rows, locale):
        """An organisation's profile lists its published assessments (organisations.activity)."""
        from recommendations.profile import profile_entries  # noqa: PLC0415 (that module imports the models)

        return profile_entries(rows, locale)

    @property
    @admin.display(description=_("assessed by"))
    def assessor(self):
        if self.assessor_kind == AssessorKind.ODIHR:
            return AssessorKind.ODIHR.label
        return self.organisation.title if self.organisation_id else AssessorKind.CSO.label


class RecommendationIndexPage(ListingPage):
    """The public register: filters with counts, scorecards, records, feeds and CSV."""

    template = "recommendations/recommendation_index_page.html"
    subpage_types = []
    # The register and its record pages show recommendations and assessments, whose every save
    # bumps the chrome (recommendations.apps), and pages (core.models.pages.BasePage).
    shows_pages_alone = True

    class Meta:
        verbose_name = _("recommendations register")

    def listing_context(self, request):
        from recommendations.charts import scorecards  # noqa: PLC0415 (that module imports the models)
        from recommendations.listing import Register  # noqa: PLC0415 (that module imports the models)

        register = Register(self, request)
        # the charts only when the template asks (the rendered register is usually cached)
        return {"register": register, "scorecards": lambda: scorecards(register)}

    @path("feed/rss/", name="rss")
    def rss_feed(self, request):
        from recommendations.feeds import StatusRssFeed  # noqa: PLC0415 (that module imports the models)

        return StatusRssFeed(self)(request)

    @path("feed/atom/", name="atom")
    def atom_feed(self, request):
        from recommendations.feeds import StatusAtomFeed  # noqa: PLC0415 (that module imports the models)

        return StatusAtomFeed(self)(request)

    @path("export/csv/", name="csv")
    def csv_export(self, request):
        from recommendations.views import export_csv  # noqa: PLC0415 (that module imports the models)

        return export_csv(self, request)

    @path("r/<slug:slug>/", name="recommendation")
    def recommendation(self, request, slug):
        from recommendations.views import detail  # noqa: PLC0415 (that module imports the models)

        return detail(self, request, slug)

    @path("r/<slug:slug>/assess/", name="assess")
    def assess(self, request, slug):
        from recommendations.views import assess  # noqa: PLC0415 (that module imports the models)

        return assess(self, request, slug)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        if not urls:
            return urls
        rows = Recommendation.objects.filter(locale=self.locale).values_list("slug", "updated_at")
        base = urls[0]["location"]
        for slug, updated in rows:
            path = self.reverse_subpage("recommendation", args=[slug])
            urls.append({"location": base + path, "lastmod": updated})
        return urls

    def record_url(self, recommendation, request=None):
        return self.url + self.reverse_subpage("recommendation", args=[recommendation.slug])
