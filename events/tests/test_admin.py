"""Organisers in the admin: counts, bulk changes with emails, export, permissions."""

import pytest

from django.contrib.auth.models import Group, Permission
from django.core import mail
from django.urls import reverse

from events.factories import EventPageFactory
from events.models import Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db


def add(event, n, status):
    return Registration.objects.create(
        event=event, name=f"P{n}", email=f"p{n}@example.org", status=status, language="sq"
    )


def test_counts_by_status_and_bulk_approval_emails_each_person(admin_client, listing):
    event = EventPageFactory(parent=listing, requires_approval=True, capacity=5)
    pending = [add(event, n, S.PENDING) for n in range(3)]
    add(event, 9, S.WAITING)
    url = reverse("event_registrations", args=[event.pk])
    body = admin_client.get(url).content.decode()
    assert "Në pritje të miratimit: 3" in body or "Pending approval: 3" in body
    response = admin_client.post(
        url, {"action": "approve", "registration": [r.pk for r in pending[:2]]}
    )
    assert response.status_code == 302
    assert list(Registration.objects.filter(status=S.CONFIRMED).values_list("name", flat=True)) == [
        "P0",
        "P1",
    ]
    assert sorted(message.to[0] for message in mail.outbox) == ["p0@example.org", "p1@example.org"]


def test_declining_in_bulk_promotes_the_waiting_list(admin_client, listing):
    event = EventPageFactory(parent=listing, capacity=1)
    first = add(event, 1, S.CONFIRMED)
    add(event, 2, S.WAITING)
    admin_client.post(
        reverse("event_registrations", args=[event.pk]),
        {"action": "cancel", "registration": [first.pk]},
    )
    assert Registration.objects.get(name="P2").status == S.CONFIRMED


def test_page_listing_shows_the_registrations_count(admin_client, listing):
    event = EventPageFactory(parent=listing)
    add(event, 1, S.CONFIRMED)
    add(event, 2, S.CANCELLED)
    body = admin_client.get(reverse("wagtailadmin_explore", args=[listing.pk])).content.decode()
    assert "(1)" in body
    assert reverse("event_registrations", args=[event.pk]) in body


def test_export_lists_registrations(admin_client, listing):
    event = EventPageFactory(parent=listing)
    add(event, 1, S.CONFIRMED)
    response = admin_client.get("/admin/registrations/?export=csv")
    content = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert "p1@example.org" in content


def test_people_who_cannot_edit_the_event_cannot_see_its_registrations(
    client, listing, django_user_model
):
    event = EventPageFactory(parent=listing)
    add(event, 1, S.CONFIRMED)
    user = django_user_model.objects.create_user("viewer", "v@example.org", "pass")
    group = Group.objects.create(name="Admin access only")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    user.groups.add(group)
    client.force_login(user)
    response = client.get(reverse("event_registrations", args=[event.pk]))
    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's refusal
    assert "p1@example.org" not in response.content.decode()
    assert client.get("/admin/registrations/").status_code in (302, 403)
