"""An application's links are bound to it: another application's link never confirms or edits
it, and a deleted translation of the directory leaves working links in the other language."""

import pytest

from django.core import mail
from django.urls import reverse

from organisations.models import ApplicationStatus, OrganisationApplication
from organisations.tests.conftest import link
from organisations.tests.test_application import _form_data, decide

pytestmark = pytest.mark.django_db


def second(valid):
    return {
        **valid,
        "name": "Shoqata Kukësi Votues",
        "name_en": "Kukës Voters",
        "acronym": "SKV",
        "nipt": "K87654321B",
        "website": "https://kukes.example.org",
        "contact_email": "info@kukes.example.org",
        "applicant_email": "besa@example.org",
    }


def statuses():
    return dict(OrganisationApplication.objects.values_list("applicant_email", "status"))


def test_one_applications_confirmation_link_confirms_only_it(client, form_url, valid):
    client.post(form_url, valid)
    client.post(form_url, second(valid))
    drita, besa = (link(message, "register/confirm/") for message in mail.outbox)
    assert client.post(besa).status_code == 302
    assert statuses() == {
        "drita@example.org": ApplicationStatus.UNCONFIRMED,
        "besa@example.org": ApplicationStatus.PENDING,
    }
    assert client.post(besa).status_code == 400  # used up: it cannot confirm another
    assert statuses()["drita@example.org"] == ApplicationStatus.UNCONFIRMED
    assert client.post(drita).status_code == 302
    assert set(statuses().values()) == {ApplicationStatus.PENDING}


def test_an_edit_link_changes_only_its_own_application(client, form_url, valid, moderator):
    client.post(form_url, valid)
    client.post(form_url, second(valid))
    for message in mail.outbox:
        client.post(link(message, "register/confirm/"))
    drita = OrganisationApplication.objects.get(applicant_email="drita@example.org")
    mail.outbox.clear()
    decide(client, drita, decision="changes", message="Shtoni misionin në anglisht.")
    edit = link(mail.outbox[0], "register/")
    client.logout()
    besa = OrganisationApplication.objects.get(applicant_email="besa@example.org")
    response = client.post(edit, {**_form_data(besa), "name": "Emri i ri"})
    assert response.status_code == 302
    names = dict(OrganisationApplication.objects.values_list("applicant_email", "name"))
    assert names == {"drita@example.org": "Emri i ri", "besa@example.org": "Shoqata Kukësi Votues"}
    assert statuses()["drita@example.org"] == ApplicationStatus.PENDING
    assert OrganisationApplication.objects.get(pk=drita.pk).applicant_email == "drita@example.org"


def test_after_the_english_directory_is_deleted_an_english_applicant_gets_albanian_links(
    admin_client, client, directory, en_directory, valid, observation, en
):
    english_area = observation.copy_for_translation(en)
    english_area.save()
    client.post(en_directory.url + "register/", {**valid, "focus_areas": [english_area.pk]})
    assert mail.outbox[0].subject.startswith("Confirm your application")
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[en_directory.pk]))
    assert client.post(link(mail.outbox[0], "register/confirm/")).status_code == 404
    mail.outbox.clear()
    client.post(directory.url + "register/new-link/", {"email": "drita@example.org"})
    (message,) = mail.outbox
    confirm = link(message, "register/confirm/")
    assert f"{directory.url}register/confirm/" in confirm
    assert client.post(confirm).status_code == 302
    assert OrganisationApplication.objects.get().status == ApplicationStatus.PENDING
