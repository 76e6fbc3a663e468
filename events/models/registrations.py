"""The registrations of the people who attend events, and what registrants were last told."""

import uuid

from django.contrib import admin
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.records import follow_translations
from events.models.pages import EventPage


class RegistrationStatus(models.TextChoices):
    AWAITING = "awaiting", _("Awaiting email confirmation")
    EXPIRED = "expired", _("Not confirmed in time")
    CONFIRMED = "confirmed", _("Confirmed")
    PENDING = "pending", _("Pending approval")
    WAITING = "waiting", _("Waiting list")
    DECLINED = "declined", _("Declined")
    CANCELLED = "cancelled", _("Cancelled")
    ATTENDED = "attended", _("Attended")


# Email-confirmed registrations that hold a seat. An AWAITING registration also holds a seat
# (holds_seat) or a waiting-list place, but only until hold_until, and it never counts toward
# per-organisation quotas or organisation profiles.
HOLDS_A_PLACE = [
    RegistrationStatus.CONFIRMED,
    RegistrationStatus.PENDING,
    RegistrationStatus.ATTENDED,
]
CONFIRMED_BY_EMAIL = [*HOLDS_A_PLACE, RegistrationStatus.WAITING]
ACTIVE = [*CONFIRMED_BY_EMAIL, RegistrationStatus.AWAITING]


def with_personal_data(registrations):
    return registrations.filter(purged_at__isnull=True).filter(~Q(email=None) | ~Q(name=""))


def events_with_personal_data(keys):
    """Those of the events (translation keys) whose registrations still hold personal data."""
    rows = with_personal_data(Registration.objects.filter(event_key__in=keys))
    return rows.values_list("event_key", flat=True).distinct()


def keep_with_event(collector, field, sub_objs, using):
    """Deleting one translation moves its registrations to another; see core.records."""
    follow_translations(collector, field, sub_objs, with_personal_data)


class Registration(models.Model):
    """One person's registration for an event as a whole (all its translations, keyed on
    translation_key). `event` is one of its language pages (any): deleting that translation moves
    the registration to another; the event itself cannot be deleted before the purge."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    event_key = models.UUIDField(_("event"), db_index=True, editable=False)
    event = models.ForeignKey(
        EventPage,
        verbose_name=_("event page"),
        null=True,
        on_delete=keep_with_event,
        related_name="+",
    )
    event_title = models.CharField(_("event"), max_length=255, blank=True, editable=False)
    name = models.CharField(_("full name"), max_length=120)
    email = models.EmailField(_("email address"), null=True, blank=True)
    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation_name = models.CharField(_("organisation"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=120, blank=True)
    phone = models.CharField(_("phone number"), max_length=40, blank=True)
    needs = models.TextField(_("accessibility or other needs"), max_length=1000, blank=True)
    language = models.CharField(_("language"), max_length=5, default="sq")
    status = models.CharField(_("status"), max_length=12, choices=RegistrationStatus.choices)
    hold_until = models.DateTimeField(_("unconfirmed place held until"), null=True, blank=True)
    holds_seat = models.BooleanField(_("holds a seat (not a waiting-list place)"), default=False)
    consent_text = models.TextField(_("consent given"), blank=True)
    created_at = models.DateTimeField(_("registered at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent at"), null=True, blank=True)
    purged_at = models.DateTimeField(_("personal data erased at"), null=True, blank=True)

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event_key", "email"],
                condition=Q(status__in=ACTIVE),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name or '—'} ({self.get_status_display()})"

    def save(self, *args, **kwargs):
        if not self.event_key and self.event_id:  # added by hand in the admin
            self.event_key = self.event.translation_key
        if not self.event_title and self.event_id:
            self.event_title = self.event.title[:255]
        super().save(*args, **kwargs)

    @property
    @admin.display(description=_("Event"))
    def event_label(self):
        return self.event.title if self.event_id else self.event_title

    @property
    @admin.display(description=_("Organisation"))
    def organisation_label(self):
        return self.organisation.title if self.organisation_id else self.organisation_name

    def waiting_position(self):
        waiting = Q(status=RegistrationStatus.WAITING) | Q(
            status=RegistrationStatus.AWAITING, holds_seat=False, hold_until__gt=timezone.now()
        )
        earlier = Registration.objects.filter(waiting, event_key=self.event_key).filter(
            Q(created_at__lt=self.created_at) | Q(created_at=self.created_at, pk__lt=self.pk)
        )
        return earlier.count() + 1


class EventSchedule(models.Model):
    """What registrants were last told about an event as a whole (all its translations): its
    time, municipality and, per language, its venue; and the calendar file's SEQUENCE, raised at
    each change. Kept apart from the page, whose fields revisions overwrite on publishing."""

    event_key = models.UUIDField(unique=True, editable=False)
    start = models.DateTimeField()
    end = models.DateTimeField()
    municipality_id = models.IntegerField(null=True)
    places = models.JSONField(default=dict)  # {language code: "venue, address"}
    cancelled = models.BooleanField(default=False)
    sequence = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("event schedule")

    def __str__(self):
        return f"{self.event_key} ({self.sequence})"
