"""The dialogue's pages: the section page, consultations with numbered articles, statements."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import fragments
from core.feeds import FeedsMixin
from core.models import BasePage
from dialogue.citations import clean_codes

TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "h2", "h3"]


class Moderation(models.TextChoices):
    BEFORE = "before", _("Before publication")
    AFTER = "after", _("After publication")


class Response(models.TextChoices):
    NONE = "", _("No response yet")
    ACCEPTED = "accepted", _("Accepted")
    PARTLY = "partly", _("Partly accepted")
    REJECTED = "rejected", _("Rejected")


class DialogueIndexPage(FeedsMixin, RoutablePageMixin, BasePage):
    """The section: open and closed consultations, joint statements, and the public sign-in;
    its feeds (`feed/rss/`, `feed/atom/`) list the newest consultations."""

    template = "dialogue/dialogue_index_page.html"
    parent_page_types = ["home.HomePage"]
    shows_pages_alone = True  # consultations by time, statements (core.models.pages.BasePage)
    subpage_types = ["dialogue.ConsultationPage", "dialogue.StatementPage"]
    max_count_per_parent = 1
    feed_class = "dialogue.feeds.ConsultationsRssFeed"

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("policy dialogue section")

    def get_context(self, request, *args, **kwargs):
        from dialogue.views import index_context  # noqa: PLC0415 (that module imports the models)

        context = super().get_context(request, *args, **kwargs)
        context.update(index_context(self, request))
        return context

    @path("signin/", name="signin")
    def signin(self, request):
        from dialogue.signin import signin  # noqa: PLC0415 (that module imports the models)

        return signin(self, request)

    @path("signout/", name="signout")
    def signout(self, request):
        from dialogue.signin import signout  # noqa: PLC0415 (that module imports the models)

        return signout(self, request)


class ConsultationPage(RoutablePageMixin, BasePage):
    """A reform proposal open for comments and amendments, article by article."""

    template = "dialogue/consultation_page.html"
    parent_page_types = ["dialogue.DialogueIndexPage"]
    subpage_types = []

    proposer = models.CharField(
        _("proposed by"), max_length=200, help_text=_("e.g. the Assembly's ad hoc committee")
    )
    intro = models.TextField(_("introduction"))
    documents = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))],
        verbose_name=_("documents"),
        blank=True,
    )
    opens_at = models.DateTimeField(_("opens at"))
    closes_at = models.DateTimeField(_("closes at"))
    moderation = models.CharField(
        _("moderation"), max_length=8, choices=Moderation.choices, default=Moderation.BEFORE
    )
    allow_citizens = models.BooleanField(
        _("citizens may take part"),
        default=False,
        help_text=_("Citizens without an account contribute after confirming their email."),
    )
    recommendation_codes = models.TextField(
        _("recommendations it answers"),
        blank=True,
        help_text=_("Reference codes from the recommendations register, one a line."),
    )
    summary = RichTextField(_("what we heard"), features=TEXT_FEATURES, blank=True)
    responses_published = models.BooleanField(
        _("publish the summary and the responses"),
        default=False,
        help_text=_("After the close: participants are emailed once when this is published."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("proposer"),
        FieldPanel("intro"),
        FieldPanel("documents"),
        FieldPanel("recommendation_codes"),
        MultiFieldPanel(
            [
                FieldPanel("opens_at"),
                FieldPanel("closes_at"),
                FieldPanel("moderation"),
                FieldPanel("allow_citizens"),
            ],
            heading=_("Participation"),
        ),
        InlinePanel("articles", label=_("Articles"), min_num=1),
        MultiFieldPanel(
            [FieldPanel("summary"), FieldPanel("responses_published")],
            heading=_("After the close"),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("proposer"),
        index.FilterField("closes_at"),
    ]

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("documents"),
        SynchronizedField("recommendation_codes"),
        SynchronizedField("opens_at"),
        SynchronizedField("closes_at"),
        SynchronizedField("moderation"),
        SynchronizedField("allow_citizens"),
        SynchronizedField("responses_published"),
    ]

    # The summary and the responses only once published, as on the page; never contributions.
    api_fields = [
        APIField("proposer"),
        APIField("intro"),
        APIField("documents"),
        APIField("opens_at"),
        APIField("closes_at"),
        APIField("state"),
        APIField("allow_citizens"),
        APIField("published_summary"),
        APIField("articles"),
    ]

    class Meta:
        verbose_name = _("consultation")
        verbose_name_plural = _("consultations")

    def clean(self):
        super().clean()
        try:
            self.recommendation_codes = clean_codes(self.recommendation_codes)
        except ValidationError as error:
            raise ValidationError({"recommendation_codes": error.messages}) from None

    @property
    def state(self):
        now = timezone.now()
        if now < self.opens_at:
            return "upcoming"
        return "open" if now < self.closes_at else "closed"

    @property
    def is_open(self):
        return self.state == "open"

    @property
    def card_parts(self):
        """What a kept card shows beyond the row (core_tags.cards): open or closed, by time."""
        return (self.state,)

    @property
    def card_label(self):
        return {"upcoming": _("Opens soon"), "open": _("Open"), "closed": _("Closed")}[self.state]

    @property
    def card_meta(self):
        closes = date_format(timezone.localtime(self.closes_at), "DATETIME_FORMAT")
        if self.state == "closed":
            return _("Closed on %(date)s") % {"date": closes}
        return _("Closes %(date)s") % {"date": closes}

    @property
    def summary_text(self):
        return self.listing_summary or self.search_description or self.intro[:300]

    @property
    def published_summary(self):
        return self.summary if self.responses_published else ""

    def get_context(self, request, *args, **kwargs):
        from dialogue.views import consultation_context  # noqa: PLC0415 (that module imports the models)

        context = super().get_context(request, *args, **kwargs)
        parts = fragments.page_parts(request, self, personal=True)  # endorsements are theirs
        return fragments.whole_page(
            request, context, parts, lambda: consultation_context(self, request)
        )

    @re_path(r"^contribute/(?P<anchor>[a-z0-9-]{1,40})/$", name="contribute")
    def contribute(self, request, anchor):
        from dialogue.views import contribute  # noqa: PLC0415 (that module imports the models)

        return contribute(self, request, anchor)

    @re_path(r"^endorse/(?P<public_id>[0-9a-f-]{36})/$", name="endorse")
    def endorse(self, request, public_id):
        from dialogue.views import endorse  # noqa: PLC0415 (that module imports the models)

        return endorse(self, request, public_id)

    @path("position/", name="position")
    def position(self, request):
        from dialogue.views import position  # noqa: PLC0415 (that module imports the models)

        return position(self, request)

    @re_path(r"^position/(?P<public_id>[0-9a-f-]{36})/$", name="position_pdf")
    def position_pdf(self, request, public_id):
        from dialogue.views import position_pdf  # noqa: PLC0415 (views import the models)

        return position_pdf(self, request, public_id)

    @path("confirm/", name="confirm")
    def confirm(self, request):
        from dialogue.views import confirm  # noqa: PLC0415 (that module imports the models)

        return confirm(self, request)

    @path("unsubscribe/", name="unsubscribe")
    def unsubscribe(self, request):
        from dialogue.views import unsubscribe  # noqa: PLC0415 (that module imports the models)

        return unsubscribe(self, request)


class ConsultationArticle(TranslatableMixin, Orderable):
    """One numbered article or section of the proposal; its anchor (`article-<number>`) stays
    the same in both languages, and contributions point at it by translation_key."""

    page = ParentalKey(ConsultationPage, related_name="articles", on_delete=models.CASCADE)
    number = models.CharField(_("number"), max_length=20, help_text=_("e.g. 1, 2, 15/a"))
    heading = models.CharField(_("heading"), max_length=200, blank=True)
    text = models.TextField(_("text"), max_length=20000)
    response = models.CharField(
        _("proposer's response"), max_length=10, choices=Response.choices, blank=True
    )
    response_reasons = models.TextField(_("reasons"), blank=True)

    panels = [
        FieldPanel("number"),
        FieldPanel("heading"),
        FieldPanel("text"),
        FieldPanel("response"),
        FieldPanel("response_reasons"),
    ]
    override_translatable_fields = [SynchronizedField("number"), SynchronizedField("response")]
    api_fields = [
        APIField("number"),
        APIField("heading"),
        APIField("text"),
        APIField("anchor"),
        APIField("published_response"),
        APIField("published_reasons"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    def __str__(self):
        return f"{self.number}. {self.heading}".strip(". ")

    @property
    def anchor(self):
        return f"article-{slugify(self.number.replace('/', '-'))[:30] or self.pk}"

    @property
    def published_response(self):
        return self.response if self.page.responses_published else ""

    @property
    def published_reasons(self):
        return self.response_reasons if self.page.responses_published else ""


class StatementPage(RoutablePageMixin, BasePage):
    """A joint statement or declaration that organisations co-sign."""

    template = "dialogue/statement_page.html"
    parent_page_types = ["dialogue.DialogueIndexPage"]
    subpage_types = []

    intro = models.TextField(_("introduction"), blank=True)
    body = RichTextField(_("text of the statement"), features=TEXT_FEATURES)
    signing_open = models.BooleanField(_("signing is open"), default=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("signing_open"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
    ]
    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("signing_open")
    ]
    api_fields = [APIField("intro"), APIField("body"), APIField("signing_open")]

    class Meta:
        verbose_name = _("joint statement")
        verbose_name_plural = _("joint statements")

    @property
    def card_label(self):
        return _("Joint statement")

    @property
    def card_meta(self):
        return _("Signing open") if self.signing_open else _("Signing closed")

    @property
    def summary_text(self):
        return self.listing_summary or self.search_description or self.intro[:300]

    def get_context(self, request, *args, **kwargs):
        from dialogue.statements import statement_context  # noqa: PLC0415 (that module imports the models)

        context = super().get_context(request, *args, **kwargs)
        parts = fragments.page_parts(request, self, personal=True)  # their signature
        return fragments.whole_page(
            request, context, parts, lambda: statement_context(self, request)
        )

    @re_path(r"^(?P<action>sign|withdraw)/$", name="sign")
    def sign(self, request, action):
        from dialogue.statements import sign  # noqa: PLC0415 (that module imports the models)

        return sign(self, request, action)
