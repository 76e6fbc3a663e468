"""The public sign-in for representatives, in the site's own look: the same accounts as the
admin, throttled by django-axes like the admin's (core.signin), and `next` only ever a path on
this site."""

from django.contrib.auth import login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _

from dialogue.views import personal


class SignInForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("The username or the password is not right. Please try again."),
        "inactive": _("This login is not active."),
    }

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.fields["username"].label = _("Username (usually your email address)")
        self.fields["password"].label = _("Password")


def safe_next(request, page):
    target = request.POST.get("next") or request.GET.get("next") or ""
    local = target.startswith("/") and not target.startswith(("//", "/\\"))
    allowed = url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    )
    return target if (local and allowed and len(target) < 500) else page.url


def signin(page, request):
    form = SignInForm(request, data=request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        login(request, form.get_user())
        return personal(HttpResponseRedirect(safe_next(request, page)))
    context = {**page.get_context(request), "form": form, "next": safe_next(request, page)}
    status = 400 if request.method == "POST" else 200
    return personal(TemplateResponse(request, "dialogue/signin.html", context, status=status))


def signout(page, request):
    if request.method == "POST":
        logout(request)
    return personal(HttpResponseRedirect(page.url))
