"""The research library: publication types, the library page and publications."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import fragments
from core.feeds import FeedsMixin
from core.models import BasePage, ListingPage, RelatedPage, Taxonomy
from core.widgets import FilterableCheckboxes
from publications.blocks import PublicationBodyBlock
from publications.citation import normalise_doi
from publications.pdf import PdfStatus, is_pdf

PDF_STATUS_CHOICES = [
    ("", _("No PDF")),
    ("pending", _("Text extraction is waiting in the queue")),
    *PdfStatus.choices,
]


class SchemaType(models.TextChoices):
    REPORT = "Report", _("Report")
    SCHOLARLY_ARTICLE = "ScholarlyArticle", _("Scholarly article")
    GUIDE = "HowTo", _("Guide")


class PublicationType(Taxonomy):
    """Policy paper, research report, policy brief, ...: an editable, translatable taxonomy."""

    schema_type = models.CharField(
        _("schema.org type"), max_length=30, choices=SchemaType.choices, default=SchemaType.REPORT
    )

    panels = [*Taxonomy.panels, FieldPanel("schema_type")]

    class Meta(Taxonomy.Meta):
        verbose_name = _("publication type")
        verbose_name_plural = _("publication types")


class PublicationIndexPage(FeedsMixin, ListingPage):
    """The library: a filterable list of the publications below it, with feeds."""

    template = "publications/publication_index_page.html"
    subpage_types = ["publications.PublicationPage"]

    feed_class = "publications.feeds.PublicationsRssFeed"

    class Meta:
        verbose_name = _("publications section")

    def listing_context(self, request):
        from publications.library import Library  # noqa: PLC0415 (that module imports the models)

        return {"listing": Library(self, request)}

    def publications(self):
        return PublicationPage.objects.child_of(self).live().public()


class PublicationPage(RoutablePageMixin, BasePage):
    """A policy paper, report or brief: summary first, body, PDF, citation."""

    template = "publications/publication_page.html"
    parent_page_types = ["publications.PublicationIndexPage"]
    subpage_types = []
    card_image_field = "cover_image"
    card_image_contain = True
    shows_pages_alone = True  # (core.models.pages.BasePage)

    @classmethod
    def prepare_cards(cls, items):
        authors = Prefetch("authors", PublicationAuthor.objects.select_related("person"))
        shown = ("publication_type", "pdf", authors)
        prefetch_related_objects(items, *shown)

    subtitle = models.CharField(
        _("subtitle"),
        max_length=250,
        blank=True,
        help_text=_("Shown under the title; leave empty if the title says it all."),
    )
    summary = RichTextField(
        _("summary"),
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("A few sentences on what the publication is about and what it found."),
    )
    publication_date = models.DateField(
        _("publication date"),
        help_text=_("The date printed on the publication, not the day it is added here."),
    )
    publication_type = models.ForeignKey(
        PublicationType,
        verbose_name=_("type"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="publications",
        help_text=_(
            "Report, policy paper, statement…: visitors filter the list of publications by type."
        ),
    )
    topics = ParentalManyToManyField(
        "core.Topic",
        verbose_name=_("topics"),
        blank=True,
        help_text=_("Visitors filter the list of publications by topic."),
    )
    organisations = ParentalManyToManyField(
        "organisations.OrganisationPage",
        verbose_name=_("publishing organisations"),
        blank=True,
        help_text=_(
            "The organisations from the directory that published it; it is also listed on their "
            "profiles."
        ),
    )
    election = models.ForeignKey(
        "core.Election",
        verbose_name=_("election"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The election the publication is about, if any."),
    )
    cover_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The front cover as an image, shown in lists and on the page."),
    )
    body = StreamField(PublicationBodyBlock(), verbose_name=_("body"), blank=True)
    pdf = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("full text (PDF)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The whole publication as a PDF in this page's language; its text is read so that "
            "search finds it."
        ),
    )
    pdf_other_language = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("PDF in the other language"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The PDF in the other language, if there is one, offered as a second download."
        ),
    )
    isbn = models.CharField(
        _("ISBN"),
        max_length=20,
        blank=True,
        help_text=_("ISBN-10 or ISBN-13, if the publication has one."),
    )
    doi = models.CharField(
        _("DOI"), max_length=100, blank=True, help_text=_("e.g. 10.5281/zenodo.123")
    )
    pdf_text = models.TextField(editable=False, blank=True)
    pdf_status = models.CharField(
        _("PDF text"), max_length=20, choices=PDF_STATUS_CHOICES, blank=True, editable=False
    )
    pdf_fingerprint = models.CharField(max_length=80, blank=True, editable=False)

    content_panels = BasePage.content_panels + [
        FieldPanel("subtitle"),
        MultiFieldPanel(
            [
                FieldPanel("publication_type"),
                FieldPanel("publication_date"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("election"),
            ],
            heading=_("Classification"),
        ),
        InlinePanel("authors", label=_("Authors"), heading=_("Authors")),
        FieldPanel("organisations", widget=FilterableCheckboxes),
        FieldPanel("summary"),
        FieldPanel("cover_image"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("pdf"), FieldPanel("pdf_other_language")], heading=_("Full text")
        ),
        MultiFieldPanel([FieldPanel("isbn"), FieldPanel("doi")], heading=_("Identifiers")),
        InlinePanel("related_pages", label=_("Related publications"), max_num=6),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("subtitle", boost=2),
        index.SearchField("summary", boost=1.5),
        index.SearchField("body"),
        index.SearchField("pdf_text"),
        index.AutocompleteField("subtitle"),
        index.FilterField("publication_date"),
        index.FilterField("publication_type"),
        index.RelatedFields("topics", [index.SearchField("name"), index.FilterField("slug")]),
        index.RelatedFields(
            "authors",
            [
                index.RelatedFields(
                    "person", [index.SearchField("given_name"), index.SearchField("family_name")]
                )
            ],
        ),
    ]

    api_fields = [
        APIField("subtitle"),
        APIField("summary"),
        APIField("publication_date"),
        APIField("publication_type"),
        APIField("topics"),
        APIField("election"),
        APIField("cover_image"),
        APIField("body"),
        APIField("pdf"),
        APIField("pdf_other_language"),
        APIField("isbn"),
        APIField("doi"),
        APIField("authors"),
    ]

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("publication_date"),
        SynchronizedField("topics"),
        SynchronizedField("organisations"),
        SynchronizedField("cover_image"),
        SynchronizedField("pdf"),
        SynchronizedField("pdf_other_language"),
        SynchronizedField("isbn"),
        SynchronizedField("doi"),
    ]

    class Meta:
        verbose_name = _("publication")
        verbose_name_plural = _("publications")

    card_related = ("publication_type",)  # what card_label reads (search prefetches it)

    @property
    def card_label(self):
        return self.publication_type.name if self.publication_type_id else ""

    @property
    def card_meta(self):
        return date_format(self.publication_date, "DATE_FORMAT")

    @property
    def summary_text(self):
        return self.listing_summary or self.search_description or self.summary

    def clean(self):
        super().clean()
        self.doi = normalise_doi(self.doi)
        errors = {}
        for field in ("pdf", "pdf_other_language"):
            if message := pdf_problem(getattr(self, field)):
                errors[field] = message
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        from publications.extraction import refresh_pdf_text  # noqa: PLC0415 (that module imports the models)

        refresh_pdf_text(self)
        super().save(*args, **kwargs)

    @path("cite/bibtex/", name="bibtex")
    def bibtex_view(self, request):
        from publications.views import citation_download  # noqa: PLC0415 (that module imports the models)

        return citation_download(self, request, "bib")

    @path("cite/ris/", name="ris")
    def ris_view(self, request):
        from publications.views import citation_download  # noqa: PLC0415 (that module imports the models)

        return citation_download(self, request, "ris")

    def get_context(self, request, *args, **kwargs):
        from publications.views import publication_context  # noqa: PLC0415 (that module imports the models)

        context = super().get_context(request, *args, **kwargs)
        parts = fragments.page_parts(request, self)
        return fragments.whole_page(
            request, context, parts, lambda: publication_context(self, request)
        )


def pdf_problem(document):
    """Why `document` can't serve as a publication's PDF, or None."""
    if document is None:
        return None
    limit = settings.PUBLICATION_PDF_MAX_SIZE
    if not document.file.name.lower().endswith(".pdf"):
        return _("Choose a PDF file: this document is not a PDF.")
    try:
        size = document.file.size
        with document.file.open("rb") as handle:
            valid = is_pdf(handle)
    except OSError:
        return _("The PDF file could not be read. Upload it again.")
    if not valid:
        return _("Choose a PDF file: this document's contents are not a PDF.")
    if size > limit:
        return _("The PDF is too large (%(size)s MB); the limit is %(limit)s MB.") % {
            "size": round(size / 1024 / 1024, 1),
            "limit": limit // 1024 // 1024,
        }
    return None


class PublicationAuthor(Orderable):
    """An author of a publication, in citation order."""

    page = ParentalKey(PublicationPage, related_name="authors", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "core.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]
    api_fields = [APIField("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")


class RelatedPublication(RelatedPage):
    page = ParentalKey(PublicationPage, related_name="related_pages", on_delete=models.CASCADE)
    related = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("publication"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [PageChooserPanel("related", page_type="publications.PublicationPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("related publication")
        verbose_name_plural = _("related publications")
