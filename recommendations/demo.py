"""Demo register: institutions, 30 invented recommendations in both languages with assessments
by the demo directory's invented organisations, and the demo publications' recommendation blocks
pointed at their institutions so that they join the register. Idempotent."""

import importlib
import uuid

from django.conf import settings

from wagtail.models import Locale

from core.models import Election, Topic
from home.demo import ensure_home
from organisations.models import OrganisationPage
from publications.demo import index_page
from publications.models import PublicationPage
from recommendations import demo_texts as texts
from recommendations.models import (
    Assessment,
    AssessorKind,
    Institution,
    Moderation,
    Recommendation,
)
from recommendations.sync import sync_publication

DEMO_ORDER = 70
NAMESPACE = uuid.UUID("9a1f6a52-3c2e-4b6b-8f7e-1d2c3b4a5f60")
institutions_migration = importlib.import_module(
    "recommendations.migrations.0002_institutions_and_addressees"
)


def load_demo(log):
    home = ensure_home()
    default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
    others = list(Locale.objects.exclude(pk=default.pk))
    ensure_institutions([default, *others])
    index_page(home, "recommendations.RecommendationIndexPage", texts.REGISTER, others, log)
    for item in texts.RECOMMENDATIONS:
        first = record(item, [default, *others], log)
        assess(first, item)
    link_publications(log)


def ensure_institutions(locales):
    for slug, sq, en, _others in institutions_migration.INSTITUTIONS:
        key = uuid.uuid5(institutions_migration.NAMESPACE, slug)
        for locale in locales:
            name = sq if locale.language_code == "sq" else en
            Institution.objects.get_or_create(
                locale=locale, slug=slug, defaults={"name": name, "translation_key": key}
            )


def in_locale(model, slug, locale):
    return model.objects.filter(slug=slug, locale=locale).first() if slug else None


def record(item, locales, log):
    code, source, institution, topics, text, _assessments = item
    kind, title, election = texts.SOURCES[source]
    key = uuid.uuid5(NAMESPACE, code)
    rows = []
    for locale in locales:
        language = "sq" if locale.language_code == "sq" else "en"
        row = Recommendation.objects.filter(translation_key=key, locale=locale).first()
        if row is None:
            row = Recommendation.objects.create(
                translation_key=key,
                locale=locale,
                reference_code=code,
                slug=code.lower(),
                text=getattr(text, language),
                institution=in_locale(Institution, institution, locale),
                election=in_locale(Election, election, locale),
                source_kind=kind,
                source_title=getattr(title, language),
                is_demo=True,
            )
            row.topics.set(Topic.objects.filter(locale=locale, slug__in=topics))
            log(f"  recommendation: {code} ({locale.language_code})")
        rows.append(row)
    return rows[0]


def assess(recommendation, item):
    if recommendation.assessments().exists():
        return
    for assessor, status, day in item[5]:
        organisation = OrganisationPage.objects.filter(
            slug=texts.ASSESSORS[assessor], locale=recommendation.locale
        ).first()
        if organisation is None:
            continue  # the directory's demo was not loaded
        reason = texts.REASONS[status]
        Assessment.objects.create(
            recommendation=recommendation,
            status=status,
            assessor_kind=AssessorKind.CSO,
            organisation=organisation,
            reason=f"{reason.sq}\n\n{reason.en}",
            assessed_on=day,
            moderation=Moderation.PUBLISHED,
        )


def link_publications(log):
    """Point the demo publications' free-text addressees at institutions, then publish them:
    their recommendations join the register (recommendations.sync)."""
    known = institutions_migration.names()
    for page in PublicationPage.objects.live():
        rows = Institution.objects.filter(locale=page.locale).values_list("slug", "pk")
        by_locale = {(page.locale_id, slug): pk for slug, pk in rows}
        body = list(page.body.raw_data)
        if institutions_migration.mapped(body, page.locale_id, by_locale, known):
            page.body = body
            page.save_revision().publish()
            log(f"  recommendations of: {page.slug} ({page.locale.language_code})")
        else:
            sync_publication(page)
        Recommendation.objects.filter(source_page=page).update(is_demo=True)
