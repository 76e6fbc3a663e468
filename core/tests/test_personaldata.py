"""Personal data requests in the admin: only the right role, exports that are whole, and an erase
that finds records by the exact address, never a look-alike."""

import json

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from core import personaldata

URL = "/admin/personal-data/"


@pytest.fixture
def editor(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.fixture
def officer(django_user_model):
    user = django_user_model.objects.create_user("dpo", "dpo@example.org", "pw")
    user.groups.add(Group.objects.get(name="Editors"))
    user.user_permissions.add(Permission.objects.get(codename="handle_personal_data"))
    return user


def test_an_editor_without_the_permission_is_refused(client, editor):
    """Wagtail's admin answers a refused view by sending the user back to the dashboard."""
    client.force_login(editor)
    for response in (
        client.get(URL, {"email": "a@example.org"}),
        client.post(URL, {"email": "a@example.org", "action": "json"}),
        client.post(URL, {"email": "a@example.org", "action": "erase", "confirm": "1"}),
    ):
        assert response.status_code == 302
        assert response.url == "/admin/"


def test_the_menu_item_shows_only_to_the_role(client, editor, officer):
    client.force_login(editor)
    assert URL not in client.get("/admin/").content.decode()
    client.force_login(officer)
    assert URL in client.get("/admin/").content.decode()
    assert reverse("personal_data_requests") == URL


def test_an_unknown_address_has_nothing_and_exports_stay_valid(client, officer):
    client.force_login(officer)
    response = client.get(URL, {"email": "nobody@example.org"})
    assert response.status_code == 200
    exported = client.post(URL, {"email": "nobody@example.org", "action": "json"})
    assert json.loads(exported.content)["email"] == "nobody@example.org"
    csv = client.post(URL, {"email": "nobody@example.org", "action": "csv"})
    assert csv.content.decode("utf-8").startswith("\ufeffsource,field,value")


def test_a_bad_address_gets_the_form_back(client, officer):
    client.force_login(officer)
    response = client.get(URL, {"email": "not an address"})
    assert response.status_code == 200
    assert response.context["form"].errors


def test_sources_come_from_every_app_that_declares_them(db):
    labels = [str(source.label) for source in personaldata.all_sources()]
    assert len(labels) == len(set(labels))
