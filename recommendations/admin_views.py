"""The admin page that imports recommendations from a CSV file (see recommendations.importer)."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from recommendations.importer import ImportFailed, import_csv
from recommendations.importer import __doc__ as COLUMNS

MAX_BYTES = 2 * 1024 * 1024
PERMISSION = "recommendations.add_recommendation"


class ImportForm(forms.Form):
    file = forms.FileField(label=gettext_lazy("CSV file (UTF-8)"))


def decoded(upload):
    if upload.size > MAX_BYTES:
        raise ImportFailed([(0, _("The file is larger than 2 MB."))])
    try:
        return upload.read().decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFailed([(0, _("The file is not UTF-8 text."))]) from error


def import_view(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    errors = []
    if request.method == "POST" and form.is_valid():
        try:
            count = import_csv(decoded(form.cleaned_data["file"]))
        except ImportFailed as failure:
            errors = failure.errors
        else:
            imported = ngettext(
                "Imported %(count)s recommendation.", "Imported %(count)s recommendations.", count
            )
            messages.success(request, imported % {"count": count})
            return redirect("recommendations_import")
    context = {"form": form, "errors": errors, "columns": COLUMNS}
    return TemplateResponse(request, "recommendations/admin/import.html", context)
