"""Factories for tests and demo content: pages are added to the tree and published."""

import factory

from django.utils.text import slugify

from home.models import StandardPage


class PageFactory(factory.django.DjangoModelFactory):
    """Base for page factories: pass `parent=`; the page is added under it and published."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Faqja {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    @classmethod
    def _create(cls, model_class, *args, parent=None, publish=True, **kwargs):
        if parent is None:
            raise ValueError("Pass parent= to create a page.")
        page = model_class(*args, live=publish, **kwargs)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page


class StandardPageFactory(PageFactory):
    class Meta:
        model = StandardPage

    intro = factory.Faker("sentence", locale="en_GB")
    body = factory.LazyFunction(
        lambda: [("paragraph", "<p>Pjesëmarrja e OSHC-ve në proceset zgjedhore.</p>")]
    )
