"""The Contact page: details from Site identity, and a form whose messages are stored, emailed to
the Site identity address, limited per client, refused politely when bad, and purged in time."""

import datetime
import logging
import socket

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hsettings
from hypothesis import strategies as st

from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from contact.factories import ContactPageFactory
from contact.models import ContactMessage
from contact.purge import purge
from core.models import SiteIdentity
from core.personaldata import erase, find

pytestmark = pytest.mark.django_db

VALID = {
    "name": "Dëshira Hoxha",
    "email": "Deshira@Example.org",
    "organisation": "Qendra Ç",
    "message": "Si mund të bashkohemi me rrjetin?\nFaleminderit.",
    "consent": "on",
}


@pytest.fixture
def contact_page(home):
    identity = SiteIdentity.objects.filter(locale=home.locale).first() or SiteIdentity(
        locale=home.locale, site_name="Zgjedhjet", eu_funding_statement="BE", eu_disclaimer="-"
    )
    identity.contact_email = "zyra@example.org"
    identity.contact_phone = "+355 4 222 3333"
    identity.address = "Rruga e Durrësit 1\nTiranë"
    identity.save()
    return ContactPageFactory(parent=home)


def send(client, contact_page, **changes):
    return client.post(contact_page.url, {**VALID, **changes})


def test_the_page_shows_the_site_identity_contact_details_and_the_form(client, contact_page):
    body = client.get(contact_page.url).content.decode()
    assert 'href="mailto:zyra@example.org"' in body
    assert 'href="tel:+35542223333"' in body
    assert "Rruga e Durrësit 1<br>Tiranë" in body
    assert 'name="message"' in body and 'name="website"' in body


def test_without_contact_details_the_page_shows_no_address_at_all(client, contact_page):
    SiteIdentity.objects.update(contact_email="", contact_phone="", address="")
    body = client.get(contact_page.url).content.decode()
    details = body.split('class="contact__details"')[1].split("</section>")[0]
    assert "mailto:" not in details and "tel:" not in details and "<address>" not in details
    assert "<dl" not in details
    assert "@example.org" not in body
    assert 'name="message"' in body  # the form still takes messages


def test_a_message_is_stored_and_emailed_to_the_site_identity_address(client, contact_page):
    response = send(client, contact_page)
    assert response.status_code == 302 and response.url.endswith("#contact-form")
    stored = ContactMessage.objects.get()
    assert stored.email == "deshira@example.org" and stored.language == "sq"
    assert stored.consent_text.startswith("I agree") or "Pajtohem" in stored.consent_text
    assert [message.to for message in mail.outbox] == [["zyra@example.org"]]
    assert "Dëshira Hoxha" in mail.outbox[0].subject
    assert "Si mund të bashkohemi me rrjetin?" in mail.outbox[0].body
    thanks = client.get(response.url).content.decode()
    assert "mesazhi juaj u dërgua" in thanks


def closed_port():
    """A local port nothing listens on (bound, then released)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_smtp_server_still_thanks_the_visitor(contact_page, settings, caplog):
    """TASKS_BACKEND=immediate in production: SMTP inside the request, and the server is down."""
    settings.DEBUG = False
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT = "127.0.0.1", closed_port()
    settings.EMAIL_TIMEOUT = 5
    client = Client(raise_request_exception=False)
    with caplog.at_level(logging.ERROR, logger="core.mail"):
        response = send(client, contact_page)
    assert response.status_code == 302 and response.url.endswith("#contact-form")
    assert ContactMessage.objects.get().email == "deshira@example.org"
    [record] = [r for r in caplog.records if r.name == "core.mail"]
    assert "was not sent" in record.getMessage() and "zyra@example.org" in record.getMessage()
    assert isinstance(record.exc_info[1], OSError)
    assert "mesazhi juaj u dërgua" in client.get(response.url).content.decode()


def test_a_bot_filling_the_honeypot_is_thanked_but_nothing_is_kept(client, contact_page):
    assert send(client, contact_page, website="http://spam.example").status_code == 302
    assert ContactMessage.objects.count() == 0 and mail.outbox == []


def test_errors_keep_what_was_typed(client, contact_page):
    response = send(client, contact_page, email="jo-email", consent="")
    body = response.content.decode()
    assert response.status_code == 400
    assert "Si mund të bashkohemi me rrjetin?" in body  # nothing lost
    assert 'aria-invalid="true"' in body
    assert ContactMessage.objects.count() == 0


def test_messages_are_limited_per_client(client, contact_page, settings):
    settings.CONTACT_RATE_LIMIT = 2
    for _ in range(2):
        assert send(client, contact_page).status_code == 302
    assert send(client, contact_page).status_code == 429
    assert ContactMessage.objects.count() == 2


@hsettings(max_examples=25, deadline=None, suppress_health_check=list(HealthCheck))
@given(text=st.text(max_size=300))
def test_hostile_text_is_never_a_server_error(client, contact_page, text):
    response = send(client, contact_page, name=text, message=text, organisation=text)
    assert response.status_code in (302, 400, 429)


def test_old_messages_are_purged_after_the_retention(contact_page, settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = {
        **settings.PERSONAL_DATA_RETENTION_DAYS,
        "contact_messages": 30,
    }
    old = ContactMessage.objects.create(
        name="A", email="a@example.org", message="x", language="sq", consent_text="c"
    )
    ContactMessage.objects.filter(pk=old.pk).update(
        created_at=timezone.now() - datetime.timedelta(days=31)
    )
    ContactMessage.objects.create(
        name="B", email="b@example.org", message="y", language="sq", consent_text="c"
    )
    assert purge() == 1
    call_command("purge_contact_messages", stdout=__import__("io").StringIO())
    assert list(ContactMessage.objects.values_list("name", flat=True)) == ["B"]


def test_a_persons_messages_are_found_and_erased(contact_page):
    ContactMessage.objects.create(
        name="A", email="a@example.org", message="x", language="sq", consent_text="c"
    )
    assert any(records for _label, records in find("a@example.org"))
    erase("a@example.org")
    assert ContactMessage.objects.count() == 0
