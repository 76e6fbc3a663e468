"""Issue 16: every status change goes through the registration service, whoever makes it: the
public pages, the bulk actions, the admin's edit, create and delete views. Each path emails the
person and gives a freed seat to the first person waiting."""

import re

import pytest

from django.core import mail
from django.urls import reverse

from events import registration as registrations
from events.factories import EventPageFactory
from events.models import Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db


def add(event, name, status):
    return Registration.objects.create(
        event=event, name=name, email=f"{name.lower()}@example.org", status=status, language="sq"
    )


@pytest.fixture
def full(listing):
    """One seat, taken by Ana; Besa waits."""
    event = EventPageFactory(parent=listing, capacity=1)
    return event, add(event, "Ana", S.CONFIRMED), add(event, "Besa", S.WAITING)


def promoted_and_told(besa):
    besa.refresh_from_db()
    assert besa.status == S.CONFIRMED
    told = [m for m in mail.outbox if m.to == [besa.email]]
    assert len(told) == 1 and "U hap një vend" in told[0].subject
    assert told[0].attachments[0][0] == "event.ics"


def test_cancelling_on_the_public_page(client, full):
    event, ana, besa = full
    url = event.url + f"registration/?t={registrations.manage_token(ana)}"
    assert client.post(url).status_code == 302
    assert Registration.objects.get(pk=ana.pk).status == S.CANCELLED
    assert any(m.to == [ana.email] and "u anulua" in m.subject for m in mail.outbox)
    promoted_and_told(besa)


def test_cancelling_in_bulk(admin_client, full):
    event, ana, besa = full
    admin_client.post(
        reverse("event_registrations", args=[event.pk]),
        {"action": "cancel", "registration": [ana.pk]},
    )
    assert any(m.to == [ana.email] for m in mail.outbox)
    promoted_and_told(besa)


def form_data(registration, **changes):
    data = {
        "event": registration.event_id,
        "name": registration.name,
        "email": registration.email,
        "organisation_name": "",
        "position": "",
        "phone": "",
        "needs": "",
        "status": registration.status,
        "language": "sq",
    }
    return {**data, **changes}


def test_declining_in_the_edit_form(admin_client, full):
    _event, ana, besa = full
    url = reverse("registrations:edit", args=[ana.pk])
    response = admin_client.post(url, form_data(ana, status=S.DECLINED))
    assert response.status_code == 302
    assert Registration.objects.get(pk=ana.pk).status == S.DECLINED
    assert any(m.to == [ana.email] and "nuk u pranua" in m.subject for m in mail.outbox)
    promoted_and_told(besa)


def test_the_edit_form_refuses_statuses_only_the_person_sets(admin_client, full):
    _event, ana, _besa = full
    url = reverse("registrations:edit", args=[ana.pk])
    response = admin_client.post(url, form_data(ana, status=S.AWAITING))
    assert response.status_code == 200
    assert "Vetëm personi mund të konfirmojë" in response.content.decode()
    assert Registration.objects.get(pk=ana.pk).status == S.CONFIRMED and mail.outbox == []


def test_deleting_in_the_admin_promotes_the_next_person(admin_client, full):
    _event, ana, besa = full
    response = admin_client.post(reverse("registrations:delete", args=[ana.pk]))
    assert response.status_code == 302
    assert not Registration.objects.filter(pk=ana.pk).exists()
    promoted_and_told(besa)


def test_adding_by_hand_emails_the_person_and_fills_a_free_seat(admin_client, listing):
    event = EventPageFactory(parent=listing, capacity=2)
    add(event, "Ana", S.CONFIRMED)
    data = form_data(Registration(event=event, name="Cela", email="cela@example.org"))
    response = admin_client.post(reverse("registrations:add"), {**data, "status": S.WAITING})
    assert response.status_code == 302
    cela = Registration.objects.get(name="Cela")
    assert cela.status == S.CONFIRMED  # a seat was free: waiting for nothing
    [message] = mail.outbox
    assert message.to == ["cela@example.org"] and "U hap një vend" in message.subject


def test_adding_a_confirmed_person_by_hand_sends_the_details(admin_client, listing):
    event = EventPageFactory(parent=listing, capacity=5)
    data = form_data(Registration(event=event, name="Dea", email="dea@example.org"))
    admin_client.post(reverse("registrations:add"), {**data, "status": S.CONFIRMED})
    [message] = mail.outbox
    assert message.attachments[0][0] == "event.ics"
    assert re.search(r"registration/\?t=", message.body)
