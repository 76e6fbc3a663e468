from django import forms
from django.utils.translation import gettext_lazy as _

from core.forms import PublicFormMixin

REQUIRED = {"required": _("This field is required.")}


class ContactForm(PublicFormMixin, forms.Form):
    """A message to the network's office: honeypot, consent and clean text from core.forms."""

    consent_label = _(
        "I agree to the privacy policy: my details are kept only to answer this message."
    )
    consent_error = _("Please agree to the privacy policy to send your message.")

    name = forms.CharField(label=_("Full name"), max_length=120, error_messages=REQUIRED)
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        error_messages={**REQUIRED, "invalid": _("Enter a valid email address.")},
    )
    organisation = forms.CharField(
        label=_("Organisation (optional)"), max_length=200, required=False
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        error_messages=REQUIRED,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].widget.attrs.update(autocomplete="name")
        self.fields["email"].widget.attrs.update(autocomplete="email")
        self.fields["organisation"].widget.attrs.update(autocomplete="organization")
