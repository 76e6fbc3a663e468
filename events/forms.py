from django import forms
from django.utils.translation import gettext_lazy as _

REQUIRED = {"required": _("This field is required.")}


class RegistrationForm(forms.Form):
    """Registration for an event: who, from which organisation, any needs, and consent."""

    name = forms.CharField(label=_("Full name"), max_length=120, error_messages=REQUIRED)
    email = forms.EmailField(
        label=_("Email address"),
        error_messages={**REQUIRED, "invalid": _("Enter a valid email address.")},
    )
    organisation = forms.ModelChoiceField(
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
    consent = forms.BooleanField(
        label=_("I agree to the privacy policy: my details are kept only to organise this event."),
        error_messages={"required": _("Please agree to the privacy policy to register.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, organisations=None, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        from organisations.models import OrganisationPage

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

    @property
    def is_bot(self):
        return bool(self.data.get("website"))
