"""What people do in the dialogue: contributions, endorsements, position papers, signatures.

Each belongs to the consultation or statement as a whole (all its translations), keyed on the
page's translation_key like events' registrations (`event_key`): deleting one language version
moves the rows to another (core.records.follow_translations); deleting the last is refused while
they hold personal data. An organisation is named by its profile's translation_key too, so the
Albanian and English profiles are one organisation for the one-per-organisation rules.
"""

import uuid

from django.conf import settings
from django.contrib import admin
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.media import private_storage
from core.records import follow_translations
from dialogue.models.pages import ConsultationPage, StatementPage

TEXT_MAX = 5000
WORDING_MAX = 20000


class ContributionKind(models.TextChoices):
    COMMENT = "comment", _("Comment")
    AMENDMENT = "amendment", _("Proposed wording")


class ContributionStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("Waiting for email confirmation")
    PENDING = "pending", _("Waiting for moderation")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")


def with_personal_data(rows):
    """Rows still naming a person (a login, a name or an address)."""
    if rows.model is Signature:
        return rows.filter(Q(user__isnull=False) | ~Q(name=""))
    return rows.filter(Q(user__isnull=False) | ~Q(name="") | Q(email__isnull=False))


def keep_with_page(collector, field, sub_objs, using):
    """Deleting one translation moves its rows to another; see core.records."""
    follow_translations(collector, field, sub_objs, with_personal_data)


def consultations_with_personal_data(keys):
    found = set()
    for model in (Contribution, PositionPaper):
        rows = with_personal_data(model.objects.filter(consultation_key__in=keys))
        found |= set(rows.values_list("consultation_key", flat=True))
    return found


def statements_with_personal_data(keys):
    rows = with_personal_data(Signature.objects.filter(statement_key__in=keys))
    return set(rows.values_list("statement_key", flat=True))


class OrganisationAct(models.Model):
    """Done by a person (a login) for an organisation of the directory."""

    organisation = models.ForeignKey(
        "organisations.OrganisationPage",
        verbose_name=_("organisation"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    organisation_key = models.UUIDField(null=True, blank=True, db_index=True, editable=False)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    language = models.CharField(_("language"), max_length=5, default="sq")
    created_at = models.DateTimeField(_("created at"), default=timezone.now)

    class Meta:
        abstract = True

    @property
    def organisation_label(self):
        return self.organisation.title if self.organisation_id else ""


class Contribution(OrganisationAct):
    """A comment on an article, or an alternative wording for it."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    consultation_key = models.UUIDField(_("consultation"), db_index=True, editable=False)
    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        null=True,
        on_delete=keep_with_page,
        related_name="+",
    )
    article_key = models.UUIDField(db_index=True, editable=False)
    article_number = models.CharField(_("article"), max_length=20, editable=False)
    kind = models.CharField(_("kind"), max_length=10, choices=ContributionKind.choices)
    text = models.TextField(_("comment"), max_length=TEXT_MAX, blank=True)
    proposed_wording = models.TextField(_("proposed wording"), max_length=WORDING_MAX, blank=True)
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("email address"), null=True, blank=True)
    show_name = models.BooleanField(_("name shown publicly"), default=False)
    status = models.CharField(
        _("status"), max_length=12, choices=ContributionStatus.choices, db_index=True
    )
    reason = models.TextField(_("reason"), blank=True, max_length=2000)
    consent_text = models.TextField(_("consent given"), blank=True)
    confirmed_at = models.DateTimeField(_("email confirmed at"), null=True, blank=True)
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    # A new or deleted row in these states changes no page (core.invalidation): a citizen's
    # comment waiting for its email.
    UNSHOWN_STATUSES = frozenset({ContributionStatus.UNCONFIRMED})

    class Meta:
        verbose_name = _("contribution")
        verbose_name_plural = _("contributions")
        ordering = ["created_at", "pk"]
        permissions = [("moderate_contribution", "Can moderate and export consultation input")]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.article_number} · {self.author_label}"

    @property
    @admin.display(description=_("Author"))
    def author_label(self):
        """Who made it, as the public sees it."""
        person = self.name if self.show_name else ""
        parts = [part for part in (person, self.organisation_label) if part]
        return " · ".join(parts) or str(_("A participant"))

    @property
    def consultation_label(self):
        return self.consultation.title if self.consultation_id else ""

    @property
    def recipient(self):
        return self.email or (self.user.email if self.user_id else "")


class Endorsement(OrganisationAct):
    contribution = models.ForeignKey(
        Contribution, on_delete=models.CASCADE, related_name="endorsements"
    )

    class Meta:
        verbose_name = _("endorsement")
        verbose_name_plural = _("endorsements")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["contribution", "organisation_key"], name="one_endorsement_per_organisation"
            )
        ]

    def __str__(self):
        return self.organisation_label


def pdf_path(instance, filename):
    """An unguessable name in the private storage: only dialogue.views.position_pdf serves it."""
    return f"dialogue/positions/{uuid.uuid4().hex}.pdf"


class PositionPaper(OrganisationAct):
    """An organisation's position on the whole proposal: text and a PDF."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    consultation_key = models.UUIDField(_("consultation"), db_index=True, editable=False)
    consultation = models.ForeignKey(
        ConsultationPage,
        verbose_name=_("consultation"),
        null=True,
        on_delete=keep_with_page,
        related_name="+",
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    title = models.CharField(_("title"), max_length=200)
    text = models.TextField(_("text"), max_length=WORDING_MAX)
    pdf = models.FileField(
        _("PDF"), upload_to=pdf_path, storage=private_storage, blank=True, max_length=200
    )
    status = models.CharField(
        _("status"), max_length=12, choices=ContributionStatus.choices, db_index=True
    )
    reason = models.TextField(_("reason"), blank=True, max_length=2000)

    class Meta:
        verbose_name = _("position paper")
        verbose_name_plural = _("position papers")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["consultation_key", "organisation_key"],
                name="one_position_paper_per_organisation",
            )
        ]

    def __str__(self):
        return self.title

    def visible_to(self, user, organisation_keys):
        """The public sees a published paper; its organisation's representatives (whose
        organisations' keys are `organisation_keys`) and moderators see it in any state."""
        return (
            self.status == ContributionStatus.PUBLISHED
            or self.organisation_key in organisation_keys
            or user.has_perm("dialogue.moderate_contribution")
        )


class Signature(OrganisationAct):
    """An organisation's signature on a joint statement; withdrawn ones stay as history."""

    public_id = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    statement_key = models.UUIDField(_("statement"), db_index=True, editable=False)
    statement = models.ForeignKey(
        StatementPage,
        verbose_name=_("statement"),
        null=True,
        on_delete=keep_with_page,
        related_name="+",
    )
    name = models.CharField(_("signed by"), max_length=120, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    class Meta:
        verbose_name = _("signature")
        verbose_name_plural = _("signatures")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["statement_key", "organisation_key"],
                condition=Q(withdrawn_at__isnull=True),
                name="one_active_signature_per_organisation",
            )
        ]

    def __str__(self):
        return self.organisation_label


class MailOptOut(models.Model):
    """An address that asked for no more dialogue emails (one click, a signed link)."""

    email = models.EmailField(_("email address"), unique=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("email opt-out")

    def __str__(self):
        return self.email


class ResultsNotice(models.Model):
    """The results of a consultation were mailed to its participants (once)."""

    consultation_key = models.UUIDField(unique=True)
    sent_at = models.DateTimeField(default=timezone.now)
    recipients = models.PositiveIntegerField(default=0)

    def __str__(self):
        return str(self.consultation_key)
