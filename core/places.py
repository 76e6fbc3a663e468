"""Albania's counties and municipalities from core/data (Law 115/2014 and amendments)."""

import csv
from pathlib import Path

from django.db.models import F, Value
from django.db.models.functions import Lower, Replace

DATA = Path(__file__).resolve().parent / "data"


def fold(text):
    return text.replace("ë", "e").replace("ç", "c").replace("Ë", "E").replace("Ç", "C")


def load_places(County, Municipality):
    """Create or update the 12 counties and 61 municipalities; models are passed in so that
    migrations can use their historical versions."""
    from django.utils.text import slugify

    with (DATA / "albania_counties.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            County.objects.update_or_create(
                code=row["code"],
                defaults={
                    "name_sq": row["name_sq"],
                    "name_en": row["name_en"],
                    "seat": row["seat_sq"],
                    "latitude": row["seat_lat"],
                    "longitude": row["seat_lon"],
                },
            )
    counties = {county.code: county for county in County.objects.all()}
    with (DATA / "albania_divisions.csv").open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            Municipality.objects.update_or_create(
                slug=slugify(fold(row["municipality_sq"])),
                defaults={
                    "county": counties[row["county_code"]],
                    "name_sq": row["municipality_sq"],
                    "name_en": row["municipality_en"],
                },
            )


# Albanian alphabetical order in the database, for lists of places: ç sorts after c, ë after e,
# and the digraphs dh, gj, ll, nj, rr, sh, th, xh, zh after their first letter's other words
# ("~" sorts after every letter). Lower() folds only ASCII on SQLite, so capital Ç and Ë are
# replaced too. (Organisation names use organisations.collation's stored sort key.)
ALBANIAN_LETTERS = [
    ("Ç", "c~"),
    ("ç", "c~"),
    ("Ë", "e~"),
    ("ë", "e~"),
    *(
        (digraph, digraph[0] + "~")
        for digraph in ("dh", "gj", "ll", "nj", "rr", "sh", "th", "xh", "zh")
    ),
]


def albanian_order(field):
    """An expression that orders `field` (an Albanian name) as Albanian readers expect."""
    expression = Lower(F(field))
    for letter, key in ALBANIAN_LETTERS:
        expression = Replace(expression, Value(letter), Value(key))
    return expression.asc()


def albanian_key(text):
    """`albanian_order`'s twin in Python, for lists already in memory (a listing's facets)."""
    key = text.lower()
    for letter, replacement in ALBANIAN_LETTERS:
        key = key.replace(letter, replacement)
    return key


def sort_key(text, language="sq"):
    """Albanian order for Albanian text; English text in Latin order, ë and ç as e and c."""
    return albanian_key(text) if language == "sq" else fold(text).lower()


def in_albanian_order(queryset):
    """Counties or municipalities (`name_sq`) in Albanian order, for choice lists. (Not in
    Meta.ordering: modelcluster sorts by field names only.)"""
    return queryset.order_by(albanian_order("name_sq"), "pk")
