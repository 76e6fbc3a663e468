"""Event pages, the listing, calendars, structured data, and never overbooking."""

import json
import re
import threading
import zoneinfo

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import TopicFactory
from events import registration as registrations
from events.factories import EventPageFactory, hours
from events.models import Registration
from events.models import RegistrationStatus as S

TIRANE = zoneinfo.ZoneInfo("Europe/Tirane")


def titles(response, section):
    body = response.content.decode().split(f'id="{section}-heading"')[1].split("</section>")[0]
    return re.findall(r'<h3 class="event-card__title"><a href="[^"]+">([^<]+)</a>', body)


@pytest.mark.django_db
def test_upcoming_soonest_first_and_past_apart(client, listing):
    EventPageFactory(parent=listing, title="Later", start=hours(24 * 20))
    EventPageFactory(parent=listing, title="Sooner", start=hours(24 * 2))
    EventPageFactory(parent=listing, title="Past", start=hours(-24 * 30))
    response = client.get(listing.url)
    assert titles(response, "upcoming") == ["Sooner", "Later"]
    assert titles(response, "past") == ["Past"]


@pytest.mark.django_db
def test_filters_by_kind_and_topic(client, listing):
    topic = TopicFactory(slug="reforma-zgjedhore")
    EventPageFactory(parent=listing, title="Trajnim", kind="training")
    tryeze = EventPageFactory(parent=listing, title="Tryezë")
    tryeze.topics = [topic]
    tryeze.save_revision().publish()
    assert titles(client.get(listing.url, {"kind": "training"}), "upcoming") == ["Trajnim"]
    assert titles(client.get(listing.url, {"topic": "reforma-zgjedhore"}), "upcoming") == ["Tryezë"]
    assert client.get(listing.url, {"kind": "party"}).status_code == 200


@pytest.mark.django_db
def test_listing_renders_in_a_fixed_number_of_queries(
    client, listing, django_assert_max_num_queries
):
    EventPageFactory(parent=listing)
    EventPageFactory(parent=listing, start=hours(-24 * 10))
    client.get(listing.url)
    with CaptureQueriesContext(connection) as few:
        client.get(listing.url)
    for n in range(12):
        EventPageFactory(parent=listing, start=hours(24 * (n + 1) * (1 if n % 2 else -1)))
    client.get(listing.url)  # publishing emptied the cached chrome and facets
    with CaptureQueriesContext(connection) as many:
        client.get(listing.url)
    assert len(many) == len(few)
    with django_assert_max_num_queries(15):  # every page type: at most 15 (issue 14)
        client.get(listing.url)


@pytest.mark.django_db
def test_event_ics_is_valid_and_in_utc(client, listing):
    start = (
        hours(0)
        .astimezone(TIRANE)
        .replace(year=2027, month=3, day=29, hour=10, minute=0, second=0, microsecond=0)
    )
    event = EventPageFactory(
        parent=listing,
        title="Tryezë pas ndryshimit të orës",
        start=start,
        end=start.replace(hour=13),
    )
    response = client.get(event.url + "ics/")
    text = response.content.decode()
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.endswith("END:VCALENDAR\r\n")
    assert "DTSTART:20270329T080000Z" in text  # 10:00 in Tirana on summer time is 08:00 UTC
    assert "DTEND:20270329T110000Z" in text


@pytest.mark.django_db
def test_calendar_feed_lists_upcoming_events_only(client, listing):
    EventPageFactory(parent=listing, title="E ardhshme")
    EventPageFactory(parent=listing, title="E kaluar", start=hours(-24 * 30))
    text = client.get(listing.url + "calendar/").content.decode()
    assert text.count("BEGIN:VEVENT") == 1
    assert "E ardhshme" in text


@pytest.mark.django_db
def test_json_ld_and_api_never_show_registrants(client, event):
    Registration.objects.create(
        event=event, name="Arta", email="arta@example.org", status=S.CONFIRMED
    )
    body = client.get(event.url).content.decode()
    data = json.loads(re.search(r'application/ld\+json">(.*?)</script>', body, re.S).group(1))
    assert data["@type"] == "Event"
    assert data["location"]["name"] == "Salla e konferencave"
    api = client.get(f"/api/v2/pages/{event.pk}/").content.decode()
    assert "arta@example.org" not in api and "Arta" not in api
    assert '"kind": "round_table"' in api or '"kind":"round_table"' in api


@pytest.mark.django_db
def test_home_page_shows_upcoming_events(client, home, listing, event):
    body = client.get("/sq/").content.decode()
    assert "Tryezat e rrumbullakëta dhe aktivitetet e ardhshme" in body
    assert "Tryeza me KQZ-në" in body


@pytest.mark.django_db(transaction=True)
def test_simultaneous_registrations_never_overbook():
    """Twelve people register at the same moment for the last three seats."""
    from core.demo import ensure_locales
    from events.factories import EventIndexPageFactory
    from home.demo import ensure_home

    ensure_locales()  # transactional tests start from whatever the previous one left
    listing = EventIndexPageFactory(parent=ensure_home())
    event = EventPageFactory(parent=listing, capacity=3)
    start = threading.Barrier(12)
    errors = []

    def attempt(n):
        try:
            start.wait()
            data = {
                "name": f"P{n}",
                "email": f"p{n}@example.org",
                "organisation_name": "Q",
                "position": "x",
            }
            registrations.register(event, data, "sq", "consent")
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    run_together(attempt)
    assert errors == []
    held = Registration.objects.filter(status=S.AWAITING, holds_seat=True).count()
    assert (held, Registration.objects.filter(status=S.AWAITING).count()) == (3, 12)
    rows = list(Registration.objects.order_by("?"))
    start = threading.Barrier(12)

    def confirm(n):
        try:
            start.wait()
            registrations.confirm(rows[n])
        except Exception as error:
            errors.append(error)
        finally:
            connection.close()

    run_together(confirm)
    assert errors == []
    counts = {
        status: Registration.objects.filter(status=status).count()
        for status in (S.CONFIRMED, S.WAITING)
    }
    assert counts == {S.CONFIRMED: 3, S.WAITING: 9}


def run_together(target):
    threads = [threading.Thread(target=target, args=(n,)) for n in range(12)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()


def test_the_registration_fields_are_kept_until_an_edit_and_follow_it(client, home, event):
    """The blank form's fields are kept with the chrome (`{% rendered ... until_edit %}`): a
    registration leaves them, a newly published organisation joins the list at once, and a
    form sent back with errors shows what the visitor typed, not the kept blank one."""
    from core import fragments
    from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory

    directory = OrganisationIndexPageFactory(parent=home)
    assert "Qendra Vëzhguese" not in client.get(event.url).content.decode()
    OrganisationPageFactory(parent=directory, title="Qendra Vëzhguese")
    fragments.bump_content()  # as a registration would
    body = client.get(event.url).content.decode()
    assert "Qendra Vëzhguese</option>" in body
    sent = client.post(f"{event.url}register/", {"name": "Arta", "email": "not-an-email"})
    assert sent.status_code == 400  # the page again, with the visitor's input and the errors
    html = sent.content.decode()
    assert 'value="Arta"' in html and 'class="form__error"' in html
    assert 'value="Arta"' not in client.get(event.url).content.decode()
