"""Wagtail admin forms adjusted for a bilingual staff."""

from django.contrib.auth.forms import AuthenticationForm
from django.utils import translation

from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm
from wagtail.admin.forms.auth import PasswordResetForm as WagtailPasswordResetForm
from wagtail.users.models import UserProfile


class PasswordResetForm(WagtailPasswordResetForm):
    """Wagtail's password reset, with the email in the recipient's admin language.

    Wagtail renders the email in the language of whoever asked for it (the login page follows
    the browser). The recipient's preferred language (Account -> Preferred language) wins; with
    none chosen, UserProfile falls back to the request's language when the admin offers it.
    """

    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        language = UserProfile.get_for_user(context["user"]).get_preferred_language()
        with translation.override(language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, whose password field has no label of its own: Django then shows the
    untranslated field name ("Password"). Use Django's translated label."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = AuthenticationForm.base_fields["password"].label
