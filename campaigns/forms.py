from django import forms
from django.utils.translation import gettext_lazy as _

from core.collation import in_albanian_order
from core.formfields import IdChoiceField
from core.forms import PublicFormMixin
from core.models import Municipality

EMAIL_ERRORS = {
    "required": _("This field is required."),
    "invalid": _("Enter a valid email address."),
}


class SupportForm(PublicFormMixin, forms.Form):
    """A pledge of support: minimal personal data, explicit consent, a honeypot for bots (the
    honeypot, consent and control-character refusal come from core.forms)."""

    consent_label = _(
        "I agree to the privacy policy: my name and email are kept only to count my support."
    )
    consent_error = _("Please agree to the privacy policy to add your support.")

    first_name = forms.CharField(
        label=_("First name"),
        max_length=80,
        error_messages={"required": _("This field is required.")},
    )
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        error_messages=EMAIL_ERRORS,
        help_text=_("We send you a link to confirm; your support counts once you follow it."),
    )
    municipality = IdChoiceField(
        label=_("Municipality (optional)"),
        queryset=in_albanian_order(Municipality.objects.all()),
        required=False,
        empty_label=_("— choose —"),
        error_messages={"invalid_choice": _("Choose a municipality from the list.")},
    )

    field_order = ["first_name", "email", "municipality", "consent", "website"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.order_fields(self.field_order)
        self.fields["first_name"].widget.attrs.update(autocomplete="given-name")
        self.fields["email"].widget.attrs.update(autocomplete="email")
