from django import forms
from django.utils.translation import gettext_lazy as _

from core.formfields import IdChoiceField
from core.forms import PublicFormMixin
from organisations.models import OrganisationPage

REQUIRED = {"required": _("This field is required.")}
EMAIL_ERRORS = {**REQUIRED, "invalid": _("Enter a valid email address.")}


class RegistrationForm(PublicFormMixin, forms.Form):
    """Registration for an event: who, from which organisation, any needs, and consent
    (honeypot, consent and control-character refusal come from core.forms)."""

    consent_label = _(
        "I agree to the privacy policy: my details are kept only to organise this event."
    )
    consent_error = _("Please agree to the privacy policy to register.")

    name = forms.CharField(label=_("Full name"), max_length=120, error_messages=REQUIRED)
    email = forms.EmailField(label=_("Email address"), max_length=254, error_messages=EMAIL_ERRORS)
    organisation = IdChoiceField(
        label=_("Organisation"),
        queryset=None,
        required=False,
        empty_label=_("— not in the list —"),
        error_messages={"invalid_choice": _("Choose an organisation from the list.")},
    )
    organisation_name = forms.CharField(
        label=_("Organisation, if not in the list"), max_length=200, required=False
    )
    position = forms.CharField(label=_("Position"), max_length=120, error_messages=REQUIRED)
    phone = forms.CharField(label=_("Phone number (optional)"), max_length=40, required=False)
    needs = forms.CharField(
        label=_("Accessibility or other needs (optional)"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, organisations=None, **kwargs):
        super().__init__(*args, **kwargs)

        self.fields["organisation"].queryset = organisations or OrganisationPage.objects.none()
        self.fields["name"].widget.attrs.update(autocomplete="name")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["phone"].widget.attrs.update(autocomplete="tel")

    def clean(self):
        data = super().clean()
        if not data.get("organisation") and not (data.get("organisation_name") or "").strip():
            self.add_error(
                "organisation_name", _("Choose your organisation from the list or type its name.")
            )
        return data
