"""Registering for events: the whole lifecycle, its emails, and every refusal."""

import re

import pytest

from django.core import mail
from django.core.management import call_command

from events import registration as registrations
from events.factories import EventPageFactory, hours
from events.models import Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db

FORM = {
    "name": "Arta Gjoka",
    "email": "arta@example.org",
    "organisation_name": "Qendra për Vëzhgimin Qytetar",
    "position": "Koordinatore",
    "consent": "on",
    "website": "",
}


def post(client, event, **changes):
    return client.post(event.url + "register/", {**FORM, **changes})


def confirm_link(message):
    return re.search(r"http://testserver(/\S+registration/confirm/\?t=\S+)", message.body).group(1)


def register(client, event, **changes):
    """Register and follow the emailed confirmation link, as a person would."""
    response = post(client, event, **changes)
    assert response.status_code == 302
    confirmed = client.post(confirm_link(mail.outbox[-1]))
    assert confirmed.status_code == 302
    return confirmed


def statuses(event):
    return list(
        Registration.objects.filter(event_key=event.translation_key).values_list(
            "status", flat=True
        )
    )


def test_register_confirms_and_emails_details_with_a_calendar(client, event):
    response = register(client, event)
    assert statuses(event) == [S.CONFIRMED]
    message = mail.outbox[1]
    assert message.subject == "Regjistrimi juaj për “Tryeza me KQZ-në” është konfirmuar"
    assert "Përshëndetje Arta Gjoka," in message.body
    assert "/sq/aktivitetet/tryeza-kqz/registration/?t=" in message.body
    name, content, mimetype = message.attachments[0]
    assert name == "event.ics" and mimetype.startswith("text/calendar")
    assert "BEGIN:VEVENT" in content
    assert "Vendi juaj është konfirmuar" in client.get(response["Location"]).content.decode()


def test_full_event_puts_people_on_the_waiting_list_with_their_position(client, event):
    for n in range(3):
        register(client, event, email=f"p{n}@example.org")
    response = register(client, event, email="late@example.org")
    assert statuses(event) == [S.CONFIRMED] * 3 + [S.WAITING]
    body = client.get(response["Location"]).content.decode()
    assert "numri 1 në listën e pritjes" in body
    assert "Jeni në listën e pritjes" in mail.outbox[-1].subject


def test_cancelling_frees_the_seat_and_promotes_the_first_waiting(client, event):
    for n in range(5):
        register(client, event, email=f"p{n}@example.org")
    first = Registration.objects.get(email="p0@example.org")
    link = re.search(r"/sq/\S+registration/\?t=\S+", mail.outbox[1].body).group(0)
    assert "Anulo regjistrimin tim" in client.get(link).content.decode()
    client.post(link)
    first.refresh_from_db()
    assert first.status == S.CANCELLED
    promoted = Registration.objects.get(email="p3@example.org")
    assert promoted.status == S.CONFIRMED
    assert Registration.objects.get(email="p4@example.org").status == S.WAITING
    assert mail.outbox[-1].to == ["p3@example.org"]
    assert "U hap një vend" in mail.outbox[-1].subject


def test_approval_and_decline(client, listing):
    event = EventPageFactory(parent=listing, requires_approval=True, capacity=1)
    register(client, event, email="a@example.org")
    register(client, event, email="b@example.org")
    a, b = Registration.objects.order_by("pk")
    assert (a.status, b.status) == (S.PENDING, S.WAITING)
    registrations.decline(a)
    a.refresh_from_db(), b.refresh_from_db()
    assert (a.status, b.status) == (S.DECLINED, S.PENDING)  # b moves up, still needs approval
    registrations.approve(b)
    b.refresh_from_db()
    assert b.status == S.CONFIRMED
    registrations.mark_attended(b)
    assert Registration.objects.get(pk=b.pk).status == S.ATTENDED
    subjects = [message.subject for message in mail.outbox]
    assert any("nuk u pranua" in subject for subject in subjects)
    assert any("u miratua" in subject for subject in subjects)


def test_the_same_email_cannot_take_two_seats_and_the_answer_is_neutral(client, event):
    first = post(client, event, email="new@example.org")
    first_notice = client.get(event.url).content.decode()
    register(client, event)
    client.get(event.url)  # shows (and so clears) the confirmation's own message
    response = post(client, event, email="ARTA@example.org", name="Arta G.")
    assert response.status_code == first.status_code == 302
    assert sorted(statuses(event)) == [S.AWAITING, S.CONFIRMED]
    assert len(mail.outbox) == 4  # the details are sent again, by email only
    assert "Tryeza me KQZ-në" in mail.outbox[-1].subject
    notice = client.get(event.url).content.decode()
    assert "Faleminderit. Ju dërguam një email" in notice
    assert notice.count("notice--success") == first_notice.count("notice--success")
    assert "regjistruar tashmë" not in notice


