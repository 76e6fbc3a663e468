"""The public side of applying: the form, the confirmation link, and editing after a moderator
asked for changes."""

from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from core.navigation import active_locale
from organisations import lifecycle
from organisations.forms import ApplicationForm
from organisations.models import ApplicationStatus

TEMPLATE = "organisations/register.html"


def _render(index, request, context, status=200):
    context = {"page": index, "self": index, "request": request, **context}
    return TemplateResponse(request, TEMPLATE, context, status=status)


def _editable(request):
    """The application an edit link is for, when it is still waiting for changes."""
    token = request.GET.get("t") or request.POST.get("t")
    if not token:
        return None, None
    application = lifecycle.read_token(token, "edit")
    if application is None or application.status != ApplicationStatus.CHANGES_REQUESTED:
        return token, False
    return token, application


def register(index, request):
    token, application = _editable(request)
    if application is False:
        return _render(index, request, {"bad_link": True}, status=400)
    locale = active_locale(request)
    if request.method != "POST":
        form = ApplicationForm(instance=application, locale=locale)
        return _render(index, request, {"form": form, "token": token, "editing": application})
    form = ApplicationForm(request.POST, request.FILES, instance=application, locale=locale)
    if application is None and lifecycle.rate_limited(request):
        form.is_valid()
        form.add_error(None, _("Too many attempts. Please try again later."))
        return _render(index, request, {"form": form}, status=429)
    if not form.is_valid():
        context = {"form": form, "token": token, "editing": application}
        return _render(index, request, context, status=400)
    if application is not None:
        lifecycle.resubmit(form)
        messages.success(request, _("Thank you: the changed application is with our moderators."))
        return HttpResponseRedirect(index.url + "register/")
    if not form.is_bot:  # a bot filled the hidden field: look the same, store nothing
        lifecycle.submit(form, request.LANGUAGE_CODE, index.get_full_url(request))
    messages.success(
        request,
        _("Almost done: we sent you an email. Follow the link in it to confirm the application."),
    )
    return HttpResponseRedirect(index.url + "register/")


def confirm_application(index, request):
    application = lifecycle.read_token(request.GET.get("t", ""), "confirm")
    context = {"application": application, "confirming": True}
    if application is None:
        return _render(index, request, {**context, "bad_link": True}, status=400)
    if request.method != "POST":  # a page with a button: mail scanners change nothing
        return _render(index, request, context)
    lifecycle.confirm(application)
    messages.success(
        request,
        _("Thank you! Your email is confirmed and the application is with our moderators."),
    )
    return HttpResponseRedirect(index.url + "register/")
