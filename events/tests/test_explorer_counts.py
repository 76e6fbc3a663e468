"""The page explorer's "Registrations (n)" button: each event row's count comes annotated on the
explorer's own query (events.wagtail_hooks, `construct_explorer_page_queryset`), so the
registrations are read once whatever the number of events; nothing outlives the request."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from events.factories import EventPageFactory
from events.models import Registration
from events.models import RegistrationStatus as S

pytestmark = pytest.mark.django_db


def register(event, n, status=S.CONFIRMED):
    Registration.objects.create(
        event=event, name=f"P{n}", email=f"p{n}@example.org", status=status, language="sq"
    )


def explore(client, listing):
    """The explorer's HTML and how many of its queries read registrations."""
    with CaptureQueriesContext(connection) as queries:
        body = client.get(reverse("wagtailadmin_explore", args=[listing.pk])).content.decode()
    return body, sum("events_registration" in q["sql"] for q in queries.captured_queries)


def button(body, event):
    """The text of the event's registrations button."""
    href = reverse("event_registrations", args=[event.pk])
    start = body.index(f'href="{href}"')
    return body[start : body.index("</a>", start)]


def test_each_row_shows_its_own_count_and_the_query_count_stays_flat(admin_client, listing):
    first = EventPageFactory(parent=listing)
    register(first, 1)
    register(first, 2)
    register(first, 3, S.CANCELLED)
    body, few = explore(admin_client, listing)
    assert "(2)" in button(body, first)
    assert few == 1  # the listing's own query, with a subquery per row in SQL

    more = [EventPageFactory(parent=listing) for _ in range(5)]
    register(more[2], 4, S.WAITING)
    body, many = explore(admin_client, listing)
    assert "(1)" in button(body, more[2]) and "(0)" in button(body, more[0])
    assert many == 1
    # (wagtail-localize's Translate button adds two queries per row of its own: not ours.)


def test_the_count_is_fresh_on_the_next_request(admin_client, listing):
    event = EventPageFactory(parent=listing)
    body, _ = explore(admin_client, listing)
    assert "(0)" in button(body, event)
    register(event, 1)
    body, _ = explore(admin_client, listing)
    assert "(1)" in button(body, event)
