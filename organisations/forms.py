"""The public "Register your organisation" form, on the core toolkit (core.forms): consent,
a honeypot, and no control characters in any text."""

from django import forms
from django.conf import settings
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext_lazy as _

from core import collation
from core.collation import in_albanian_order
from core.formfields import IdChoiceField, IdMultipleChoiceField
from core.forms import PublicFormMixin, normalise_email
from core.models import County, Municipality
from organisations.models import FocusArea, OrganisationApplication
from organisations.models.applications import OPEN
from organisations.representatives import same_address

REQUIRED = {"required": _("This field is required.")}
LOGO_FORMATS = {"PNG", "JPEG", "GIF", "WEBP"}


class ApplicationForm(PublicFormMixin, forms.ModelForm):
    """`website` is a real field here (the organisation's website): the honeypot is
    `nickname` instead."""

    honeypot_name = "nickname"

    consent_label = _(
        "I agree to the privacy policy: my name, role and email are kept to review this "
        "application and, if it is approved, to give me access to our profile."
    )
    consent_error = _("Please agree to the privacy policy to apply.")

    class Meta:
        model = OrganisationApplication
        fields = [
            "name",
            "name_en",
            "acronym",
            "intro",
            "intro_en",
            "mission",
            "mission_en",
            "logo",
            "focus_areas",
            "seat",
            "counties",
            "municipalities",
            "founding_year",
            "nipt",
            "contact_email",
            "phone",
            "website",
            "facebook",
            "instagram",
            "x",
            "linkedin",
            "youtube",
            "networks",
            "applicant_name",
            "applicant_role",
            "applicant_email",
        ]
        field_classes = {
            "seat": IdChoiceField,
            "focus_areas": IdMultipleChoiceField,
            "counties": IdMultipleChoiceField,
            "municipalities": IdMultipleChoiceField,
        }
        widgets = {
            "focus_areas": forms.CheckboxSelectMultiple,
            "counties": forms.CheckboxSelectMultiple,
            "municipalities": forms.CheckboxSelectMultiple,
            "intro": forms.Textarea(attrs={"rows": 3}),
            "intro_en": forms.Textarea(attrs={"rows": 3}),
            "mission": forms.Textarea(attrs={"rows": 4}),
            "mission_en": forms.Textarea(attrs={"rows": 4}),
            "networks": forms.Textarea(attrs={"rows": 3}),
            "logo": forms.ClearableFileInput(
                attrs={"accept": "image/png,image/jpeg,image/webp,image/gif"}
            ),
        }
        help_texts = {
            "intro": _("Two or three sentences for the directory (up to 500 characters)."),
            "nipt": _("Optional: a letter, eight digits and a letter, e.g. L12345678A."),
            "networks": _("Networks or coalitions you belong to, one per line."),
            "logo": _("Optional: PNG, JPEG, WebP or GIF, up to %(size)s."),
            "applicant_email": _("We send a link to this address to confirm the application."),
        }

    def __init__(self, *args, locale=None, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:  # editing: the confirmed address stays (see `clean_applicant_email`)
            self.fields["applicant_email"].disabled = True
            self.fields["applicant_email"].help_text = _(
                "This is the address you confirmed; it cannot be changed here."
            )
        size = filesizeformat(settings.ORGANISATION_LOGO_MAX_SIZE)
        self.fields["logo"].help_text = self.fields["logo"].help_text % {"size": size}
        self.fields["logo"].error_messages["invalid_image"] = _(
            "Upload the logo as a PNG, JPEG, WebP or GIF image."
        )
        areas = FocusArea.objects.filter(locale=locale) if locale else FocusArea.objects.none()
        self.fields["focus_areas"].queryset = areas.order_by("name")
        self.fields["counties"].queryset = in_albanian_order(County.objects.all())
        places = in_albanian_order(Municipality.objects.all())
        self.fields["seat"].queryset = places
        self.fields["municipalities"].queryset = places
        self.fields["seat"].empty_label = _("— choose —")
        for name in ["focus_areas", "counties", "municipalities", "seat"]:
            self.fields[name].label_from_instance = str
        self.fields["focus_areas"].required = True
        self.fields["counties"].required = True
        for field in self.fields.values():
            field.error_messages.setdefault("required", REQUIRED["required"])
        self.fields["website"].widget.attrs.update(placeholder="https://", autocomplete="url")
        self.fields["applicant_email"].widget.attrs.update(autocomplete="email")
        self.fields["applicant_name"].widget.attrs.update(autocomplete="name")

    def clean_applicant_email(self):
        """Normalised like every address (NFKC, lower case); when editing, always the confirmed
        address (the field is disabled, so a posted one is ignored)."""
        if self.instance.pk:
            return self.instance.applicant_email
        return normalise_email(self.cleaned_data.get("applicant_email"))

    def clean_nipt(self):
        return (self.cleaned_data.get("nipt") or "").strip().upper()

    def clean_logo(self):
        logo = self.cleaned_data.get("logo")
        if not logo or not hasattr(logo, "image"):
            return logo
        if logo.size > settings.ORGANISATION_LOGO_MAX_SIZE:
            raise forms.ValidationError(
                _("The logo is too large (%(size)s); the limit is %(limit)s."),
                params={
                    "size": filesizeformat(logo.size),
                    "limit": filesizeformat(settings.ORGANISATION_LOGO_MAX_SIZE),
                },
                code="too_large",
            )
        if getattr(logo.image, "format", None) not in LOGO_FORMATS:
            raise forms.ValidationError(
                _("Upload the logo as a PNG, JPEG, WebP or GIF image."), code="format"
            )
        return logo

    def clean(self):
        data = super().clean()
        seat, counties = data.get("seat"), data.get("counties")
        if seat and counties and seat.county not in counties:  # the seat's county counts too
            data["counties"] = County.objects.filter(
                pk__in=[county.pk for county in counties] + [seat.county_id]
            )
        if self.errors.get("logo") is None and self.files.get("logo") and self.errors:
            self.add_error(None, _("Please choose the logo file again."))
        self._refuse_repeat(data)
        return data

    def _refuse_repeat(self, data):
        """The same person applying again for the same organisation while the first application
        is open is a duplicate: say so, and store nothing."""

        name, email = data.get("name"), data.get("applicant_email")
        if not name or not email:
            return
        same = OrganisationApplication.objects.filter(
            applicant_email__iexact=email, status__in=OPEN
        ).exclude(pk=self.instance.pk)  # iexact only narrows: PostgreSQL folds ı to I
        if any(
            same_address(row.applicant_email, email)
            and collation.folded(row.name) == collation.folded(name)
            for row in same
        ):
            raise forms.ValidationError(
                _(
                    "You have already applied for this organisation, and the application is "
                    "still open. Check your email for the confirmation link or for our reply."
                ),
                code="duplicate",
            )
