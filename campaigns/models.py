"""Awareness campaigns: the listing, campaign pages, their materials and their supporters."""

import uuid

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel, PageChooserPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from campaigns.blocks import CampaignBodyBlock
from core import fragments
from core.feeds import FeedsMixin
from core.models import BasePage, ListingPage, RelatedPage, Taxonomy
from core.records import follow_translations
from core.widgets import FilterableCheckboxes


class Status(models.TextChoices):
    ACTIVE = "active", _("Active")
    UPCOMING = "upcoming", _("Upcoming")
    ENDED = "ended", _("Ended")


class Audience(Taxonomy):
    """Who a campaign speaks to: first-time voters, women, diaspora, ..."""

    class Meta(Taxonomy.Meta):
        verbose_name = _("target audience")
        verbose_name_plural = _("target audiences")


class CampaignIndexPage(FeedsMixin, ListingPage):
    template = "campaigns/campaign_index_page.html"
    subpage_types = ["campaigns.CampaignPage"]

    feed_class = "campaigns.feeds.CampaignsRssFeed"

    class Meta:
        verbose_name = _("campaign listing")

    def listing_context(self, request):
        from campaigns.listing import CampaignListing  # noqa: PLC0415 (that module imports the models)

        return {"listing": CampaignListing(self, request)}


def status_on(start, end, today):
    if today < start:
        return Status.UPCOMING
    if end and today > end:
        return Status.ENDED
    return Status.ACTIVE


