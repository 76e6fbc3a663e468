"""Event pages: the events list, an event, its speakers and related pages."""

from django import forms
from django.db import models
from django.utils import timezone
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
from core.blocks import ImageWithCaptionBlock
from core.models import BasePage, ListingPage, RelatedPage
from events.admin_forms import EventPageForm
from events.blocks import AgendaItemBlock


class EventKind(models.TextChoices):
    ROUND_TABLE = "round_table", _("Round table")
    STRATEGY_MEETING = "strategy_meeting", _("CSO strategy meeting")
    TRAINING = "training", _("Training")
    CONFERENCE = "conference", _("Conference")
    WEBINAR = "webinar", _("Webinar")


class EventIndexPage(ListingPage):
    template = "events/event_index_page.html"
    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("events listing")

    def listing_context(self, request):
        from events.listing import EventListing  # noqa: PLC0415 (that module imports the models)

        return {"listing": EventListing(self, request)}

    @path("calendar/", name="calendar")
    def calendar_feed(self, request):
        from events.views import calendar_feed  # noqa: PLC0415 (that module imports the models)

        return calendar_feed(self, request)


class EventPage(RoutablePageMixin, BasePage):
    template = "events/event_page.html"
    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []
    base_form_class = EventPageForm

    kind = models.CharField(_("kind"), max_length=20, choices=EventKind.choices)
    topics = ParentalManyToManyField(
        "core.Topic",
        verbose_name=_("topics"),
        blank=True,
        help_text=_("Visitors filter the events list by topic."),
    )
    summary = models.TextField(
        _("summary"), help_text=_("One or two sentences on what the event is for, shown in lists.")
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ol", "ul", "h2", "h3"]
    )
    start = models.DateTimeField(_("starts"), help_text=_("Local time (Tirana)."))
    end = models.DateTimeField(_("ends"), help_text=_("Local time (Tirana)."))
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_(
            "The building and hall, e.g. Tirana International Hotel, hall B. Leave empty for an "
            "online event."
        ),
    )
    address = models.CharField(
        _("address"),
        max_length=250,
        blank=True,
        help_text=_("Street and number, so that people find the place."),
    )
    municipality = models.ForeignKey(
        "core.Municipality",
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        help_text=_("Where the event takes place; leave empty for an online event."),
    )
    online_link = models.URLField(
        _("online meeting link"), blank=True, help_text=_("Shown only to confirmed registrants.")
    )
    capacity = models.PositiveIntegerField(
        _("seats"), null=True, blank=True, help_text=_("Blank for unlimited.")
    )
    registration_opens = models.DateTimeField(
        _("registration opens"),
        null=True,
        blank=True,
        help_text=_("Leave empty to open registration as soon as the page is published."),
    )
    registration_closes = models.DateTimeField(
        _("registration closes"),
        null=True,
        blank=True,
        help_text=_("Leave empty to keep registration open until the event starts."),
    )
    requires_approval = models.BooleanField(
        _("registrations need the organisers' approval"),
        default=False,
        help_text=_(
            "Each registration waits until an organiser approves or declines it; the person is "
            "emailed either way."
        ),
    )
    per_organisation_limit = models.PositiveIntegerField(
        _("seats per organisation"),
        null=True,
        blank=True,
        help_text=_("The most people one organisation may register; leave empty for no limit."),
    )
    organiser_email = models.EmailField(
        _("organisers' email address"),
        blank=True,
        help_text=_(
            "Gets an email when a registration awaits approval. Blank: the Event organisers group."
        ),
    )
    cancelled = models.BooleanField(
        _("event cancelled"),
        default=False,
        help_text=_(
            "On publishing, everyone registered gets an email with a calendar file that removes "
            "the event."
        ),
    )
    agenda = StreamField(
        [("item", AgendaItemBlock())],
        verbose_name=_("agenda"),
        blank=True,
        help_text=_("The programme, item by item."),
    )
    outcomes = RichTextField(
        _("outcomes and conclusions"),
        blank=True,
        features=["bold", "italic", "link", "ol", "ul"],
        help_text=_("After the event: what was decided or learnt."),
    )
    minutes = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("minutes"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("After the event: the minutes as a document."),
    )
    photos = StreamField(
        [("photo", ImageWithCaptionBlock())],
        verbose_name=_("photos"),
        blank=True,
        help_text=_("After the event: photos, each with a caption."),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("kind"),
        FieldPanel("summary"),
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultiFieldPanel(
            [FieldPanel("start"), FieldPanel("end")], heading=_("When (Europe/Tirane)")
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldPanel("municipality"),
                FieldPanel("online_link"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("description"),
        FieldPanel("agenda"),
        InlinePanel("speakers", label=_("Speakers and stakeholders")),
        MultiFieldPanel(
            [
                FieldPanel("capacity"),
                FieldPanel("registration_opens"),
                FieldPanel("registration_closes"),
                FieldPanel("requires_approval"),
                FieldPanel("per_organisation_limit"),
                FieldPanel("organiser_email"),
                FieldPanel("cancelled"),
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("outcomes"),
                FieldPanel("minutes"),
                FieldPanel("photos"),
                InlinePanel("related_pages", label=_("Related publications")),
            ],
            heading=_("After the event"),
        ),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("summary", boost=1.5),
        index.SearchField("description"),
        index.SearchField("venue"),
        index.SearchField("outcomes"),
        index.FilterField("start"),
        index.FilterField("kind"),
    ]

    api_fields = [
        APIField("kind"),
        APIField("summary"),
        APIField("description"),
        APIField("start"),
        APIField("end"),
        APIField("venue"),
        APIField("address"),
        APIField("capacity"),
        APIField("agenda"),
        APIField("outcomes"),
    ]

    override_translatable_fields = BasePage.override_translatable_fields + [
        SynchronizedField("topics"),
        SynchronizedField("start"),
        SynchronizedField("end"),
        SynchronizedField("municipality"),
        SynchronizedField("online_link"),
        SynchronizedField("capacity"),
        SynchronizedField("registration_opens"),
        SynchronizedField("registration_closes"),
        SynchronizedField("requires_approval"),
        SynchronizedField("per_organisation_limit"),
        SynchronizedField("organiser_email"),
        SynchronizedField("cancelled"),
        SynchronizedField("minutes"),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    card_prefetch = ("municipality",)

    @property
    def card_label(self):
        return EventKind(self.kind).label

    @property
    def card_meta(self):
        return date_format(timezone.localtime(self.start), "DATETIME_FORMAT")

    @property
    def summary_text(self):
        return self.listing_summary or self.search_description or self.summary

    @property
    def shows_pages_alone(self):
        """Seats and the form are holes; a past event shows how many came (registrations)."""
        return not self.is_past

    @property
    def is_past(self):
        return self.end < timezone.now()

    def registration_problem(self, now=None):
        """Why nobody can register now (a translated message), or None."""
        now = now or timezone.now()
        if self.cancelled:
            return _("This event is cancelled.")
        if now >= self.start:
            return _("Registration is closed: the event has already started.")
        if self.registration_opens and now < self.registration_opens:
            opens = date_format(timezone.localtime(self.registration_opens), "DATETIME_FORMAT")
            return _("Registration opens on %(date)s.") % {"date": opens}
        if self.registration_closes and now > self.registration_closes:
            return _("Registration is closed.")
        return None

    @path("register/", name="register")
    def register_view(self, request):
        from events.views import register  # noqa: PLC0415 (that module imports the models)

        return register(self, request)

    @path("registration/", name="registration")
    def registration_view(self, request):
        from events.links import manage_registration  # noqa: PLC0415 (that module imports the models)

        return manage_registration(self, request)

    @path("registration/confirm/", name="confirm_registration")
    def confirm_registration_view(self, request):
        from events.links import confirm_registration  # noqa: PLC0415 (that module imports the models)

        return confirm_registration(self, request)

    @path("registration/new-link/", name="registration_new_link")
    def new_link_view(self, request):
        from events.links import new_link  # noqa: PLC0415 (that module imports the models)

        return new_link(self, request)

    @path("ics/", name="ics")
    def ics_view(self, request):
        from events.views import event_ics  # noqa: PLC0415 (that module imports the models)

        return event_ics(self, request)

    def get_context(self, request, *args, form=None, **kwargs):
        """`form`: the public form as submitted, when it comes back with errors."""
        from events.views import event_context, visitor_context  # noqa: PLC0415 (that module imports the models)

        context = super().get_context(request, *args, **kwargs)
        context.update(visitor_context(self, request, form))
        parts = fragments.page_parts(request, self)
        return fragments.whole_page(request, context, parts, lambda: event_context(self, request))


class EventSpeaker(Orderable):
    page = ParentalKey(EventPage, related_name="speakers", on_delete=models.CASCADE)
    person = models.ForeignKey(
        "core.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("person")]


class RelatedEventPage(RelatedPage):
    page = ParentalKey(EventPage, related_name="related_pages", on_delete=models.CASCADE)
    panels = [PageChooserPanel("related", page_type=["publications.PublicationPage"])]
