"""The application form under varied and hostile input: any seat with any counties, control
characters, long names, the confirmed address, edit links that die, the rate limit, and
"send me a new link"."""

import datetime
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.contrib.auth.models import Group
from django.core import mail
from django.core.cache import caches

from wagtail.models import Collection

from core.models import County, Municipality
from organisations import links
from organisations.models import ApplicationStatus, OrganisationApplication
from organisations.tests.conftest import link

pytestmark = pytest.mark.django_db


def decide(client, application, **data):
    return client.post(f"/admin/organisations/applications/{application.pk}/", data)


def _fresh():
    OrganisationApplication.objects.all().delete()
    mail.outbox.clear()
    caches["ratelimit"].clear()


@given(data=st.data())
def test_any_seat_with_any_counties_is_stored_with_the_seats_county(client, form_url, valid, data):
    """Item 9: the seat's county not among the ticked ones gave a 500."""
    _fresh()
    seat = data.draw(st.sampled_from(list(Municipality.objects.select_related("county"))))
    counties = data.draw(st.lists(st.sampled_from(list(County.objects.all())), unique=True))
    places = data.draw(st.lists(st.sampled_from(list(Municipality.objects.all())), unique=True))
    response = client.post(
        form_url,
        {
            **valid,
            "seat": seat.pk,
            "counties": [county.pk for county in counties],
            "municipalities": [place.pk for place in places],
        },
    )
    if not counties:  # required: explained, nothing stored
        assert response.status_code == 400 and "Kjo fushë është e detyrueshme" in str(
            response.content.decode()
        )
        assert not OrganisationApplication.objects.exists()
        return
    assert response.status_code == 302
    stored = OrganisationApplication.objects.get()
    assert set(stored.counties.all()) == {*counties, seat.county}
    assert set(stored.municipalities.all()) == set(places) and stored.seat == seat


@pytest.mark.parametrize(
    "name",
    ["Qendra\x00Pukë", "Qendra\x0bPukë", "Qendra\x1bPukë", "Qendra\u202ePukë", "Qendra\nPukë"],
)
def test_control_characters_in_a_name_are_refused_with_a_translated_error(
    client, form_url, valid, name
):
    response = client.post(form_url, {**valid, "name": name})
    assert response.status_code == 400
    assert not OrganisationApplication.objects.exists() and not mail.outbox


def test_control_characters_are_refused_in_every_text_field(client, form_url, valid):
    for field in ["applicant_name", "applicant_role", "intro", "acronym", "name_en", "phone"]:
        response = client.post(form_url, {**valid, field: "a\x07b"})
        assert response.status_code == 400, field
        assert "Hiqni" in response.content.decode() or "Remove" in response.content.decode()
    assert not OrganisationApplication.objects.exists() and not mail.outbox


def test_a_200_character_name_is_approved_and_its_group_and_collection_names_fit(
    client, form_url, valid, moderator
):
    name = ("Qendra Qytetare për Vëzhgimin e Zgjedhjeve në Qarkun e Shkodrës " * 4)[:200]
    assert client.post(form_url, {**valid, "name": name}).status_code == 302
    client.post(link(mail.outbox[0], "register/confirm/"))
    application = OrganisationApplication.objects.get()
    assert decide(client, application, decision="approve", publish="on").status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.APPROVED and application.page
    group = application.representative.groups.get(name__endswith=f"({application.page.pk})")
    assert len(group.name) <= 150 and group.name.startswith("Organisation representatives: ")
    collection = Collection.objects.get(name__endswith=f"({application.page.pk})")
    assert len(collection.name) <= 150 and collection.name.startswith("Logos: Qendra")
    assert Group.objects.filter(name=group.name).count() == 1


# --- the confirmed address and edit links ------------------------------------------------------


def _ask_changes(client, application, message="Shtoni misionin."):
    mail.outbox.clear()
    decide(client, application, decision="changes", message=message)
    return link(mail.outbox[0], "register/")


