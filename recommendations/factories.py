"""Factories for the register: institutions, recommendations, assessments, the register page."""

import datetime

import factory

from core.factories import TaxonomyFactory, default_locale
from home.factories import PageFactory
from recommendations.models import (
    Assessment,
    AssessorKind,
    Institution,
    Moderation,
    Recommendation,
    RecommendationIndexPage,
    SourceKind,
)


class InstitutionFactory(TaxonomyFactory):
    class Meta:
        model = Institution

    name = factory.Sequence(lambda n: f"Institucioni {n}")


class RecommendationIndexPageFactory(PageFactory):
    class Meta:
        model = RecommendationIndexPage

    title = "Rekomandimet"
    slug = "rekomandimet"


class RecommendationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Recommendation
        skip_postgeneration_save = True

    locale = factory.LazyFunction(default_locale)
    reference_code = factory.Sequence(lambda n: f"REK-{n:03d}")
    slug = factory.LazyAttribute(lambda item: item.reference_code.lower())
    text = factory.Sequence(lambda n: f"Të ndryshohet neni {n} i Kodit Zgjedhor.")
    institution = factory.SubFactory(InstitutionFactory)
    source_kind = SourceKind.ODIHR
    source_title = "Raport përfundimtar (demo)"

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)


class AssessmentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Assessment

    recommendation = factory.SubFactory(RecommendationFactory)
    status = "partially"
    assessor_kind = AssessorKind.ODIHR
    reason = "U miratua pjesërisht."
    assessed_on = factory.LazyFunction(lambda: datetime.date(2025, 10, 1))
    moderation = Moderation.PUBLISHED
