from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Municipality


class SupportForm(forms.Form):
    """A pledge of support: minimal personal data, explicit consent, a honeypot for bots."""

    first_name = forms.CharField(
        label=_("First name"),
        max_length=80,
        error_messages={"required": _("This field is required.")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        error_messages={
            "required": _("This field is required."),
            "invalid": _("Enter a valid email address."),
        },
        help_text=_("We send you a link to confirm; your support counts once you follow it."),
    )
    municipality = forms.ModelChoiceField(
        label=_("Municipality (optional)"),
        queryset=Municipality.objects.all(),
        required=False,
        empty_label=_("— choose —"),
        error_messages={"invalid_choice": _("Choose a municipality from the list.")},
    )
    consent = forms.BooleanField(
        label=_(
            "I agree to the privacy policy: my name and email are kept only to count my support."
        ),
        error_messages={"required": _("Please agree to the privacy policy to add your support.")},
    )
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    field_order = ["first_name", "email", "municipality", "consent", "website"]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["first_name"].widget.attrs.update(autocomplete="given-name")
        self.fields["email"].widget.attrs.update(autocomplete="email")

    @property
    def is_bot(self):
        return bool(self.data.get("website"))
