"""Issue 16: "event changed" and "event cancelled" emails, with calendar files (built with the
icalendar library) whose SEQUENCE rises; the public download and the feed carry the same."""

import datetime

import icalendar
import pytest

from django.core import mail

from events.factories import EventPageFactory
from events.models import EventSchedule, Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add(event, name, status, language="sq"):
    return Registration.objects.create(
        event=event,
        name=name,
        email=f"{name.lower()}@example.org",
        status=status,
        language=language,
    )


def vevent(text):
    calendar = icalendar.Calendar.from_ical(text)
    [event] = calendar.walk("VEVENT")
    return calendar, event


@pytest.fixture
def published(listing):
    event = publish(EventPageFactory(parent=listing, capacity=2))
    add(event, "Ana", S.CONFIRMED)
    add(event, "Besa", S.WAITING, language="en")
    add(event, "Cela", S.CANCELLED)
    mail.outbox.clear()
    return event


def test_the_first_publication_and_unchanged_ones_send_nothing(published):
    published.summary = "Një përmbledhje e re."
    publish(published)
    assert mail.outbox == []
    assert EventSchedule.objects.get(event_key=published.translation_key).sequence == 0


def test_a_new_time_emails_confirmed_and_waiting_people_with_a_raised_sequence(published):
    published.start += datetime.timedelta(days=1)
    published.end += datetime.timedelta(days=1)
    publish(published)
    ana = next(m for m in mail.outbox if m.to == ["ana@example.org"])
    besa = next(m for m in mail.outbox if m.to == ["besa@example.org"])
    assert len(mail.outbox) == 2  # not the cancelled registration
    assert "Ndryshim" in ana.subject and "Changed" in besa.subject
    assert besa.attachments == []  # no seat, nothing in their calendar
    calendar, event = vevent(ana.attachments[0][1])
    assert calendar["METHOD"] == "PUBLISH"
    assert event["SEQUENCE"] == 1 and event["STATUS"] == "CONFIRMED"
    assert event.decoded("DTSTART") == published.start.astimezone(datetime.UTC).replace(
        microsecond=0
    )


def test_a_new_venue_is_a_change(published):
    published.venue = "Hotel Rogner"
    publish(published)
    assert len(mail.outbox) == 2


def test_cancelling_sends_method_cancel_and_status_cancelled(published, client):
    published.start += datetime.timedelta(hours=1)
    published.end += datetime.timedelta(hours=1)
    publish(published)
    mail.outbox.clear()
    published.cancelled = True
    publish(published)
    ana = next(m for m in mail.outbox if m.to == ["ana@example.org"])
    assert "Anulohet" in ana.subject
    calendar, event = vevent(ana.attachments[0][1])
    assert calendar["METHOD"] == "CANCEL"
    assert event["STATUS"] == "CANCELLED" and event["SEQUENCE"] == 2
    assert str(event["ORGANIZER"]).startswith("mailto:")
    _calendar, download = vevent(client.get(published.url + "ics/").content)
    assert download["STATUS"] == "CANCELLED" and download["SEQUENCE"] == 2
    page = client.get(published.url).content.decode()
    assert "Ky aktivitet është anuluar." in page
    mail.outbox.clear()
    publish(published)  # publishing the cancelled event again tells nobody twice
    assert mail.outbox == []


def test_the_download_and_the_feed_parse_with_icalendar(client, listing):
    event = publish(EventPageFactory(parent=listing, title="Tryezë; me, ndarje"))
    _calendar, download = vevent(client.get(event.url + "ics/").content)
    assert str(download["SUMMARY"]) == "Tryezë; me, ndarje"
    assert download["UID"] == f"event-{event.translation_key}@cso-elections.example.org"
    feed = icalendar.Calendar.from_ical(client.get(listing.url + "calendar/").content)
    assert [str(item["SUMMARY"]) for item in feed.walk("VEVENT")] == ["Tryezë; me, ndarje"]


def test_an_unsynchronised_translation_does_not_undo_a_change(
    published, en, en_home, translate_page
):
    translate_page(published.get_parent(), en, {})
    english = translate_page(published, en, {})
    old_start = english.start
    published.start += datetime.timedelta(days=2)
    published.end += datetime.timedelta(days=2)
    publish(published)
    assert len(mail.outbox) == 2
    mail.outbox.clear()
    english.refresh_from_db()
    assert english.start == old_start  # not synchronised yet
    publish(english)
    assert mail.outbox == []
    schedule = EventSchedule.objects.get(event_key=published.translation_key)
    assert schedule.start == published.start and schedule.sequence == 1


def test_reinstating_a_cancelled_event_is_a_change(published):
    published.cancelled = True
    publish(published)
    mail.outbox.clear()
    published.cancelled = False
    publish(published)
    assert len(mail.outbox) == 2 and "Ndryshim" in mail.outbox[0].subject