@pytest.mark.parametrize(
    ("changes", "error"),
    [
        ({"email": "jo-email"}, "Shkruani një adresë email-i të vlefshme."),
        ({"consent": ""}, "Ju lutemi, pajtohuni me politikën e privatësisë"),
        (
            {"organisation_name": ""},
            "Zgjidhni organizatën tuaj nga lista ose shkruani emrin e saj.",
        ),
        ({"name": "x" * 200}, "ka të shumtën 120 shenja"),
    ],
)
def test_invalid_registrations_keep_what_was_typed(client, event, changes, error):
    response = post(client, event, **changes)
    assert response.status_code == 400
    body = response.content.decode()
    assert error in body
    assert 'value="Koordinatore"' in body
    assert Registration.objects.count() == 0


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"registration_opens": hours(24)}, "Regjistrimi hapet më"),
        ({"registration_closes": hours(-1)}, "Regjistrimi është mbyllur."),
        ({"start": hours(-1), "end": hours(2)}, "aktiviteti ka filluar"),
    ],
)
def test_registration_is_refused_outside_its_window(client, listing, fields, message):
    event = EventPageFactory(parent=listing, **fields)
    response = post(client, event)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert Registration.objects.count() == 0


def test_per_organisation_limit(client, listing):
    event = EventPageFactory(parent=listing, capacity=10, per_organisation_limit=2)
    for n in range(2):
        register(client, event, email=f"o{n}@example.org")
    response = post(
        client, event, email="o3@example.org", organisation_name="QENDRA PËR VËZHGIMIN QYTETAR"
    )
    assert response.status_code == 400
    assert "tashmë 2 persona të regjistruar" in response.content.decode()
    assert Registration.objects.count() == 2


def test_a_limit_of_one_person_per_organisation_reads_in_the_singular(client, listing):
    event = EventPageFactory(parent=listing, capacity=10, per_organisation_limit=1)
    register(client, event, email="o1@example.org")
    response = post(
        client, event, email="o2@example.org", organisation_name="QENDRA PËR VËZHGIMIN QYTETAR"
    )
    assert response.status_code == 400
    assert "tashmë 1 person të regjistruar" in response.content.decode()


@pytest.mark.parametrize("token", ["", "abc", "eyJyIjoxfQ:bad:signature"])
def test_tampered_links_are_refused(client, event, token):
    response = client.get(event.url + f"registration/?t={token}")
    assert response.status_code == 400
    assert "Kjo lidhje nuk funksionon" in response.content.decode()


def test_honeypot_and_rate_limit(client, event, settings):
    assert post(client, event, website="http://spam").status_code == 302
    assert Registration.objects.count() == 0
    settings.REGISTRATION_RATE_LIMIT = 2  # the honeypot attempt counted as one
    post(client, event, email="one@example.org")
    response = post(client, event, email="two@example.org")
    assert response.status_code == 429
    assert 'value="Koordinatore"' in response.content.decode()


def test_online_link_only_for_confirmed_registrants(client, listing):
    event = EventPageFactory(
        parent=listing, capacity=1, online_link="https://meet.example.org/tryeza"
    )
    register(client, event, email="in@example.org")
    register(client, event, email="out@example.org")
    assert "https://meet.example.org/tryeza" not in client.get(event.url).content.decode()
    assert "https://meet.example.org/tryeza" not in mail.outbox[0].body  # not before confirming
    assert "https://meet.example.org/tryeza" in mail.outbox[1].body
    assert "https://meet.example.org/tryeza" not in mail.outbox[3].body


def test_reminders_are_sent_once_the_day_before(client, listing):
    soon = EventPageFactory(parent=listing, start=hours(20), end=hours(23))
    later = EventPageFactory(parent=listing, start=hours(24 * 5), end=hours(24 * 5 + 3))
    register(client, soon, email="soon@example.org")
    register(client, later, email="later@example.org")
    post(client, soon, email="unconfirmed@example.org")
    mail.outbox.clear()
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    call_command("send_event_reminders", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [message.to for message in mail.outbox] == [["soon@example.org"]]
    assert "Kujtesë" in mail.outbox[0].subject


def test_purge_erases_personal_data_but_keeps_counts(listing):
    past = EventPageFactory(parent=listing, start=hours(-24 * 120), end=hours(-24 * 120 + 3))
    Registration.objects.create(
        event=past,
        name="Arta",
        email="a@example.org",
        phone="069",
        organisation_name="Qendra",
        status=S.ATTENDED,
        language="sq",
    )
    call_command("purge_registrations", "--days", "90", stdout=open("/dev/null", "w"))  # noqa: SIM115
    row = Registration.objects.get()
    assert (row.name, row.email, row.phone) == ("", None, "")
    assert (row.organisation_name, row.status) == ("Qendra", S.ATTENDED)


def test_english_registrants_get_english_email(client, event, en_home, en, translate_page):
    from events.models import EventIndexPage

    translate_page(EventIndexPage.objects.get(), en, {"Aktivitetet": "Events"})
    english = translate_page(event, en, {"Tryeza me KQZ-në": "Round table with the CEC"})
    register(client, english)
    assert mail.outbox[0].subject == "Confirm your registration for “Round table with the CEC”"
    assert mail.outbox[1].subject == "Your registration for “Round table with the CEC” is confirmed"
    assert (english.locale, english.live) == (en, True)  # the page exists in English
    assert "/en/aktivitetet/tryeza-kqz/registration/" in mail.outbox[1].body
