"""The recommendations of the register that a consultation answers, cited by reference code.

dialogue and recommendations share a layer, so neither imports the other: the register's models
are found by label at run time (`apps.get_model`), and the register finds the consultations
that cite a recommendation the same way (recommendations.links). Codes are stored one a line,
as the register spells them, synchronised across translations.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _

MAX_CODES = 50


def register_model(name):
    """The register's model `name`, or None where the register is not installed."""
    try:
        return apps.get_model("recommendations", name)
    except LookupError:
        return None


def parse(text):
    """The distinct codes of `text` (one a line, or separated by commas), in order."""
    found = []
    for line in (text or "").replace(",", "\n").splitlines():
        code = " ".join(line.split())
        if code and code.upper() not in [c.upper() for c in found]:
            found.append(code[:40])
    return found


def clean_codes(text):
    """`text` as stored (the register's own spelling, one a line); a translated
    ValidationError for unknown codes or too many."""
    codes = parse(text)
    if len(codes) > MAX_CODES:
        raise ValidationError(_("Cite at most %(count)d recommendations.") % {"count": MAX_CODES})
    model = register_model("Recommendation")
    if model is None or not codes:
        return "\n".join(codes)
    known = {}
    for code in model.objects.values_list("reference_code", flat=True).distinct():
        known.setdefault(code.upper(), code)
    unknown = [code for code in codes if code.upper() not in known]
    if unknown:
        raise ValidationError(
            _("No recommendation in the register has the reference code %(codes)s.")
            % {"codes": ", ".join(unknown)}
        )
    return "\n".join(known[code.upper()] for code in codes)


def cited(page):
    """[(recommendation, url)] that `page` cites, in its language where translated (two
    queries: the records with their institutions, the register page)."""
    codes = parse(page.recommendation_codes)
    model, index_model = register_model("Recommendation"), register_model("RecommendationIndexPage")
    if not codes or model is None:
        return []
    index = index_model.objects.live().filter(locale_id=page.locale_id).first()
    rows = model.objects.filter(locale_id=page.locale_id, reference_code__in=codes)
    by_code = {row.reference_code: row for row in rows.select_related("institution")}
    found = [by_code[code] for code in codes if code in by_code]
    return [(row, index.record_url(row) if index else "") for row in found]
