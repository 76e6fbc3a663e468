"""Factories for tests and demo content: pages are added to the tree and published."""

import factory

from core.factories import PageFactory
from home.models import StandardPage


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    intro = factory.Faker("sentence", locale="en_GB")
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Pjesëmarrja e OSHC-ve në proceset zgjedhore.</p>")]
    )
