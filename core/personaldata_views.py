"""The admin's "Personal data requests": find, export or erase what is held about one email
address (permission `core.handle_personal_data`)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy, ngettext

from core import personaldata

PERMISSION = "core.handle_personal_data"


class RequestForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Email address"))


def personal_data_requests(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = RequestForm(request.POST or request.GET or None)
    if not form.is_valid():
        return TemplateResponse(request, "core/admin/personal_data.html", {"form": form})
    email = form.cleaned_data["email"]
    action = request.POST.get("action") if request.method == "POST" else None
    if action in ("json", "csv"):
        return download(email, action)
    if action == "erase" and request.POST.get("confirm"):
        count = sum(personaldata.erase(email).values())
        erased = ngettext(
            "Erased %(count)s record held about %(email)s.",
            "Erased %(count)s records held about %(email)s.",
            count,
        )
        messages.success(request, erased % {"count": count, "email": email})
        return redirect(request.path)
    context = {"form": form, "email": email, "results": personaldata.find(email)}
    return TemplateResponse(request, "core/admin/personal_data.html", context)


def download(email, kind):
    if kind == "json":
        body, content_type = personaldata.as_json(email), "application/json; charset=utf-8"
    else:
        body, content_type = personaldata.as_csv(email), "text/csv; charset=utf-8"
    response = HttpResponse(body, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="personal-data.{kind}"'
    return response
