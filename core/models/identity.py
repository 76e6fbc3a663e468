"""The user, and site-wide settings and content per language."""

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import TranslatableMixin
from wagtail_localize.fields import SynchronizedField, TranslatableField


class User(AbstractUser):
    """The project's own user model, in place from the first migration."""

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        permissions = [
            ("handle_personal_data", _("Can find, export and erase one person's data")),
        ]


class SiteIdentity(TranslatableMixin, models.Model):
    """Site-wide copy for one language: name, logo, contact details, EU acknowledgement.

    One row per locale; editors translate the Albanian row with wagtail-localize.
    """

    site_name = models.CharField(_("site name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    footer_text = models.TextField(_("footer text"), blank=True)
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy policy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer and from every form that asks for consent."),
    )
    eu_funding_statement = models.CharField(
        _("EU funding statement"),
        max_length=120,
        help_text=_('Shown beside the EU emblem, e.g. "Funded by the European Union".'),
    )
    eu_disclaimer = models.TextField(
        _("EU disclaimer"),
        help_text=_("The disclaimer required of every EU-funded action's publications and sites."),
    )

    panels = [
        MultiFieldPanel(
            [FieldPanel("site_name"), FieldPanel("tagline"), FieldPanel("logo")],
            heading=_("Identity"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("address"),
                FieldPanel("footer_text"),
                FieldPanel("privacy_page"),
            ],
            heading=_("Footer"),
        ),
        MultiFieldPanel(
            [FieldPanel("eu_funding_statement"), FieldPanel("eu_disclaimer")],
            heading=_("EU funding acknowledgement"),
        ),
    ]

    override_translatable_fields = [
        SynchronizedField("logo"),
        SynchronizedField("contact_email"),
        SynchronizedField("contact_phone"),
        SynchronizedField("privacy_page"),
        TranslatableField("address"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site identity")
        verbose_name_plural = _("site identity")

    def __str__(self):
        return f"{self.site_name} ({self.locale})"

    @classmethod
    def for_locale(cls, locale):
        """The row for `locale`, else the default locale's, else None."""
        rows = {row.locale.language_code: row for row in cls.objects.select_related("locale")}
        return rows.get(locale.language_code) or rows.get(settings.LANGUAGE_CODE)


@register_setting(icon="link")
class SocialMediaSettings(BaseSiteSetting):
    """Links to the action's social media accounts, the same in both languages."""

    facebook = models.URLField(_("Facebook"), blank=True)
    instagram = models.URLField(_("Instagram"), blank=True)
    x = models.URLField(_("X (Twitter)"), blank=True)
    youtube = models.URLField(_("YouTube"), blank=True)
    linkedin = models.URLField(_("LinkedIn"), blank=True)

    panels = [
        FieldPanel("facebook"),
        FieldPanel("instagram"),
        FieldPanel("x"),
        FieldPanel("youtube"),
        FieldPanel("linkedin"),
    ]

    class Meta:
        verbose_name = _("social media")

    def links(self):
        """(label, url) for every account that is set, in display order."""
        fields = ["facebook", "instagram", "x", "youtube", "linkedin"]
        return [
            (self._meta.get_field(name).verbose_name, getattr(self, name))
            for name in fields
            if getattr(self, name)
        ]
