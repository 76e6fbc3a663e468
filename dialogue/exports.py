"""A consultation's input as rows: for the CSV and XLSX exports and the printable report."""

import io

from openpyxl import Workbook

from django.http import HttpResponse
from django.utils import timezone

from core.export import csv_response
from dialogue.models import Contribution, Endorsement

HEADER = [
    "article",
    "kind",
    "status",
    "organisation",
    "name",
    "comment",
    "proposed wording",
    "endorsements",
    "reason",
    "created at",
]


def contributions(page):
    """Every confirmed contribution of the consultation (all languages), article order."""
    order = {a.translation_key: i for i, a in enumerate(page.articles.all())}
    rows = (
        Contribution.objects.filter(consultation_key=page.translation_key)
        .exclude(status="unconfirmed")
        .select_related("organisation")
        .prefetch_related("endorsements__organisation")
    )
    return sorted(rows, key=lambda row: (order.get(row.article_key, 10**6), row.created_at))


def rows(page):
    for row in contributions(page):
        yield [
            row.article_number,
            row.get_kind_display(),
            row.get_status_display(),
            row.organisation_label,
            row.name if row.show_name else "",
            row.text,
            row.proposed_wording,
            "; ".join(e.organisation_label for e in row.endorsements.all()),
            row.reason,
            timezone.localtime(row.created_at).strftime("%Y-%m-%d %H:%M"),
        ]


def filename(page, extension):
    return f"consultation-{page.slug[:60]}.{extension}"


def as_csv(page):
    return csv_response(filename(page, "csv"), HEADER, rows(page))


def as_xlsx(page):
    book = Workbook()
    sheet = book.active
    sheet.title = "contributions"
    sheet.append(HEADER)
    for row in rows(page):
        cells = sheet.append([str(value) for value in row]) or sheet[sheet.max_row]
        for cell in cells:
            cell.data_type = "s"  # text, never a formula
    buffer = io.BytesIO()
    book.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename(page, "xlsx")}"'
    return response


def endorsement_count(page):
    return Endorsement.objects.filter(contribution__consultation_key=page.translation_key).count()
