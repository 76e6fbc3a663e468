"""Import recommendations (OSCE/ODIHR's, typically) from a CSV file: all rows or none.

Columns (a header row, UTF-8, a BOM allowed; names as below, any order):

    reference_code  required; a record with this code is updated, else created
    text_sq         required; the recommendation in Albanian
    text_en         required; the recommendation in English
    institution     required; an institution's slug (e.g. `kqz`, `kuvendi`)
    topics          optional; topic slugs separated by `|`
    election        optional; an election's slug
    source_kind     optional; `odihr` (default), `publication` or `round-table`
    source_title_sq, source_title_en   optional; the report's title
    source_url      optional; an https:// address
    status          optional; `fully`, `mostly`, `partially` or `not-implemented`: ODIHR's
                    assessment, recorded with `assessed_on` (required then, YYYY-MM-DD)
    reason          optional; the assessment's reason

Every bad row is reported with its line number and nothing is stored until every row is good.
"""

import csv
import datetime
import io
import uuid
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.models import Election, Topic
from recommendations.models import (
    Assessment,
    AssessorKind,
    Institution,
    Moderation,
    Recommendation,
    SourceKind,
    Status,
)
from recommendations.sync import free_slug

REQUIRED = ["reference_code", "text_sq", "text_en", "institution"]
MAX_ROWS = 5000
MAX_TEXT = 5000


class ImportFailed(Exception):
    def __init__(self, errors):
        super().__init__("; ".join(f"{line}: {message}" for line, message in errors))
        self.errors = errors  # [(line number, message)]


@dataclass
class Row:
    line: int
    data: dict
    topics: list
    assessed_on: datetime.date | None


def read(text):
    """The rows of `text` as dicts; raises ImportFailed for a missing column."""
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
    missing = [name for name in REQUIRED if name not in (reader.fieldnames or [])]
    if missing:
        raise ImportFailed([(1, _("Missing columns: %(names)s") % {"names": ", ".join(missing)})])
    return reader


def check(line, data):
    """(Row, None) or (None, error message) for one row."""
    data = {key: (value or "").strip() for key, value in data.items() if key}
    for name in REQUIRED:
        if not data.get(name):
            return None, _("%(name)s is empty.") % {"name": name}
    if any(len(value) > MAX_TEXT for value in data.values()):
        return None, _("A cell is longer than %(max)s characters.") % {"max": MAX_TEXT}
    if len(data["reference_code"]) > 40:
        return None, _("reference_code is longer than 40 characters.")
    if not Institution.objects.filter(slug=data["institution"]).exists():
        return None, _("Unknown institution: %(slug)s") % {"slug": data["institution"]}
    topics = [slug for slug in data.get("topics", "").split("|") if slug.strip()]
    known = set(Topic.objects.filter(slug__in=topics).values_list("slug", flat=True))
    if set(topics) - known:
        return None, _("Unknown topic: %(slug)s") % {"slug": ", ".join(set(topics) - known)}
    election = data.get("election", "")
    if election and not Election.objects.filter(slug=election).exists():
        return None, _("Unknown election: %(slug)s") % {"slug": election}
    kind = data.get("source_kind") or SourceKind.ODIHR
    if kind not in SourceKind.values:
        return None, _("Unknown source kind: %(kind)s") % {"kind": kind}
    data["source_kind"] = kind
    if data.get("source_url"):
        try:
            URLValidator(schemes=["http", "https"])(data["source_url"])
        except ValidationError:
            return None, _("source_url is not a web address.")
    return check_status(line, data, topics)


def check_status(line, data, topics):
    status = data.get("status", "")
    if not status:
        return Row(line, data, topics, None), None
    if status not in Status.values or status == Status.NOT_ASSESSED:
        return None, _("Unknown status: %(status)s") % {"status": status}
    try:
        day = datetime.date.fromisoformat(data.get("assessed_on", ""))
    except ValueError:
        return None, _("assessed_on must be a date written YYYY-MM-DD.")
    return Row(line, data, topics, day), None


def parse(text):
    """Every row checked; ImportFailed with every bad row's line number."""
    rows, errors = [], []
    for number, data in enumerate(read(text), start=2):
        if number - 1 > MAX_ROWS:
            errors.append((number, _("Too many rows (at most %(max)s).") % {"max": MAX_ROWS}))
            break
        if None in data:
            errors.append((number, _("This row has more cells than the header.")))
            continue
        row, error = check(number, data)
        if error:
            errors.append((number, error))
        else:
            rows.append(row)
    if errors:
        raise ImportFailed(errors)
    return rows


def import_csv(text):
    """Create or update every row's record in both languages; the number of rows."""
    rows = parse(text)
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    with transaction.atomic():
        for row in rows:
            save_row(row, locales)
    return len(rows)


def by_slug(model, slug, locale):
    rows = model.objects.filter(slug=slug)
    return rows.filter(locale=locale).first() or rows.first()


def save_row(row, locales):
    data = row.data
    existing = Recommendation.objects.filter(reference_code=data["reference_code"]).first()
    key = existing.translation_key if existing else uuid.uuid4()
    slug = slugify(data["reference_code"])[:80] or key.hex[:12]
    records = []
    for language in ("sq", "en"):
        locale = locales.get(language)
        if locale is None:
            continue
        record = Recommendation.objects.filter(translation_key=key, locale=locale).first()
        record = record or Recommendation(
            translation_key=key, locale=locale, slug=free_slug(locale, slug)
        )
        record.reference_code = data["reference_code"]
        record.text = data[f"text_{language}"]
        record.institution = by_slug(Institution, data["institution"], locale)
        record.election = (
            by_slug(Election, data["election"], locale) if data.get("election") else None
        )
        record.source_kind = data["source_kind"]
        record.source_title = data.get(f"source_title_{language}", "")[:255]
        record.source_url = data.get("source_url", "")
        record.save()
        record.topics.set(Topic.objects.filter(locale=locale, slug__in=row.topics))
        records.append(record)
    if row.assessed_on and records:
        Assessment.objects.get_or_create(
            recommendation=records[0],
            assessor_kind=AssessorKind.ODIHR,
            assessed_on=row.assessed_on,
            status=data["status"],
            defaults={"reason": data.get("reason", ""), "moderation": Moderation.PUBLISHED},
        )
