"""The moderators' queue of applications and the review of one application."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from organisations import lifecycle
from organisations.models import ApplicationStatus, OrganisationApplication
from organisations.profiles import NoDirectory

MODERATE = "organisations.moderate_application"


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=gettext_lazy("Decision"),
        choices=[
            ("approve", gettext_lazy("Approve")),
            ("changes", gettext_lazy("Request changes")),
            ("reject", gettext_lazy("Reject")),
        ],
        widget=forms.RadioSelect,
    )
    publish = forms.BooleanField(
        label=gettext_lazy("Publish the profile at once (otherwise it is created as a draft)"),
        required=False,
        initial=True,
    )
    message = forms.CharField(
        label=gettext_lazy("Message to the applicant"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=gettext_lazy("Sent by email; required when you request changes."),
    )

    def clean(self):
        data = super().clean()
        if data.get("decision") == "changes" and not (data.get("message") or "").strip():
            self.add_error("message", _("Tell the applicant what to change."))
        return data


def _check(request):
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied


def queue(request):
    _check(request)
    status = request.GET.get("status") or ApplicationStatus.PENDING
    if status not in ApplicationStatus.values:
        status = ApplicationStatus.PENDING
    counts = dict(
        OrganisationApplication.objects.values_list("status").annotate(n=Count("pk")).order_by()
    )
    context = {
        "applications": OrganisationApplication.objects.filter(status=status).select_related(
            "seat"
        ),
        "status": status,
        "tabs": [
            (value, label, counts.get(value, 0)) for value, label in ApplicationStatus.choices
        ],
    }
    return TemplateResponse(request, "organisations/admin/queue.html", context)


def review(request, pk):
    _check(request)
    application = get_object_or_404(OrganisationApplication, pk=pk)
    form = DecisionForm(request.POST or None)
    deciding = request.method == "POST" and application.status == ApplicationStatus.PENDING
    if deciding and form.is_valid():
        try:
            decide(request, application, form.cleaned_data)
        except NoDirectory as error:
            messages.error(request, str(error))
            return redirect("organisations_application", pk=pk)
        return redirect("organisations_applications")
    context = {
        "application": application,
        "form": form,
        "duplicates": lifecycle.duplicates(application),
        "can_decide": application.status == ApplicationStatus.PENDING,
    }
    return TemplateResponse(request, "organisations/admin/review.html", context)


def approved_message(application, page):
    if application.pending_login is not None:
        text = _(
            "Approved: “%(name)s” is in the directory. A login with the applicant's address "
            "already exists: its owner was asked, at that login's own address, to link it."
        )
    else:
        text = _("Approved: “%(name)s” is in the directory, and the applicant is invited.")
    return text % {"name": page.title}


def decide(request, application, data):
    message = data["message"].strip()
    if data["decision"] == "approve":
        page = lifecycle.approve(application, request.user, message, publish=data["publish"])
        messages.success(request, approved_message(application, page))
    elif data["decision"] == "changes":
        lifecycle.request_changes(application, request.user, message)
        messages.success(request, _("The applicant has been asked for changes."))
    else:
        lifecycle.reject(application, request.user, message)
        messages.success(request, _("The application has been rejected."))
