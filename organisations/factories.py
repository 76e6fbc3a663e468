"""Factories for the directory, organisation profiles and focus areas."""

import factory

from core.factories import TaxonomyFactory
from home.factories import PageFactory
from organisations.models import FocusArea, OrganisationIndexPage, OrganisationPage


class FocusAreaFactory(TaxonomyFactory):
    class Meta:
        model = FocusArea

    name = factory.Sequence(lambda n: f"Fusha {n}")


class OrganisationIndexPageFactory(PageFactory):
    class Meta:
        model = OrganisationIndexPage

    title = "Organizatat"
    slug = "organizatat"


class OrganisationPageFactory(PageFactory):
    class Meta:
        model = OrganisationPage

    title = factory.Sequence(lambda n: f"Shoqata Qytetare {n}")
    acronym = ""
    intro = "Një organizatë që monitoron zgjedhjet vendore."
    contact_email = factory.Sequence(lambda n: f"info{n}@example.org")

    @classmethod
    def _create(cls, model_class, *args, focus_areas=(), counties=(), municipalities=(), **kwargs):
        parent, publish = kwargs.pop("parent"), kwargs.pop("publish", True)
        page = model_class(*args, live=publish, **kwargs)
        page.focus_areas = list(focus_areas)
        page.counties = list(counties)
        page.municipalities = list(municipalities)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page
