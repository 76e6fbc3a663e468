"""What every public form shares: a honeypot, consent, and text that cannot break anything.

`PublicFormMixin` goes in front of `forms.Form` or `forms.ModelForm`:

- a hidden honeypot field, `website` unless `honeypot_name` says otherwise (`form.is_bot`: a
  bot filled it; the view then answers as if all went well and stores nothing);
- a required `consent` checkbox labelled with the class's `consent_label`
  (`form.consent_text` is the exact wording the person agreed to, stored with their data);
- every text value refused, with a translated error, when it holds control characters, NUL or
  bidirectional overrides (which break emails and CSV files or disguise names); single-line
  fields refuse line breaks too;
- `email` normalised (NFKC, trimmed, lower case), so one mailbox is one address.
"""

import re
import unicodedata
from types import MappingProxyType

from django import forms
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _

# C0 and C1 controls but tab and line breaks, plus zero-width and bidirectional formatting marks.
CONTROL = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
LINE_BREAK = re.compile("[\t\r\n\u2028\u2029\x85]")


def normalise_email(value):
    return unicodedata.normalize("NFKC", value or "").strip().lower()


class PublicFormMixin:
    honeypot_name = "website"  # templates hide the field whose name is `form.honeypot_name`
    consent_label = _("I agree to the privacy policy.")
    consent_error = _("Please agree to the privacy policy.")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["consent"] = forms.BooleanField(
            label=self.consent_label, error_messages={"required": self.consent_error}
        )
        self.fields[self.honeypot_name] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
        )

    @property
    def is_bot(self):
        return bool(self.data.get(self.honeypot_name))

    @property
    def consent_text(self):
        return str(self.fields["consent"].label)

    def clean(self):
        data = super().clean()
        for name, value in list(data.items()):
            if isinstance(value, str) and self._bad_text(name, value):
                self.add_error(
                    name, _("Remove the invisible or control characters from this field.")
                )
        if data.get("email"):
            data["email"] = normalise_email(data["email"])
        return data

    def _bad_text(self, name, value):
        if CONTROL.search(value):
            return True
        multi_line = isinstance(self.fields[name].widget, forms.Textarea)
        return not multi_line and bool(LINE_BREAK.search(value))


class PublicForm(PublicFormMixin, forms.Form):
    """A public form with no model behind it."""


EMAIL_ERRORS = {
    "required": _("This field is required."),
    "invalid": _("Enter a valid email address."),
}


class NewLinkForm(forms.Form):
    """'Send me a new link': an email address, answered neutrally."""

    email = forms.EmailField(label=_("Email address"), max_length=254, error_messages=EMAIL_ERRORS)

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update(autocomplete="email")

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


def ask_for_new_link(request, limit, send, form_class=NewLinkForm):
    """The 'send me a new link' pattern: (form, status, sent).

    On GET the empty form (200); an invalid address 400; too many attempts for the address or
    the client 429, with the reason on the form; else `send(email)` for the normalised address,
    whatever it finds, and 200 with sent=True (the answer never says whether anything was sent).
    """
    form = form_class(request.POST if request.method == "POST" else None)
    if request.method != "POST":
        return form, 200, False
    if not form.is_valid():
        return form, 400, False
    email = form.cleaned_data["email"]
    if limit.exceeded(request, email):
        form.add_error(None, _("Too many attempts. Please try again later."))
        return form, 429, False
    limit.hit(request, email)
    send(email)
    return form, 200, True


class BlankForm:
    """A blank public form, built only when its fields are rendered: a page whose blank fields
    are cached (`{% rendered "…-fields" form|unbound:page.pk %}`) asks a blank form only
    whether it is bound and has errors, which needs no form (building one copies every field).
    `build()` makes the form; everything else is the form's."""

    is_bound = False
    errors = MappingProxyType({})
    ANSWERED = frozenset({"is_bound", "errors", "non_field_errors"})

    def __init__(self, build):
        self._build, self._form = build, None

    @property
    def form(self):
        if self._form is None:
            self._form = self._build()
        return self._form

    def non_field_errors(self):
        return ErrorList()

    def __getitem__(self, name):
        if name in self.ANSWERED:  # templates try form["errors"] before form.errors
            raise KeyError(name)
        return self.form[name]

    def __iter__(self):
        return iter(self.form)

    def __getattr__(self, name):
        return getattr(self.form, name)
