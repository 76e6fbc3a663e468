"""Registration states (issue 13, item 5 and "Registration states"): every transition through the
one service, with its email."""

import datetime
import re

import pytest

from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from events import registration as registrations
from events.factories import EventPageFactory, hours
from events.models import Registration
from events.models import RegistrationStatus as S
from organisations.activity import activity
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Arta Gjoka",
    "email": "arta@example.org",
    "organisation_name": "Qendra për Vëzhgimin Qytetar",
    "position": "Koordinatore",
    "consent": "on",
}


def post(client, event, **changes):
    return client.post(event.url + "register/", {**FORM, **changes})


def confirm_url(message):
    return re.search(r"http://testserver(/\S+registration/confirm/\?t=\S+)", message.body).group(1)


def register(client, event, **changes):
    post(client, event, **changes)
    client.post(confirm_url(mail.outbox[-1]))
    return Registration.objects.get(email=changes.get("email", FORM["email"]))


def test_a_new_registration_awaits_confirmation_and_holds_its_seat(client, event):
    response = post(client, event)
    assert response.status_code == 302
    row = Registration.objects.get()
    assert (row.status, row.holds_seat) == (S.AWAITING, True)
    assert abs(row.hold_until - (timezone.now() + datetime.timedelta(hours=24))).seconds < 60
    assert registrations.seats_left(event) == 2
    message = mail.outbox[0]
    assert message.subject == "Konfirmoni regjistrimin tuaj për “Tryeza me KQZ-në”"
    assert message.attachments == [] and "registration/confirm/?t=" in message.body
    assert str(row.pk) not in confirm_url(message).split("t=")[1][:3]


def test_the_hold_ends_an_hour_before_a_soon_event(client, listing, settings):
    settings.REGISTRATION_HOLD_HOURS = 48
    event = EventPageFactory(parent=listing, start=hours(5), end=hours(7))
    post(client, event)
    assert Registration.objects.get().hold_until == event.start - datetime.timedelta(hours=1)


def test_following_the_link_confirms_a_get_changes_nothing(client, event):
    post(client, event)
    url = confirm_url(mail.outbox[0])
    page = client.get(url)
    assert "Konfirmo regjistrimin tim" in page.content.decode()
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert Registration.objects.get().status == S.AWAITING
    response = client.post(url)
    assert response.status_code == 302 and "/registration/?t=" in response["Location"]
    assert Registration.objects.get().status == S.CONFIRMED
    details = mail.outbox[1]
    assert "është konfirmuar" in details.subject and details.attachments[0][0] == "event.ics"
    assert client.post(url).status_code == 302  # a second press changes nothing
    assert len(mail.outbox) == 2 and Registration.objects.get().status == S.CONFIRMED


def test_confirming_on_an_approval_event_waits_for_approval(client, listing):
    event = EventPageFactory(parent=listing, requires_approval=True)
    assert register(client, event).status == S.PENDING
    assert "Morëm regjistrimin tuaj" in mail.outbox[-1].subject or "pret" in mail.outbox[-1].body


def test_unconfirmed_holds_fill_the_seats_then_people_wait(client, listing):
    event = EventPageFactory(parent=listing, capacity=1)
    post(client, event, email="first@example.org")
    late = register(client, event, email="late@example.org")
    assert late.status == S.WAITING and not late.holds_seat
    assert "listën e pritjes" in mail.outbox[-1].subject


def expire_everything():
    Registration.objects.filter(status=S.AWAITING).update(
        hold_until=timezone.now() - datetime.timedelta(minutes=1)
    )


