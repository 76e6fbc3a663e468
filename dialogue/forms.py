"""The dialogue's public forms, all on core.forms.PublicFormMixin (honeypot, consent, no
control characters) with length limits; text is stored as typed and escaped when shown."""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.formfields import IdChoiceField
from core.forms import PublicFormMixin
from dialogue.models import ContributionKind
from dialogue.models.records import TEXT_MAX, WORDING_MAX
from organisations.models import OrganisationPage

REQUIRED = {"required": _("This field is required.")}
PDF_MAX_SIZE = getattr(settings, "DIALOGUE_PDF_MAX_SIZE", 10 * 1024 * 1024)


def text_field(label, max_length, required=True, rows=6, help_text=""):
    return forms.CharField(
        label=label,
        max_length=max_length,
        required=required,
        strip=True,
        help_text=help_text,
        widget=forms.Textarea(attrs={"rows": rows, "maxlength": max_length}),
        error_messages={
            **REQUIRED,
            "max_length": _("Please keep it under %(limit_value)d characters."),
        },
    )


class OrganisationFormMixin:
    """An `organisation` field offering only the organisations the person represents."""

    def __init__(self, *args, organisations=(), **kwargs):
        super().__init__(*args, **kwargs)
        if organisations:
            self.fields["organisation"] = IdChoiceField(
                label=_("On behalf of"),
                queryset=OrganisationPage.objects.filter(pk__in=[o.pk for o in organisations]),
                empty_label=None,
                required=len(organisations) > 1,
                error_messages={
                    "invalid_choice": _("You can act only for an organisation you represent.")
                },
            )
            self.order_fields(["organisation"])
        self.only_organisation = organisations[0] if len(organisations) == 1 else None

    def clean_organisation(self):
        return self.cleaned_data.get("organisation") or self.only_organisation


class ContributionForm(OrganisationFormMixin, PublicFormMixin, forms.Form):
    consent_label = _(
        "I agree to the privacy policy: my contribution is published with my organisation's "
        "name, and with my name only if I ask for it below."
    )

    kind = forms.ChoiceField(
        label=_("What would you like to do?"),
        choices=ContributionKind.choices,
        initial=ContributionKind.COMMENT,
        widget=forms.RadioSelect,
        error_messages={**REQUIRED, "invalid_choice": _("Choose a comment or a wording.")},
    )
    text = text_field(_("Comment or reasons"), TEXT_MAX, required=False)
    proposed_wording = text_field(
        _("Proposed wording of the article"),
        WORDING_MAX,
        required=False,
        rows=10,
        help_text=_("Start from the current text and change what you propose to change."),
    )
    show_name = forms.BooleanField(label=_("Show my name with the contribution"), required=False)

    def __init__(self, *args, original="", citizen=False, **kwargs):
        super().__init__(*args, **kwargs)
        self.original = original
        self.fields["proposed_wording"].initial = original
        if citizen:
            self.fields["name"] = forms.CharField(
                label=_("Your name"), max_length=120, error_messages=REQUIRED
            )
            self.fields["email"] = forms.EmailField(
                label=_("Email address"),
                max_length=254,
                help_text=_("We send you a link: your contribution counts once you follow it."),
                error_messages={**REQUIRED, "invalid": _("Enter a valid email address.")},
            )
            self.fields["consent"].label = _(
                "I agree to the privacy policy: my email is used only to confirm and to tell me "
                "the results; my name is shown only if I ask for it."
            )

    def clean(self):
        data = super().clean()
        if data.get("kind") == ContributionKind.COMMENT and not data.get("text"):
            self.add_error("text", _("Write your comment."))
        if data.get("kind") == ContributionKind.AMENDMENT:
            wording = data.get("proposed_wording", "")
            if not wording:
                self.add_error("proposed_wording", _("Write the wording you propose."))
            elif " ".join(wording.split()) == " ".join(self.original.split()):
                self.add_error("proposed_wording", _("The wording is the same as the article's."))
        return data


class EndorseForm(OrganisationFormMixin, PublicFormMixin, forms.Form):
    consent_label = _("I endorse this contribution on behalf of my organisation.")
    consent_error = _("Please confirm the endorsement.")


class SignForm(OrganisationFormMixin, PublicFormMixin, forms.Form):
    consent_label = _("I am authorised to sign this statement for my organisation.")
    consent_error = _("Please confirm that you may sign for your organisation.")


class PositionForm(OrganisationFormMixin, PublicFormMixin, forms.Form):
    consent_label = _("I agree that the position paper is published with my organisation's name.")

    title = forms.CharField(label=_("Title"), max_length=200, error_messages=REQUIRED)
    text = text_field(_("Position"), WORDING_MAX, rows=12)
    pdf = forms.FileField(label=_("PDF (optional)"), required=False)

    def clean_pdf(self):
        upload = self.cleaned_data.get("pdf")
        if not upload:
            return None
        if upload.size > PDF_MAX_SIZE:
            raise forms.ValidationError(_("The PDF is too large (at most 10 MB)."))
        head = upload.read(5)
        upload.seek(0)
        if head != b"%PDF-":
            raise forms.ValidationError(_("Upload a PDF file."))
        return upload


class CitizenConfirmForm(forms.Form):
    """The button on the confirmation page (mail scanners follow links, not buttons)."""
