"""Moderators' views of a consultation: the list of consultations with their input, the
printable report (per article, with counts) and the CSV and XLSX exports."""

from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse

from dialogue import exports
from dialogue.models import ConsultationPage, Contribution
from dialogue.views import articles_with_contributions

MODERATE = "dialogue.moderate_contribution"


def require_moderator(request):
    if not request.user.has_perm(MODERATE):
        raise PermissionDenied


def consultations(request):
    require_moderator(request)
    pages = list(ConsultationPage.objects.filter(alias_of__isnull=True).order_by("-closes_at"))
    counts = dict(
        Contribution.objects.exclude(status="unconfirmed")
        .values_list("consultation_key")
        .annotate(n=Count("pk"))
    )
    for page in pages:
        page.contribution_count = counts.get(page.translation_key, 0)
    context = {"pages": pages}
    return TemplateResponse(request, "dialogue/admin/consultations.html", context)


def report(request, page_id):
    require_moderator(request)
    page = get_object_or_404(ConsultationPage, pk=page_id)
    rows = exports.contributions(page)
    articles = articles_with_contributions(page, rows)
    context = {
        "page": page,
        "articles": articles,
        "total": len(rows),
        "endorsements": exports.endorsement_count(page),
    }
    return TemplateResponse(request, "dialogue/admin/report.html", context)


def export(request, page_id, fmt):
    require_moderator(request)
    page = get_object_or_404(ConsultationPage, pk=page_id)
    return exports.as_xlsx(page) if fmt == "xlsx" else exports.as_csv(page)
