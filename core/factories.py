"""Factories for the shared taxonomy (topics, people, elections) in the default language."""

import datetime

import factory

from django.utils.text import slugify

from wagtail.models import Locale

from core.models import Election, Person, Topic


def default_locale():
    return Locale.get_default()


class TaxonomyFactory(factory.django.DjangoModelFactory):
    """A term of a core.models.Taxonomy: a numbered name, its slug, the default locale."""

    class Meta:
        abstract = True

    name = factory.Sequence(lambda n: f"Term {n}")
    slug = factory.LazyAttribute(lambda term: slugify(term.name))
    locale = factory.LazyFunction(default_locale)


class TopicFactory(TaxonomyFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Tema {n}")


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    given_name = "Arbëresha"
    family_name = factory.Sequence(lambda n: f"Hoxha{n}")
    affiliation = "QKBTAT"
    locale = factory.LazyFunction(default_locale)


class ElectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Election

    name = "Zgjedhjet parlamentare 2025"
    slug = factory.Sequence(lambda n: f"parlamentare-{n}")
    kind = "parliamentary"
    date = datetime.date(2025, 5, 11)
    locale = factory.LazyFunction(default_locale)


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