def _form_data(application, **changes):
    return {
        "name": application.name, "intro": application.intro, "mission": application.mission,
        "focus_areas": [a.pk for a in application.focus_areas.all()],
        "seat": application.seat_id, "counties": [c.pk for c in application.counties.all()],
        "contact_email": application.contact_email,
        "applicant_name": application.applicant_name, "applicant_role": application.applicant_role,
        "applicant_email": application.applicant_email, "consent": "on", **changes,
    }  # fmt: skip


def test_the_confirmed_email_cannot_be_changed_through_the_edit_link(client, pending, moderator):
    edit = _ask_changes(client, pending)
    client.logout()
    form = client.get(edit).content.decode()
    assert "drita@example.org" in form and "nuk mund të ndryshohet" in form
    data = _form_data(pending, applicant_email="attacker@evil.example", mission="E re.")
    assert client.post(edit, data).status_code == 302
    pending.refresh_from_db()
    assert pending.applicant_email == "drita@example.org" and pending.mission == "E re."
    assert pending.status == ApplicationStatus.PENDING


def test_an_edit_link_dies_when_its_round_of_changes_is_answered(client, pending, moderator):
    first = _ask_changes(client, pending)
    client.logout()
    assert client.post(first, _form_data(pending, mission="Raundi 1.")).status_code == 302
    assert client.get(first).status_code == 400  # answered
    client.force_login(moderator)
    second = _ask_changes(client, pending, "Edhe një herë.")
    client.logout()
    old = client.get(first)
    assert old.status_code == 400 and "no-store" in old["Cache-Control"]
    assert "Më dërgoni një lidhje të re" in old.content.decode()
    assert (
        client.post(first, _form_data(pending, mission="Me lidhjen e vjetër.")).status_code == 400
    )
    pending.refresh_from_db()
    assert pending.mission == "Raundi 1." and pending.status == ApplicationStatus.CHANGES_REQUESTED
    assert client.get(second).status_code == 200
    assert "private" in client.get(second)["Cache-Control"]


def test_links_name_the_application_by_an_opaque_id(client, form_url, valid):
    client.post(form_url, valid)
    application = OrganisationApplication.objects.get()
    token = link(mail.outbox[0], "register/confirm/").split("?t=")[1]
    payload = links.CONFIRM.payload(token)
    assert payload["i"] == str(application.public_id) and str(application.pk) != payload["i"]


def test_a_confirmation_link_expires_after_7_days(client, form_url, valid, directory):
    client.post(form_url, valid)
    application = OrganisationApplication.objects.get()
    until = links.url(application, "confirm")[1]
    assert datetime.timedelta(days=6, hours=23) < until - application.created_at
    assert until - application.created_at <= datetime.timedelta(days=7, minutes=1)
    expired = links.CONFIRM.make(application, datetime.timedelta(seconds=-1))
    response = client.post(f"{directory.url}register/confirm/?t={expired}")
    assert response.status_code == 400
    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNCONFIRMED


def test_a_confirmation_link_cannot_edit(client, form_url, valid):
    client.post(form_url, valid)
    token = link(mail.outbox[0], "register/confirm/").split("?t=")[1]
    assert links.read(token, "edit") is None and links.read(token, "login") is None


# --- rate limit ----------------------------------------------------------------------------------


def test_invalid_submissions_do_not_count_toward_the_limit(client, form_url, valid, settings):
    settings.ORGANISATION_APPLICATION_RATE_LIMIT = 2
    for _ in range(5):
        assert client.post(form_url, {**valid, "contact_email": "info@"}).status_code == 400
    for number in range(2):
        data = {**valid, "name": f"Org {number}", "applicant_email": f"a{number}@example.org"}
        assert client.post(form_url, data).status_code == 302
    limited = client.post(form_url, {**valid, "applicant_email": "z@example.org"})
    assert limited.status_code == 429
    assert OrganisationApplication.objects.count() == 2