def test_an_expired_hold_frees_the_seat_and_promotes_the_next_person(client, listing):
    event = EventPageFactory(parent=listing, capacity=1)
    post(client, event, email="slow@example.org")
    slow_link = confirm_url(mail.outbox[-1])
    register(client, event, email="next@example.org")
    expire_everything()
    assert registrations.seats_left(event) == 1  # correct before any cron run
    call_command("release_expired_holds", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert Registration.objects.get(email="slow@example.org").status == S.EXPIRED
    promoted = Registration.objects.get(email="next@example.org")
    assert promoted.status == S.CONFIRMED
    assert (
        mail.outbox[-1].to == ["next@example.org"] and "U hap një vend" in mail.outbox[-1].subject
    )
    response = client.post(slow_link)
    assert response.status_code == 400
    assert Registration.objects.get(email="slow@example.org").status == S.EXPIRED


def test_expiry_runs_lazily_when_someone_else_registers(client, listing):
    event = EventPageFactory(parent=listing, capacity=1)
    post(client, event, email="slow@example.org")
    register(client, event, email="next@example.org")
    expire_everything()
    post(client, event, email="third@example.org")
    assert Registration.objects.get(email="next@example.org").status == S.CONFIRMED
    third = Registration.objects.get(email="third@example.org")
    assert (third.status, third.holds_seat) == (S.AWAITING, False)


def test_a_person_promoted_on_an_approval_event_is_told_they_await_approval(client, listing):
    event = EventPageFactory(parent=listing, capacity=1, requires_approval=True)
    post(client, event, email="slow@example.org")
    register(client, event, email="next@example.org")
    expire_everything()
    registrations.release_expired_holds()
    assert Registration.objects.get(email="next@example.org").status == S.PENDING
    message = mail.outbox[-1]
    assert message.to == ["next@example.org"]
    assert "pret miratimin e organizatorëve" in message.subject
    assert "pret miratimin e organizatorëve" in message.body
    assert "është i juaji" not in message.body


def test_the_admin_edit_form_changes_status_through_the_service(admin_client, listing):
    event = EventPageFactory(parent=listing, capacity=1)
    first = register(admin_client, event, email="first@example.org")
    register(admin_client, event, email="second@example.org")
    mail.outbox.clear()
    url = reverse("registrations:edit", args=[first.pk])
    form = {
        "event": event.pk,
        "name": first.name,
        "email": first.email,
        "organisation_name": first.organisation_name,
        "position": first.position,
        "status": S.CANCELLED,
        "language": "sq",
    }
    response = admin_client.post(url, form)
    assert response.status_code == 302
    assert Registration.objects.get(pk=first.pk).status == S.CANCELLED
    assert Registration.objects.get(email="second@example.org").status == S.CONFIRMED
    assert sorted(m.to[0] for m in mail.outbox) == ["first@example.org", "second@example.org"]


def test_rows_that_exist_keep_their_status(event):
    row = Registration.objects.create(
        event=event, name="A", email="a@example.org", status=S.CONFIRMED
    )
    assert Registration.objects.get(pk=row.pk).status == S.CONFIRMED and row.public_id


@pytest.fixture
def directory(home, en_home, en, translate_page):
    index = OrganisationIndexPageFactory(parent=home)
    organisation = OrganisationPageFactory(parent=index, title="Qendra Ligj dhe Çështje")
    translate_page(index, en, {"Organizatat": "Organisations"})
    translate_page(organisation, en, {"Qendra Ligj dhe Çështje": "Law and Issues Centre"})
    return organisation


def test_unconfirmed_holds_never_count_toward_the_quota(client, listing):
    event = EventPageFactory(parent=listing, capacity=10, per_organisation_limit=1)
    post(client, event, email="throwaway1@example.org")
    post(client, event, email="throwaway2@example.org")
    assert Registration.objects.filter(status=S.AWAITING).count() == 2
    assert register(client, event, email="real@example.org").status == S.CONFIRMED
    response = client.post(confirm_url(mail.outbox[0]), follow=True)
    assert "tashmë 1 person të regjistruar" in response.content.decode()
    assert Registration.objects.get(email="throwaway1@example.org").status == S.AWAITING


@pytest.mark.parametrize(
    "typed", ["qendra ligj dhe ceshtje", "  QENDRA  LIGJ DHE ÇËSHTJE ", "law and issues centre"]
)
def test_a_typed_name_does_not_dodge_the_quota(client, listing, directory, typed):
    event = EventPageFactory(parent=listing, capacity=10, per_organisation_limit=1)
    register(
        client, event, email="chosen@example.org", organisation=directory.pk, organisation_name=""
    )
    response = post(client, event, email="typed@example.org", organisation_name=typed)
    assert response.status_code == 400
    assert "tashmë 1 person të regjistruar" in response.content.decode()


def test_typed_names_match_each_other(client, listing):
    event = EventPageFactory(parent=listing, capacity=10, per_organisation_limit=1)
    register(client, event, email="a@example.org", organisation_name="Zëri i Qytetarëve")
    response = post(client, event, email="b@example.org", organisation_name="zeri i qytetareve")
    assert response.status_code == 400


def test_the_profile_lists_an_event_only_once_attendance_is_marked(client, listing, directory):
    event = EventPageFactory(parent=listing)
    row = register(
        client, event, email="a@example.org", organisation=directory.pk, organisation_name=""
    )
    assert row.status == S.CONFIRMED
    assert activity(directory, directory.locale) == []
    registrations.mark_attended(row)
    found = activity(directory, directory.locale)
    assert [page.pk for _key, _label, pages in found for page in pages] == [event.pk]


@pytest.mark.parametrize(
    "value", ["99999999999999999999", "-1", "1e3", "abc", "1\x00", "٣", "0", "2147483648"]
)
def test_garbage_organisation_is_a_form_error_not_a_500(client, event, value):
    response = post(client, event, organisation=value)
    assert response.status_code == 400
    assert "Zgjidhni një organizatë nga lista." in response.content.decode()
    assert Registration.objects.count() == 0
