"""Factories for events."""

import datetime

import factory

from django.utils import timezone

from events.models import EventIndexPage, EventPage
from home.factories import PageFactory


def hours(n):
    return timezone.now() + datetime.timedelta(hours=n)


class EventIndexPageFactory(PageFactory):
    class Meta:
        model = EventIndexPage

    title = "Aktivitetet"
    slug = "aktivitetet"


class EventPageFactory(PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Tryeza {n}")
    kind = "round_table"
    summary = "Tryezë e rrumbullakët për reformën zgjedhore."
    start = factory.LazyFunction(lambda: hours(24 * 7))
    end = factory.LazyAttribute(lambda event: event.start + datetime.timedelta(hours=3))
    venue = "Salla e konferencave"
    address = "Rruga e Durrësit 1"
    capacity = 3
