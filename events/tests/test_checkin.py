"""Issue 16: the door check-in screen, the registrations reachable from the page editor, the
explorer's counts without a query per row, and the CSV export of one event."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.contrib.auth.models import Group, Permission
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.factories import EventPageFactory
from events.models import Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db


def add(event, name, status=S.CONFIRMED, **extra):
    return Registration.objects.create(
        event=event,
        name=name,
        email=f"{abs(hash(name))}@example.org",
        status=status,
        language="sq",
        **extra,
    )


@pytest.fixture
def door(listing):
    event = EventPageFactory(parent=listing, capacity=50)
    add(event, "Arta Gjoka", organisation_name="Qendra për Vëzhgim")
    add(event, "Ëngjëll Çela")
    add(event, "Besa Pending", status=S.PENDING)
    add(event, "Cela Gone", status=S.CANCELLED)
    return event


def url(event):
    return reverse("event_check_in", args=[event.pk])


def test_search_ignores_accents_and_lists_only_people_with_a_seat(admin_client, door):
    body = admin_client.get(url(door), {"q": "engjell cela"}).content.decode()
    assert "Ëngjëll Çela" in body and "Arta Gjoka" not in body
    everyone = admin_client.get(url(door)).content.decode()
    assert "Arta Gjoka" in everyone and "Besa Pending" not in everyone
    assert "Cela Gone" not in everyone
    assert "0 nga 2 persona të pranishëm" in everyone
    by_organisation = admin_client.get(url(door), {"q": "vezhgim"}).content.decode()
    assert "Arta Gjoka" in by_organisation


def test_ticking_present_and_undoing_go_through_the_service(admin_client, door):
    arta = Registration.objects.get(name="Arta Gjoka")
    response = admin_client.post(
        url(door), {"registration": arta.public_id, "present": "1", "q": "arta"}
    )
    assert response.status_code == 302 and response["Location"].endswith("?q=arta")
    arta.refresh_from_db()
    assert arta.status == S.ATTENDED
    admin_client.post(url(door), {"registration": arta.public_id, "present": "0"})
    arta.refresh_from_db()
    assert arta.status == S.CONFIRMED


def test_a_pending_or_foreign_registration_cannot_be_ticked(admin_client, door, listing):
    pending = Registration.objects.get(name="Besa Pending")
    other = add(EventPageFactory(parent=listing), "Dea Tjetër")
    for registration in (pending, other):
        admin_client.post(url(door), {"registration": registration.public_id, "present": "1"})
        registration.refresh_from_db()
        assert registration.status in (S.PENDING, S.CONFIRMED)
    response = admin_client.post(url(door), {"registration": "not-a-uuid", "present": "1"})
    assert response.status_code == 302


@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
@given(query=st.text(max_size=400))
def test_hostile_searches_never_fail(admin_client, door, query):
    response = admin_client.get(url(door), {"q": query})
    assert response.status_code == 200


@pytest.mark.parametrize("query", ["\x00", "a" * 5000, "' OR 1=1 --", "<script>x</script>", "%"])
def test_known_hostile_searches(admin_client, door, query):
    response = admin_client.get(url(door), {"q": query})
    assert response.status_code == 200
    assert "<script>x</script>" not in response.content.decode()


def test_check_in_needs_the_change_permission(client, door, django_user_model):
    user = django_user_model.objects.create_user("editor", "e@example.org", "pass")
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(Permission.objects.get(codename="view_registration"))
    client.force_login(user)
    assert client.get(url(door)).status_code in (302, 403)
    arta = Registration.objects.get(name="Arta Gjoka")
    client.post(url(door), {"registration": arta.public_id, "present": "1"})
    arta.refresh_from_db()
    assert arta.status == S.CONFIRMED


def test_the_check_in_screen_costs_the_same_for_many_people(admin_client, door):
    with CaptureQueriesContext(connection) as few:
        admin_client.get(url(door))
    for n in range(20):
        add(door, f"Person {n}")
    with CaptureQueriesContext(connection) as many:
        admin_client.get(url(door))
    assert len(many) == len(few) <= 15


def test_the_registrations_page_costs_the_same_for_many_people(admin_client, door):
    page = reverse("event_registrations", args=[door.pk])
    with CaptureQueriesContext(connection) as few:
        admin_client.get(page)
    for n in range(20):
        add(door, f"Person {n}", organisation_name="Org")
    with CaptureQueriesContext(connection) as many:
        admin_client.get(page)
    assert len(many) == len(few) <= 15


def registration_queries(queries):
    return [q["sql"] for q in queries if "events_registration" in q["sql"]]


def test_the_explorer_counts_registrations_in_one_query(admin_client, listing):
    for n in range(4):
        event = EventPageFactory(parent=listing)
        add(event, f"A{n}")
        add(event, f"B{n}", status=S.CANCELLED)
    with CaptureQueriesContext(connection) as queries:
        body = admin_client.get(reverse("wagtailadmin_explore", args=[listing.pk])).content
    assert body.decode().count("Regjistrimet (1)") == 4
    assert len(registration_queries(queries)) == 1


def test_the_page_editor_links_to_the_registrations_and_check_in(admin_client, door):
    body = admin_client.get(reverse("wagtailadmin_pages:edit", args=[door.pk])).content.decode()
    assert reverse("event_registrations", args=[door.pk]) in body
    assert "Regjistrimet (3)" in body
    assert reverse("event_check_in", args=[door.pk]) in body


def test_the_csv_export_is_readable_in_excel(admin_client, door):
    Registration.objects.filter(name="Arta Gjoka").update(
        created_at="2026-07-01T07:15:30.123456+00:00"
    )
    response = admin_client.get(reverse("event_registrations_export", args=[door.pk]))
    raw = response.content
    assert raw.startswith("\ufeff".encode())
    text = raw.decode("utf-8-sig")
    header, *rows = text.splitlines()
    assert header.startswith("Aktiviteti,Emri,Adresa e email-it")
    arta = next(row for row in rows if "Arta Gjoka" in row)
    assert "E konfirmuar" in arta and "2026-07-01 09:15" in arta  # Europe/Tirane, no seconds
    assert "confirmed" not in arta and ".123456" not in arta
    assert "Ëngjëll Çela" in text


def test_the_admin_wide_export_has_labels_and_local_time(admin_client, door):
    Registration.objects.update(created_at="2026-07-01T07:15:30.123456+00:00")
    response = admin_client.get("/admin/registrations/?export=csv")
    content = b"".join(response.streaming_content).decode("utf-8-sig")
    assert "E konfirmuar" in content and "2026-07-01 09:15" in content
    assert ",confirmed," not in content and "123456" not in content


def test_exporting_needs_the_change_permission(client, door, django_user_model):
    user = django_user_model.objects.create_user("viewer", "v@example.org", "pass")
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(Permission.objects.get(codename="view_registration"))
    client.force_login(user)
    response = client.get(reverse("event_registrations_export", args=[door.pk]))
    assert response.status_code in (302, 403)


def test_people_are_listed_in_albanian_order(admin_client, door):
    body = admin_client.get(url(door)).content.decode()
    assert body.index("Arta Gjoka") < body.index("Ëngjëll Çela")
    add(door, "Zana Zeka")
    add(door, "Elira Dema")
    body = admin_client.get(url(door)).content.decode()
    assert body.index("Elira Dema") < body.index("Ëngjëll Çela") < body.index("Zana Zeka")
