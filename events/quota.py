"""Seats per organisation: which registrations belong to the same organisation.

A registrant chooses an organisation from the directory or types its name. A typed name counts
as the directory organisation whose title (in any language) it matches, and as any other typed
name it matches, ignoring case, spacing, ë/ç and other accents, so typing "Qendra Ligj" instead
of choosing "Qendra Ligj" does not dodge the quota. Only registrations confirmed by email count.
"""

from core.normalise import fold
from events.models import CONFIRMED_BY_EMAIL, Registration
from organisations.models import OrganisationPage


def folded(name):
    return " ".join(fold(name or "").split())


def directory():
    """{folded title: organisation translation_key} of every organisation, in every language."""

    rows = OrganisationPage.objects.values_list("title", "translation_key")
    return {folded(title): key for title, key in rows}


def identity(organisation_key, name, titles):
    if organisation_key:
        return organisation_key
    name = folded(name)
    return titles.get(name, name) or None


def registrations_of(event, data, exclude=None):
    """How many email-confirmed registrations of `event` share the applicant's organisation."""
    titles = directory()
    chosen = data.get("organisation")
    mine = identity(
        chosen.translation_key if chosen else None, data.get("organisation_name"), titles
    )
    if mine is None:
        return 0
    rows = (
        Registration.objects.filter(event_key=event.translation_key, status__in=CONFIRMED_BY_EMAIL)
        .exclude(pk=exclude)
        .values_list("organisation__translation_key", "organisation_name")
    )
    return sum(1 for key, name in rows if identity(key, name, titles) == mine)
