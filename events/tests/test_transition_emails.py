"""Issue 16: the right email for each transition. A seat brings a calendar file; pending
approval and the waiting list do not; the organisers hear of every registration that awaits
their approval, in their own language."""

import pytest

from django.contrib.auth.models import Group
from django.core import mail

from wagtail.users.models import UserProfile

from events import registration as registrations
from events.factories import EventPageFactory
from events.models import Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db


def add(event, name, status):
    return Registration.objects.create(
        event=event, name=name, email=f"{name.lower()}@example.org", status=status, language="sq"
    )


def to(address):
    return [message for message in mail.outbox if message.to == [address]]


def test_promoted_on_an_approval_event_awaits_approval_without_a_calendar(listing):
    event = EventPageFactory(
        parent=listing, capacity=1, requires_approval=True, organiser_email="org@example.org"
    )
    ana = add(event, "Ana", S.CONFIRMED)
    besa = add(event, "Besa", S.WAITING)
    registrations.cancel(ana)
    besa.refresh_from_db()
    assert besa.status == S.PENDING
    [message] = to("besa@example.org")
    assert "pret miratimin e organizatorëve" in message.subject
    assert message.attachments == []
    assert "është i juaji" not in message.body
    [organisers] = to("org@example.org")
    assert "Besa" in organisers.body and f"/admin/events/{event.pk}/registrations/" in (
        organisers.body
    )


def test_approval_sends_the_calendar_file(listing):
    event = EventPageFactory(parent=listing, requires_approval=True)
    ana = add(event, "Ana", S.PENDING)
    registrations.approve(ana)
    [message] = to("ana@example.org")
    assert "u miratua" in message.subject or "miratuar" in message.subject
    assert message.attachments[0][0] == "event.ics"


def test_the_waiting_list_gets_no_calendar_file(listing):
    event = EventPageFactory(parent=listing, capacity=1)
    add(event, "Ana", S.CONFIRMED)
    besa = add(event, "Besa", S.CONFIRMED)
    registrations.change(besa, S.WAITING)
    assert to("besa@example.org")[0].attachments == []


def test_without_an_address_the_event_organisers_group_is_told_in_each_ones_language(
    listing, django_user_model
):
    group, _created = Group.objects.get_or_create(name="Event organisers")
    english = django_user_model.objects.create_user("eng", "eng@example.org", "x")
    albanian = django_user_model.objects.create_user("alb", "alb@example.org", "x")
    gone = django_user_model.objects.create_user("gone", "gone@example.org", "x", is_active=False)
    for user in (english, albanian, gone):
        user.groups.add(group)
    UserProfile.get_for_user(english).preferred_language = "en"
    UserProfile.objects.filter(user=english).update(preferred_language="en")
    event = EventPageFactory(parent=listing, requires_approval=True)
    registration = add(event, "Ana", S.PENDING)
    registrations.change(registration, S.PENDING)  # as the edit form does
    assert "awaits your approval" in to("eng@example.org")[0].subject
    assert "pret miratimin tuaj" in to("alb@example.org")[0].subject
    assert to("gone@example.org") == []


def test_confirming_on_an_approval_event_tells_the_organisers(client, listing):
    event = EventPageFactory(
        parent=listing, requires_approval=True, organiser_email="o@example.org"
    )
    registration = add(event, "Ana", S.AWAITING)
    registration.hold_until = event.start
    registration.save()
    registrations.confirm(registration)
    assert Registration.objects.get(pk=registration.pk).status == S.PENDING
    assert len(to("o@example.org")) == 1
    assert to("ana@example.org")[0].attachments == []


def test_a_confirmed_seat_tells_no_organiser(listing):
    event = EventPageFactory(parent=listing, organiser_email="o@example.org")
    registration = add(event, "Ana", S.AWAITING)
    registration.hold_until = event.start
    registration.save()
    registrations.confirm(registration)
    assert to("o@example.org") == []
    assert to("ana@example.org")[0].attachments[0][0] == "event.ics"


def test_emails_follow_the_registrants_language(listing):
    event = EventPageFactory(parent=listing, capacity=1)
    ana = add(event, "Ana", S.CONFIRMED)
    besa = add(event, "Besa", S.WAITING)
    Registration.objects.filter(pk=besa.pk).update(language="en")
    registrations.cancel(ana)
    assert "A seat has opened" in to("besa@example.org")[0].subject
