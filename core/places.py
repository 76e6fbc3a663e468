"""Albania's counties and municipalities from core/data (Law 115/2014 and amendments)."""

import csv
from pathlib import Path

from django.utils.text import slugify

DATA = Path(__file__).resolve().parent / "data"


def fold(text):
    return text.replace("ë", "e").replace("ç", "c").replace("Ë", "E").replace("Ç", "C")


def load_places(County, Municipality):
    """Create or update the 12 counties and 61 municipalities; models are passed in so that
    migrations can use their historical versions."""

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