def test_behind_a_trusted_proxy_clients_are_counted_apart(client, form_url, valid, settings):
    settings.ORGANISATION_APPLICATION_RATE_LIMIT = 1
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    for number in range(3):
        data = {**valid, "name": f"Org {number}", "applicant_email": f"a{number}@example.org"}
        response = client.post(form_url, data, HTTP_X_FORWARDED_FOR=f"198.51.100.{number}")
        assert response.status_code == 302
    again = {**valid, "name": "Org 9", "applicant_email": "b@example.org"}
    assert client.post(form_url, again, HTTP_X_FORWARDED_FOR="198.51.100.1").status_code == 429
    assert OrganisationApplication.objects.count() == 3


def test_one_address_cannot_be_mail_bombed(client, form_url, valid, settings):
    settings.ORGANISATION_APPLICATION_RATE_LIMIT = 100
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    codes = [
        client.post(
            form_url, {**valid, "name": f"Org {n}"}, HTTP_X_FORWARDED_FOR=f"203.0.113.{n}"
        ).status_code
        for n in range(5)
    ]
    assert codes == [302, 302, 302, 429, 429] and len(mail.outbox) == 3


# --- send me a new link --------------------------------------------------------------------------


def _without_csrf(response):
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", response.content.decode())


def test_a_new_link_is_sent_and_the_answer_is_the_same_for_unknown_addresses(
    client, form_url, valid, directory
):
    client.post(form_url, valid, follow=True)
    mail.outbox.clear()
    url = f"{directory.url}register/new-link/"
    known = client.post(url, {"email": "Drita@Example.org"}, follow=True)
    unknown = client.post(url, {"email": "nobody@example.org"}, follow=True)
    assert known.status_code == unknown.status_code == 200
    assert _without_csrf(known) == _without_csrf(unknown)
    assert "Nëse kemi një aplikim që pret për këtë adresë" in _without_csrf(known)
    (sent,) = mail.outbox
    assert sent.to == ["drita@example.org"] and sent.alternatives
    assert client.post(link(sent, "register/confirm/")).status_code == 302
    assert OrganisationApplication.objects.get().status == ApplicationStatus.PENDING


def test_new_links_are_rate_limited_per_address(client, form_url, valid, directory):
    client.post(form_url, valid)
    mail.outbox.clear()
    url = f"{directory.url}register/new-link/"
    codes = [client.post(url, {"email": "drita@example.org"}).status_code for _ in range(5)]
    assert codes == [302, 302, 302, 429, 429] and len(mail.outbox) == 3
    assert client.post(url, {"email": "not an address"}).status_code == 400


# --- hostile input ---------------------------------------------------------------------------

FIELDS = ["name", "name_en", "acronym", "intro", "mission", "seat", "counties", "municipalities",
          "focus_areas", "founding_year", "nipt", "contact_email", "phone", "website", "facebook",
          "applicant_name", "applicant_role", "applicant_email", "consent", "nickname",
          "t"]  # fmt: skip
HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(["99999999999999999999", "-1", "0", "1e9", "\x00", "NaN", "[]", "' OR 1=1"]),
    st.lists(st.text(max_size=30), max_size=3),
)


@given(changes=st.dictionaries(st.sampled_from(FIELDS), HOSTILE, max_size=6))
def test_hostile_values_in_any_field_never_give_a_server_error(client, form_url, valid, changes):
    _fresh()
    response = client.post(form_url, {**valid, **changes})
    assert response.status_code in (200, 302, 400, 429)
    if response.status_code == 400:
        assert not OrganisationApplication.objects.exists() and not mail.outbox


@given(token=st.text(max_size=300), email=HOSTILE)
def test_hostile_tokens_and_addresses_on_the_link_pages_never_give_a_server_error(
    client, directory, token, email
):
    for route in ["register/", "register/confirm/", "register/login/", "register/new-link/"]:
        url = f"{directory.url}{route}"
        assert client.get(url, {"t": token}).status_code < 500
        assert client.post(f"{url}?t=", {"t": token, "email": email}).status_code < 500
