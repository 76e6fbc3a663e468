"""The register's routes: a recommendation's record, the CSV export and the assessment form."""

from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import add_never_cache_headers
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from core import fragments
from core.export import csv_response
from core.mail import absolute
from core.navigation import active_locale
from core.ratelimit import Limit
from recommendations import links
from recommendations.forms import AssessmentForm
from recommendations.listing import Register
from recommendations.models import Assessment, AssessorKind, Moderation, Recommendation
from recommendations.representing import may_act_for, represented

LIMIT = Limit("recommendations.assess", 20)


def record(index, request, slug):
    queryset = Recommendation.objects.select_related(
        "institution", "election", "source_page", "locale"
    )
    return get_object_or_404(queryset, locale=active_locale(request), slug=slug)


def history(recommendation):
    """Published assessments, newest first, ODIHR's and CSOs' side by side."""
    rows = (
        recommendation.assessments()
        .filter(moderation=Moderation.PUBLISHED)
        .select_related("organisation")
    )
    rows = list(rows)
    return {
        "odihr": [row for row in rows if row.assessor_kind == AssessorKind.ODIHR],
        "cso": [row for row in rows if row.assessor_kind == AssessorKind.CSO],
    }


def edited_context(request, recommendation):
    """What only an edit changes (cached until the next one, core.fragments)."""

    def compute():
        locale = active_locale(request)
        return {
            "topics": links.topics(recommendation),
            "linked": links.linked(recommendation, locale),
        }

    parts = (recommendation.pk, get_language())
    return fragments.get_or_set(request, "recommendation", parts, compute)


def detail_context(index, request, recommendation, form=None):
    context = index.get_context(request)
    context.update(edited_context(request, recommendation))
    context.update(
        {
            "recommendation": recommendation,
            "history": history(recommendation),
            "can_assess": bool(represented(request.user, active_locale(request))),
            "form": form,
            "json_ld": json_ld(index, recommendation, context["topics"]),
        }
    )
    return context


def json_ld(index, recommendation, topics):
    """schema.org data of a record: the recommendation, its source and its current status."""
    data = {
        "@context": "https://schema.org",
        "@type": "CreativeWork",
        "genre": "recommendation",
        "identifier": recommendation.reference_code,
        "name": f"{recommendation.reference_code}: {recommendation.text[:100]}",
        "text": recommendation.text,
        "url": absolute(index.record_url(recommendation)),
        "inLanguage": recommendation.locale.language_code,
        "audience": {"@type": "Audience", "name": recommendation.institution.name},
        "creativeWorkStatus": str(recommendation.get_status_display()),
        "about": [topic.name for topic in topics],
    }
    if recommendation.status_date:
        data["dateModified"] = recommendation.status_date.isoformat()
    source = {"@type": "CreativeWork", "name": recommendation.source_title}
    if recommendation.source_url:
        source["url"] = recommendation.source_url
    if recommendation.source_title or recommendation.source_url:
        data["isBasedOn"] = source
    return data


def detail(index, request, slug):
    """A record's page: cached whole (core.fragments.whole_page; afresh for a signed-in visitor,
    who may be offered the assessment form), so the register's context and the record's history
    are read only when it is rendered."""
    recommendation = record(index, request, slug)
    context = {"page": index, "self": index, "request": request, "recommendation": recommendation}
    parts = fragments.page_parts(request, index, "r", recommendation.pk, personal=True)
    fragments.whole_page(
        request, context, parts, lambda: detail_context(index, request, recommendation)
    )
    return TemplateResponse(request, "recommendations/recommendation.html", context)


def export_csv(index, request):
    register = Register(index, request)
    rows = register.ordered(register.queryset().distinct()).select_related("election")
    header = [
        _("Reference"),
        _("Recommendation"),
        _("Institution"),
        _("Source"),
        _("Source title"),
        _("Source address"),
        _("Election"),
        _("Status"),
        _("Status according to"),
        _("Status date"),
        _("Demo content"),
    ]
    body = [
        [
            item.reference_code,
            item.text,
            item.institution.name,
            item.get_source_kind_display(),
            item.source_title,
            item.source_url,
            item.election.name if item.election_id else "",
            item.get_status_display(),
            item.get_status_by_display() if item.status_by else "",
            item.status_date.isoformat() if item.status_date else "",
            _("yes") if item.is_demo else "",
        ]
        for item in rows
    ]
    return csv_response("recommendations.csv", header, body)


def render_form(index, request, recommendation, form, status=200):
    context = detail_context(index, request, recommendation, form)
    response = TemplateResponse(request, "recommendations/assess.html", context, status=status)
    add_never_cache_headers(response)
    return response


def assess(index, request, slug):
    recommendation = record(index, request, slug)
    if not request.user.is_authenticated:
        return redirect_to_login(request.get_full_path(), reverse("wagtailadmin_login"))
    organisations = represented(request.user, active_locale(request))
    if not organisations:
        raise Http404  # only representatives of an organisation assess here
    if request.method != "POST":
        return render_form(
            index, request, recommendation, AssessmentForm(organisations=organisations)
        )
    form = AssessmentForm(request.POST, organisations=organisations)
    if form.is_bot:
        return HttpResponseRedirect(index.record_url(recommendation))
    if not form.is_valid():
        return render_form(index, request, recommendation, form, 400)
    if LIMIT.exceeded(request):
        form.add_error(None, _("Too many attempts. Please try again later."))
        return render_form(index, request, recommendation, form, 429)
    LIMIT.hit(request)
    return submitted(index, request, recommendation, form)


def submitted(index, request, recommendation, form):
    data = form.cleaned_data
    if not may_act_for(request.user, data["organisation"]):  # the queryset already ensures it
        raise Http404
    Assessment.objects.create(
        recommendation=recommendation,
        assessor_kind=AssessorKind.CSO,
        organisation=data["organisation"],
        status=data["status"],
        assessed_on=data["assessed_on"],
        reason=data["reason"],
        evidence=data["evidence"],
        moderation=Moderation.PENDING,
        submitted_by=request.user,
    )
    messages.success(
        request, _("Thank you. Your assessment is shown once a moderator has published it.")
    )
    return HttpResponseRedirect(index.record_url(recommendation))
