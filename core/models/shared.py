"""Shared content: the translatable term lists (`Taxonomy`, topics), people, elections, and
Albania's places (counties, municipalities)."""

from django.contrib import admin
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField


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
    @admin.display(description=_("full name"))
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
