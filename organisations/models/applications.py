"""Applications to join the directory, from the public form to the moderators' decision."""

import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from organisations.models.pages import NIPT_VALIDATOR


class ApplicationStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Email not confirmed")
    PENDING = "pending", _("Waiting for moderation")
    CHANGES_REQUESTED = "changes", _("Changes requested")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


OPEN = [
    ApplicationStatus.UNCONFIRMED,
    ApplicationStatus.PENDING,
    ApplicationStatus.CHANGES_REQUESTED,
]


class OrganisationApplication(models.Model):
    """An organisation's request to join: its profile as the applicant wrote it (Albanian and,
    where given, English texts), who applied, and what the moderators decided."""

    public_id = models.UUIDField(_("public id"), default=uuid.uuid4, unique=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.UNCONFIRMED,
        db_index=True,
    )
    language = models.CharField(_("language"), max_length=5, default="sq")
    name = models.CharField(_("name of the organisation"), max_length=200)
    name_en = models.CharField(_("name in English"), max_length=200, blank=True)
    acronym = models.CharField(_("acronym"), max_length=30, blank=True)
    intro = models.TextField(_("short description (Albanian)"), max_length=500)
    intro_en = models.TextField(_("short description (English)"), max_length=500, blank=True)
    mission = models.TextField(_("mission (Albanian)"), max_length=2000, blank=True)
    mission_en = models.TextField(_("mission (English)"), max_length=2000, blank=True)
    logo = models.ImageField(_("logo"), upload_to="organisation-applications/", blank=True)
    focus_areas = models.ManyToManyField(
        "organisations.FocusArea", verbose_name=_("focus areas"), related_name="+"
    )
    counties = models.ManyToManyField(
        "core.County", verbose_name=_("counties it works in"), related_name="+"
    )
    municipalities = models.ManyToManyField(
        "core.Municipality",
        verbose_name=_("municipalities it works in"),
        blank=True,
        related_name="+",
    )
    seat = models.ForeignKey(
        "core.Municipality", verbose_name=_("seat"), on_delete=models.PROTECT, related_name="+"
    )
    founding_year = models.PositiveSmallIntegerField(_("founding year"), null=True, blank=True)
    nipt = models.CharField(
        _("NIPT (registration number)"), max_length=10, blank=True, validators=[NIPT_VALIDATOR]
    )
    contact_email = models.EmailField(_("contact email"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    website = models.URLField(_("website"), blank=True)
    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    x = models.URLField(_("X (Twitter)"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    networks = models.TextField(_("networks and coalitions"), max_length=1000, blank=True)

    applicant_name = models.CharField(_("your name"), max_length=120)
    applicant_role = models.CharField(_("your role in the organisation"), max_length=120)
    applicant_email = models.EmailField(_("your email address"), null=True)  # NULL once erased
    consent_text = models.TextField(_("consent given"), blank=True)

    created_at = models.DateTimeField(_("submitted at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed at"), auto_now=True)
    confirmed_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    moderator_message = models.TextField(_("message to the applicant"), blank=True)
    duplicate_note = models.TextField(_("possible duplicates"), blank=True)
    page = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("profile"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    representative = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("representative"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pending_login = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("existing login waiting for its owner's confirmation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("organisation application")
        verbose_name_plural = _("organisation applications")
        ordering = ["-created_at"]
        permissions = [("moderate_application", _("Can moderate organisation applications"))]

    def __str__(self):
        return self.name

    @property
    def is_open(self):
        return self.status in OPEN

    def token_state(self):
        """What a link made for this application depends on (core.tokens): a confirmation link
        dies once confirmed, an edit link once its round of changes is answered (resubmitted, or
        a new decision), a login link once used."""
        decided = self.decided_at.isoformat() if self.decided_at else ""
        return f"{self.status}|{decided}|{self.representative_id}|{self.pending_login_id}"
