"""Publications' recommendation blocks: known free-text addressees mapped to institutions by the
data migration (the text kept), and each block item a register record on publish, keyed by its
block id, without retyping."""

import importlib

import pytest

from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from recommendations.models import Institution, Recommendation, SourceKind

pytestmark = pytest.mark.django_db

migration = importlib.import_module("recommendations.migrations.0002_institutions_and_addressees")


def test_the_migration_made_the_institutions_in_both_languages(sq, en):
    cec = Institution.objects.get(locale=sq, slug="kqz")
    assert cec.name == "Komisioni Qendror i Zgjedhjeve"
    assert cec.get_translation(en).name == "Central Election Commission"


def test_known_addressees_get_their_institution_and_keep_their_text():
    body = [
        {
            "type": "recommendations",
            "value": {
                "heading": "",
                "recommendations": [
                    {"type": "item", "id": "a", "value": {"addressee": " KQZ ", "text": "x"}},
                    {"type": "item", "id": "b", "value": {"addressee": "Ministria X", "text": "y"}},
                ],
            },
        }
    ]
    by_locale = {(1, "kqz"): 42}
    assert migration.mapped(body, 1, by_locale, migration.names())
    items = body[0]["value"]["recommendations"]
    assert items[0]["value"] == {"addressee": " KQZ ", "text": "x", "institution": 42}
    assert items[1]["value"] == {"addressee": "Ministria X", "text": "y"}


def publication(home, sq, items):
    library = PublicationIndexPageFactory(parent=home)
    cec = Institution.objects.get(locale=sq, slug="kqz")
    body = [
        (
            "recommendations",
            {
                "heading": "",
                "recommendations": [
                    {"institution": cec if known else None, "addressee": "KQZ", "text": text}
                    for text, known in items
                ],
            },
        )
    ]
    return PublicationPageFactory(parent=library, title="Raporti i vëzhgimit", body=body)


def test_publishing_a_publication_makes_its_recommendations_records(home, sq):
    page = publication(home, sq, [("Të publikohen rezultatet.", True), ("Pa institucion.", False)])
    records = Recommendation.objects.filter(source_page=page)
    assert [record.text for record in records] == ["Të publikohen rezultatet."]
    record = records.get()
    assert record.source_kind == SourceKind.PUBLICATION and record.institution.slug == "kqz"
    assert record.source_block_id == page.body[0].value["recommendations"].bound_blocks[0].id


def test_republishing_updates_the_same_record(home, sq):
    page = publication(home, sq, [("Teksti i parë.", True)])
    first = Recommendation.objects.get(source_page=page)
    raw = page.body.raw_data
    raw[0]["value"]["recommendations"][0]["value"]["text"] = "Teksti i ndryshuar."
    page.body = raw
    page.save_revision().publish()
    again = Recommendation.objects.get(source_page=page)
    assert (again.pk, again.text) == (first.pk, "Teksti i ndryshuar.")
