"""Reports -> Translations to do: the overview of core.translation_status, with filters."""

from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page

from core import translation_status as status

PERMISSION = "wagtail_localize.submit_translation"
STATES = [(status.MISSING, _("Missing")), (status.OUTDATED, _("Out of date"))]


def may_translate(user):
    return user.is_active and user.has_perm(PERMISSION)


def choices(request, name, options):
    """[(value, label, selected)] with the current value, or "" when it is not an option."""
    current = request.GET.get(name, "")
    values = {value for value, _label in options}
    current = current if current in values else ""
    return current, [(value, label, value == current) for value, label in options]


def section_options():
    sections = Page.objects.filter(depth=status.SECTION_DEPTH).select_related("locale")
    first = {}
    for page in sections.order_by("locale_id", "path"):  # the first language's title
        first.setdefault(str(page.translation_key), page.title)
    return [*first.items(), ("snippets", _("Snippets"))]


def overview(request):
    if not may_translate(request.user):
        raise PermissionDenied
    language_options = [
        (locale.language_code, get_language_info(locale.language_code)["name_translated"])
        for locale in Locale.objects.all()
    ]
    section, sections = choices(request, "section", section_options())
    language, languages = choices(request, "language", language_options)
    state, states = choices(request, "state", STATES)
    context = {
        "rows": status.overview(section, language, state),
        "filters": [
            ("section", _("Section"), sections),
            ("language", _("Missing or out of date in"), languages),
            ("state", _("State"), states),
        ],
    }
    return TemplateResponse(request, "core/admin/translation_overview.html", context)
