"""The public side of applying: the form, the confirmation link, editing after a moderator asked
for changes, linking an existing login after approval, and "send me a new link".

Every page that reads a token is private and never stored by a cache; a link that no longer
works offers a new one by email, with the same answer whether or not the address is known.
"""

from django import forms
from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core.forms import ask_for_new_link, normalise_email
from core.navigation import active_locale
from core.ratelimit import Limit
from core.routes import route_url
from organisations import lifecycle, links, representatives
from organisations.forms import ApplicationForm
from organisations.models import ApplicationStatus

TEMPLATE = "organisations/register.html"
APPLY_LIMIT = Limit("organisations.apply", "ORGANISATION_APPLICATION_RATE_LIMIT", per_recipient=3)
NEW_LINK_LIMIT = Limit("organisations.new-link", 10, per_recipient=3)


class NewLinkForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Your email address"), max_length=254)

    def clean_email(self):
        return normalise_email(self.cleaned_data["email"])


def _render(index, request, context, status=200):
    context = {"page": index, "self": index, "request": request, **context}
    response = TemplateResponse(request, TEMPLATE, context, status=status)
    if request.GET.get("t") or request.POST.get("t"):  # a page reached with a token
        add_never_cache_headers(response)
        patch_cache_control(response, private=True)
    return response


def _bad_link(index, request):
    context = {"bad_link": True, "new_link_form": NewLinkForm()}
    return _render(index, request, context, status=400)


def _editable(request):
    """The application an edit link is for, while that round of changes is open."""
    token = request.GET.get("t") or request.POST.get("t")
    if not token:
        return None, None
    application = links.read(token, "edit")
    if application is None or application.status != ApplicationStatus.CHANGES_REQUESTED:
        return token, False
    return token, application


def register(index, request):
    token, application = _editable(request)
    if application is False:
        return _bad_link(index, request)
    locale = active_locale(request)
    if request.method != "POST":
        form = ApplicationForm(instance=application, locale=locale)
        return _render(index, request, {"form": form, "token": token, "editing": application})
    form = ApplicationForm(request.POST, request.FILES, instance=application, locale=locale)
    if not form.is_valid():
        context = {"form": form, "token": token, "editing": application}
        return _render(index, request, context, status=400)
    if application is not None:
        lifecycle.resubmit(form)
        messages.success(request, _("Thank you: the changed application is with our moderators."))
        return HttpResponseRedirect(route_url(index, "register"))
    return _submit(index, request, form)


def _submit(index, request, form):
    email = form.cleaned_data["applicant_email"]
    if APPLY_LIMIT.exceeded(request, email):
        form.add_error(None, _("Too many attempts. Please try again later."))
        return _render(index, request, {"form": form}, status=429)
    APPLY_LIMIT.hit(request, email)
    if not form.is_bot:  # a bot filled the hidden field: look the same, store nothing
        lifecycle.submit(form, request.LANGUAGE_CODE)
    messages.success(
        request,
        _("Almost done: we sent you an email. Follow the link in it to confirm the application."),
    )
    return HttpResponseRedirect(route_url(index, "register"))


def confirm_application(index, request):
    application = links.read(request.GET.get("t", ""), "confirm")
    if application is None:
        return _bad_link(index, request)
    context = {"application": application, "confirming": True}
    if request.method != "POST":  # a page with a button: mail scanners change nothing
        return _render(index, request, context)
    lifecycle.confirm(application)
    messages.success(
        request,
        _("Thank you! Your email is confirmed and the application is with our moderators."),
    )
    return HttpResponseRedirect(route_url(index, "register"))


def link_login(index, request):
    """The owner of an existing login, at its own address, links it to the approved
    organisation (a page with a button; nothing changes on GET)."""
    application = links.read(request.GET.get("t", ""), "login")
    if application is None or application.pending_login is None or application.page is None:
        return _bad_link(index, request)
    context = {"application": application, "linking": application.pending_login}
    if request.method != "POST":
        return _render(index, request, context)
    representatives.link_login(application)
    messages.success(
        request,
        _(
            "Done: your login can now edit the profile of “%(name)s”. If it has no password "
            "yet, choose “Forgotten password?” on the sign-in page."
        )
        % {"name": application.name},
    )
    return HttpResponseRedirect(route_url(index, "register"))


def new_link(index, request):
    """Send fresh links for the applications waiting on an address; the answer never says
    whether there were any."""
    form, status, sent = ask_for_new_link(
        request, NEW_LINK_LIMIT, links.send_new_links, form_class=NewLinkForm
    )
    if not sent:
        context = {"bad_link": True, "asking": True, "new_link_form": form}
        return _render(index, request, context, status=status)
    messages.success(
        request,
        _("If we have an application waiting on this address, we have sent a new link to it."),
    )
    return HttpResponseRedirect(route_url(index, "new_link"))
