"""The institutions recommendations are addressed to, in every language, and the publications'
recommendation blocks pointed at them.

Each known institution is created in every Locale (one translation key, derived from its slug).
Then every recommendation item in a publication's body (the live body and the latest revision)
whose free-text addressee names a known institution, in Albanian or English, gets that
institution in the page's language; the addressee text is kept as it was, and unknown texts stay
the only addressee (shown as before, until an editor picks an institution).
"""

import json
import uuid

from django.db import migrations

NAMESPACE = uuid.UUID("0c4d3a8e-7a55-4d1f-9b1e-2f5d8f0e6a11")

# slug, Albanian name, English name, other spellings found in addressee texts
INSTITUTIONS = [
    ("kuvendi", "Kuvendi i Shqipërisë", "Assembly of Albania", ["Kuvendi", "Assembly", "Parliament"]),
    (
        "kqz",
        "Komisioni Qendror i Zgjedhjeve",
        "Central Election Commission",
        ["KQZ", "CEC", "the Central Election Commission"],
    ),
    ("qeveria", "Këshilli i Ministrave", "Council of Ministers", ["Qeveria", "Government"]),
    ("partite-politike", "Partitë politike", "Political parties", []),
    ("ama", "Autoriteti i Mediave Audiovizive", "Audiovisual Media Authority", ["AMA"]),
    ("gjykatat", "Gjykatat dhe Kolegji Zgjedhor", "Courts and the Electoral College", []),
    ("prokuroria", "Prokuroria e Përgjithshme", "General Prosecutor's Office", []),
    ("bashkite", "Bashkitë", "Municipalities", []),
    ("transmetuesit", "Transmetuesit", "Broadcasters", []),
    (
        "shoqeria-civile",
        "Organizatat e shoqërisë civile",
        "Civil-society organisations",
        ["Shoqëria civile", "Civil society"],
    ),
]


def names():
    """{casefolded text: slug} of every known spelling."""
    found = {}
    for slug, sq, en, others in INSTITUTIONS:
        for text in [sq, en, *others]:
            found[text.strip().casefold()] = slug
    return found


def create_institutions(apps):
    Institution = apps.get_model("recommendations", "Institution")
    Locale = apps.get_model("wagtailcore", "Locale")
    by_locale = {}
    for locale in Locale.objects.all():
        for slug, sq, en, _others in INSTITUTIONS:
            name = sq if locale.language_code == "sq" else en
            row, _ = Institution.objects.get_or_create(
                locale=locale,
                slug=slug,
                defaults={"name": name, "translation_key": uuid.uuid5(NAMESPACE, slug)},
            )
            by_locale[(locale.pk, slug)] = row.pk
    return by_locale


def mapped(body, locale_id, by_locale, known):
    """The body with institutions set; whether anything changed."""
    changed = False
    for block in body:
        if block.get("type") != "recommendations":
            continue
        for item in block.get("value", {}).get("recommendations", []):
            value = item.get("value", item) if isinstance(item, dict) else {}
            slug = known.get((value.get("addressee") or "").strip().casefold())
            if slug and not value.get("institution") and (locale_id, slug) in by_locale:
                value["institution"] = by_locale[(locale_id, slug)]
                changed = True
    return changed


def as_list(raw):
    if isinstance(raw, str):
        return json.loads(raw or "[]")
    return json.loads(json.dumps(list(raw.raw_data if hasattr(raw, "raw_data") else raw)))


def forwards(apps, schema_editor):
    by_locale = create_institutions(apps)
    known = names()
    PublicationPage = apps.get_model("publications", "PublicationPage")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page in PublicationPage.objects.all():
        body = as_list(page.body)
        if mapped(body, page.locale_id, by_locale, known):
            PublicationPage.objects.filter(pk=page.pk).update(body=body)
        if page.latest_revision_id:
            revision = Revision.objects.filter(pk=page.latest_revision_id).first()
            if revision and "body" in revision.content:
                content_body = as_list(revision.content["body"])
                if mapped(content_body, page.locale_id, by_locale, known):
                    revision.content["body"] = json.dumps(content_body)
                    revision.save(update_fields=["content"])


class Migration(migrations.Migration):
    dependencies = [
        ("recommendations", "0001_initial"),
        ("publications", "0003_recommendation_institution"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
