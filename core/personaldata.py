"""One person's data, across every app: find it, export it, erase it.

For requests under the GDPR and Albania's data-protection law (Law 124/2024). Each app that keeps
personal data has a `personal_data.py` module defining `SOURCES`, a list of `Source`s; they are
discovered like Wagtail's hooks, so core imports no app. A source finds records by the email
address exactly as stored after normalisation (NFKC, lower case), never by a case-insensitive
database match: PostgreSQL folds `ı` to `I`, so `iexact` would hand someone else's data over.
"""

import json
from collections.abc import Callable
from dataclasses import dataclass
from importlib import import_module

from django.apps import apps
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.utils.module_loading import module_has_submodule

from core.export import csv_text
from core.forms import normalise_email


@dataclass(frozen=True)
class Source:
    """`label`: what the records are (translated); `find(email)`: a list of dicts, one per
    record, values already readable; `erase(email)`: erase them, return how many."""

    label: str
    find: Callable[[str], list]
    erase: Callable[[str], int]


def all_sources():
    """Every app's `personal_data.SOURCES`, in the order of INSTALLED_APPS."""
    found = []
    for config in apps.get_app_configs():
        if module_has_submodule(config.module, "personal_data"):
            module = import_module(f"{config.name}.personal_data")
            found.extend(getattr(module, "SOURCES", []))
    return found


def find(email):
    """[(label, [record, ...]), ...] for every source that holds something."""
    email = normalise_email(email)
    results = [(str(source.label), source.find(email)) for source in all_sources()]
    return [(label, records) for label, records in results if records]


def as_json(email):
    data = {"email": normalise_email(email), "records": dict(find(email))}
    return json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2)


def as_csv(email):
    rows = []
    for label, records in find(email):
        for record in records:
            rows.extend([label, field, value] for field, value in record.items())
    return csv_text(["source", "field", "value"], rows)


def erase(email):
    """Erase everything held about `email`; {label: count}."""
    email = normalise_email(email)
    with transaction.atomic():
        counts = {str(source.label): source.erase(email) for source in all_sources()}
    return {label: n for label, n in counts.items() if n}