class CampaignPage(RoutablePageMixin, BasePage):
    template = "campaigns/campaign_page.html"
    parent_page_types = ["campaigns.CampaignIndexPage"]
    subpage_types = []
    card_image_field = "hero_image"

    tagline = models.CharField(
        _("tagline"), max_length=160, help_text=_("A short slogan, shown at the top of the page.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The large image at the top of the page."),
    )
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("Leave empty for an ongoing campaign.")
    )
    topics = ParentalManyToManyField(
        "core.Topic",
        verbose_name=_("topics"),
        blank=True,
        help_text=_("Visitors filter the campaigns list by topic."),
    )
    audiences = ParentalManyToManyField(
        Audience,
        verbose_name=_("target audiences"),
        blank=True,
        help_text=_("Who the campaign speaks to."),
    )
    counties = ParentalManyToManyField(
        "core.County",
        verbose_name=_("counties"),
        blank=True,
        help_text=_("Leave empty for a nationwide campaign."),
    )
    intro = models.TextField(
        _("introduction"), help_text=_("A short paragraph at the top of the page.")
    )
    body = StreamField(CampaignBodyBlock(), verbose_name=_("body"), blank=True)
    hashtags = models.CharField(
        _("hashtags"), max_length=200, blank=True, help_text=_("e.g. #VotaImeNukShitet")
    )
    partners = ParentalManyToManyField(
        "organisations.OrganisationPage",
        verbose_name=_("partner organisations"),
        blank=True,
        help_text=_(
            "The organisations from the directory that run the campaign with you; it is also "
            "listed on their profiles."
        ),
    )
    collects_support = models.BooleanField(
        _("collect public support"),
        default=False,
        help_text=_(
            "Adds a form where visitors add their support; each supporter confirms by email."
        ),
    )
    support_intro = models.CharField(
        _("invitation to support"),
        max_length=250,
        blank=True,
        help_text=_("One sentence above the support form."),
    )
    support_goal = models.PositiveIntegerField(
        _("support goal"),
        null=True,
        blank=True,
        help_text=_(
            "The number of supporters you aim for, shown with a progress bar; leave empty for no "
            "goal."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("tagline"),
        FieldPanel("hero_image"),
        MultiFieldPanel([FieldPanel("start_date"), FieldPanel("end_date")], heading=_("Dates")),
        MultiFieldPanel(
            [
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
                FieldPanel("audiences", widget=forms.CheckboxSelectMultiple),
                FieldPanel("counties", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Who and where"),
        ),
        FieldPanel("intro"),
        FieldPanel("body"),
        InlinePanel("materials", label=_("Materials")),
        FieldPanel("hashtags"),
        FieldPanel("partners", widget=FilterableCheckboxes),
        MultiFieldPanel(
            [
                FieldPanel("collects_support"),
                FieldPanel("support_intro"),
                FieldPanel("support_goal"),
            ],
            heading=_("Support"),
        ),
        InlinePanel("related_pages", label=_("Related publications and events"), max_num=6),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("tagline", boost=2),
        index.SearchField("intro"),
        index.SearchField("body"),
        index.AutocompleteField("tagline"),
        index.FilterField("start_date"),
        index.FilterField("end_date"),
    ]

    api_fields = [
        APIField("tagline"),
        APIField("hero_image"),
        APIField("start_date"),
        APIField("end_date"),
        APIField("status"),
        APIField("topics"),
        APIField("intro"),
        APIField("body"),
        APIField("hashtags"),
        APIField("materials"),
        APIField("support_goal"),
        APIField("supporter_count"),
    ]

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("hero_image"),
        SynchronizedField("start_date"),
        SynchronizedField("end_date"),
        SynchronizedField("topics"),
        SynchronizedField("audiences"),
        SynchronizedField("counties"),
        SynchronizedField("partners"),
        SynchronizedField("hashtags"),
        SynchronizedField("support_goal"),
    ]

    class Meta:
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")

    @property
    def status(self):
        return status_on(self.start_date, self.end_date, timezone.localdate())

    @property
    def status_label(self):
        return Status(self.status).label

    shows_pages_alone = True  # supporters are in the support box, a hole (BasePage)

    @property
    def card_parts(self):
        """What a kept card shows beyond the row (core_tags.cards): the listing's supporters."""
        return (getattr(self, "listed_supporters", None),)

    @property
    def card_label(self):
        return self.status_label

    @property
    def card_meta(self):
        start = date_format(self.start_date, "DATE_FORMAT")
        return f"{start} – {date_format(self.end_date, 'DATE_FORMAT')}" if self.end_date else start

    @property
    def summary_text(self):
        return self.listing_summary or self.search_description or self.tagline

    @property
    def accepts_support(self):
        return self.collects_support and self.status == Status.ACTIVE

    @property
    def supporter_count(self):
        from campaigns.support import supporter_counts  # noqa: PLC0415 (that module imports the models)

        return supporter_counts([self.translation_key]).get(self.translation_key, 0)

    @property
    def hashtag_list(self):
        return [tag for tag in self.hashtags.split() if tag.startswith("#")]

    @path("support/", name="support")
    def support(self, request):
        from campaigns.views import support  # noqa: PLC0415 (that module imports the models)

        return support(self, request)

    @path("support/new-link/", name="support_new_link")
    def support_new_link(self, request):
        from campaigns.views import new_link  # noqa: PLC0415 (that module imports the models)

        return new_link(self, request)

    @re_path(r"^support/(?P<action>confirm|withdraw)/$", name="support_link")
    def support_link(self, request, action):
        from campaigns.views import support_link  # noqa: PLC0415 (that module imports the models)

        return support_link(self, request, action, request.GET.get("t", ""))

    def get_context(self, request, *args, form=None, **kwargs):
        """`form`: the public form as submitted, when it comes back with errors."""
        from campaigns.views import campaign_context, visitor_context  # noqa: PLC0415 (that module imports the models)

        context = super().get_context(request, *args, **kwargs)
        context.update(visitor_context(self, request, form))
        parts = fragments.page_parts(request, self)
        return fragments.whole_page(
            request, context, parts, lambda: campaign_context(self, request)
        )


def active_on(today):
    """Campaigns running on `today` (a Q for CampaignPage querysets)."""
    return Q(start_date__lte=today) & (Q(end_date__isnull=True) | Q(end_date__gte=today))


class MaterialKind(models.TextChoices):
    POSTER = "poster", _("Poster")
    LEAFLET = "leaflet", _("Leaflet")
    SOCIAL_CARD = "social_card", _("Social media card")
    OTHER = "other", _("Other")


class CampaignMaterial(TranslatableMixin, Orderable):
    """A poster, leaflet or social media card to download: a document, an image, or both.

    Translatable, so its title is translated with the campaign; the files stay shared.
    """

    page = ParentalKey(CampaignPage, related_name="materials", on_delete=models.CASCADE)
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=MaterialKind.choices)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    panels = [FieldPanel("title"), FieldPanel("kind"), FieldPanel("document"), FieldPanel("image")]
    api_fields = [APIField("title"), APIField("kind"), APIField("document"), APIField("image")]
    override_translatable_fields = [
        SynchronizedField("kind"),
        SynchronizedField("document"),
        SynchronizedField("image"),
    ]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("material")
        verbose_name_plural = _("materials")

    def clean(self):
        if not self.document_id and not self.image_id:
            raise ValidationError(_("Choose a file or an image for the material."))


class RelatedCampaignPage(RelatedPage):
    page = ParentalKey(CampaignPage, related_name="related_pages", on_delete=models.CASCADE)
    panels = [
        PageChooserPanel("related", page_type=["publications.PublicationPage", "events.EventPage"])
    ]


class SupporterStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for email confirmation")
    CONFIRMED = "confirmed", _("Confirmed")
    WITHDRAWN = "withdrawn", _("Withdrawn")


def with_personal_data(supporters):
    return supporters.filter(purged_at__isnull=True, email__isnull=False)


def campaigns_with_personal_data(keys):
    """Those of the campaigns (translation keys) whose supporters still hold personal data."""
    rows = with_personal_data(Supporter.objects.filter(campaign_key__in=keys))
    return rows.values_list("campaign_key", flat=True).distinct()


def keep_with_campaign(collector, field, sub_objs, using):
    """Deleting one translation moves its supporters to another; see core.records."""
    follow_translations(collector, field, sub_objs, with_personal_data)


class Supporter(models.Model):
    """A person's support for a campaign: counted once confirmed by email.

    Keyed on the campaign's translation_key, so support in either language counts once.
    Purging keeps the row (and the count) but removes the personal data.
    """

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    campaign_key = models.UUIDField(_("campaign"), db_index=True)
    campaign = models.ForeignKey(
        CampaignPage,
        verbose_name=_("campaign page"),
        null=True,
        on_delete=keep_with_campaign,
        related_name="+",
    )
    campaign_title = models.CharField(_("campaign"), max_length=255, blank=True, editable=False)
    first_name = models.CharField(_("first name"), max_length=80, blank=True)
    email = models.EmailField(_("email address"), null=True, blank=True)
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
    )
    language = models.CharField(_("language"), max_length=5)
    status = models.CharField(
        _("status"), max_length=12, choices=SupporterStatus.choices, default=SupporterStatus.PENDING
    )
    consent_text = models.TextField(_("consent given"), blank=True)
    created_at = models.DateTimeField(_("pledged at"), default=timezone.now)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    purged_at = models.DateTimeField(_("personal data purged at"), null=True, blank=True)

    # A new or deleted row in these states changes no page (core.invalidation): only confirmed
    # supporters are counted, so a pledge waiting for its email purges no cache.
    UNSHOWN_STATUSES = frozenset({SupporterStatus.PENDING, SupporterStatus.WITHDRAWN})

    class Meta:
        verbose_name = _("supporter")
        verbose_name_plural = _("supporters")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["campaign_key", "email"], name="one_support_per_email_per_campaign"
            )
        ]

    def __str__(self):
        return f"{self.first_name or '—'} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        if not self.campaign_title and self.campaign_id:
            self.campaign_title = self.campaign.title[:255]
        super().save(*args, **kwargs)

    @property
    @admin.display(description=_("Campaign"))
    def campaign_label(self):
        return self.campaign.title if self.campaign_id else self.campaign_title
