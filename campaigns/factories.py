"""Factories for campaigns and their target audiences."""

import datetime

import factory

from django.utils import timezone

from campaigns.models import Audience, CampaignIndexPage, CampaignPage
from core.factories import TaxonomyFactory
from home.factories import PageFactory


class AudienceFactory(TaxonomyFactory):
    class Meta:
        model = Audience

    name = factory.Sequence(lambda n: f"Publiku {n}")


class CampaignIndexPageFactory(PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Fushatat"
    slug = "fushatat"


def days(n):
    return timezone.localdate() + datetime.timedelta(days=n)


class CampaignPageFactory(PageFactory):
    class Meta:
        model = CampaignPage

    title = factory.Sequence(lambda n: f"Fushata {n}")
    tagline = "Vota jote është e fshehtë"
    intro = "Një fushatë ndërgjegjësimi kundër blerjes së votës."
    start_date = factory.LazyFunction(lambda: days(-10))
    end_date = factory.LazyFunction(lambda: days(30))
    collects_support = True
    support_goal = 100

    @classmethod
    def _create(cls, model_class, *args, topics=(), audiences=(), counties=(), **kwargs):
        parent, publish = kwargs.pop("parent"), kwargs.pop("publish", True)
        page = model_class(*args, live=publish, **kwargs)
        page.topics, page.audiences, page.counties = list(topics), list(audiences), list(counties)
        parent.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return page
