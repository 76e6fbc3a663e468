"""The API at /api/v2/ answers malformed query parameters with 400 (Wagtail's BadRequestError,
a JSON message), never a server error, and keeps Wagtail's answers to well-formed ones.

Every request goes through Django's handler with DEBUG off (raise_request_exception=False), so
a failure shows as the 500 a visitor would get."""

import pytest

from django.test import Client

from core.factories import TopicFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from publications.factories import (
    PublicationIndexPageFactory,
    PublicationPageFactory,
    pdf_document,
)

ENDPOINTS = ["pages", "images", "documents"]
HUGE = "100000000000000000000"  # 10**20: beyond every database integer


@pytest.fixture
def client():
    return Client(raise_request_exception=False)


@pytest.fixture
def event(home):
    listing = EventIndexPageFactory(parent=home)
    return EventPageFactory(parent=listing, title="Tryeza për kodin zgjedhor", slug="tryeza")


@pytest.fixture
def publication(home):
    library = PublicationIndexPageFactory(parent=home)
    topic = TopicFactory(name="Reforma zgjedhore", slug="reforma")
    return PublicationPageFactory(
        parent=library, title="Raporti i vëzhgimit", topics=[topic], pdf=pdf_document()
    )


def get(client, url):
    response = client.get(url)
    assert response.status_code < 500, f"{url} -> {response.status_code}"
    return response


def assert_bad_request(client, url, words):
    response = get(client, url)
    assert response.status_code == 400, f"{url} -> {response.status_code}"
    assert words in response.json()["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_an_offset_beyond_every_integer_gives_an_empty_page(client, endpoint, publication):
    response = get(client, f"/api/v2/{endpoint}/?offset={HUGE}")
    assert response.status_code == 200
    assert response.json()["items"] == []


@pytest.mark.django_db
def test_an_offset_within_the_results_still_pages_them(client, publication, event):
    everything = get(client, "/api/v2/pages/?limit=50").json()
    second = get(client, "/api/v2/pages/?offset=1&limit=1").json()
    assert second["items"][0]["id"] == everything["items"][1]["id"]
    assert second["meta"]["total_count"] == everything["meta"]["total_count"]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_a_null_character_in_a_search_is_a_bad_request(client, endpoint):
    assert_bad_request(client, f"/api/v2/{endpoint}/?search=a%00b", "null characters")


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_an_unknown_search_operator_is_a_bad_request(client, endpoint):
    assert_bad_request(client, f"/api/v2/{endpoint}/?search=x&search_operator=xor", "operator")


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("text", ["%20%20", "%0A%09", "%22", "a%22b", "%22%22%22", "(", "*", "-"])
def test_searches_of_spaces_quotes_or_punctuation_answer_normally(client, endpoint, text):
    response = get(client, f"/api/v2/{endpoint}/?search={text}")
    assert response.status_code == 200


@pytest.mark.django_db
def test_a_search_with_a_quote_still_finds_the_page(client, publication):
    response = get(client, '/api/v2/pages/?search="vëzhgimit&search_operator=OR')
    assert [item["id"] for item in response.json()["items"]] == [publication.pk]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "start=notadate",
        "start=2025-13-45",
        "end=%00",
        "start=0001-01-01",  # a date, but before year 1 once moved to UTC
        "capacity=" + HUGE,
        "capacity=-1",
        "capacity=1e3",
    ],
)
def test_an_event_filter_value_its_field_cannot_hold_is_a_bad_request(client, event, query):
    response = get(client, f"/api/v2/pages/?type=events.EventPage&{query}")
    assert response.status_code == 400
    assert "field filter error" in response.json()["message"] or "null" in response.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "type=events.EventPage&start=notadate",
        "type=publications.PublicationPage&topics=reforma",
        "type=publications.PublicationPage&publication_date=2025-02-30",
        "type=publications.PublicationPage&pdf=" + HUGE,
        "type=publications.PublicationPage&authors=x",
        "type=home.StandardPage&last_published_at=yesterday",
        "first_published_at=notadate",
        "alias_of=" + HUGE,
        "alias_of=x",
        "id=1.5",
    ],
)
def test_malformed_field_filters_are_bad_requests(client, event, publication, query):
    assert_bad_request(client, f"/api/v2/pages/?{query}", "field filter error")


@pytest.mark.django_db
def test_well_formed_field_filters_keep_working(client, event, publication):
    topic = publication.topics.get()
    by_topic = get(client, f"/api/v2/pages/?type=publications.PublicationPage&topics={topic.pk}")
    assert [item["id"] for item in by_topic.json()["items"]] == [publication.pk]
    start = event.start.isoformat().replace("+", "%2B")
    by_start = get(client, f"/api/v2/pages/?type=events.EventPage&start={start}")
    assert [item["id"] for item in by_start.json()["items"]] == [event.pk]
    by_pdf = get(
        client, f"/api/v2/pages/?type=publications.PublicationPage&pdf={publication.pdf_id}"
    )
    assert [item["id"] for item in by_pdf.json()["items"]] == [publication.pk]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("value", ["abc", "%00", "1.5", "-", HUGE, "%C2%B2"])
def test_find_with_an_id_that_is_not_one_is_a_bad_request(client, endpoint, value):
    response = get(client, f"/api/v2/{endpoint}/find/?id={value}")
    assert response.status_code == 400
    assert " id" in response.json()["message"]


@pytest.mark.django_db
def test_find_still_redirects_to_a_page(client, publication):
    response = get(client, f"/api/v2/pages/find/?id={publication.pk}")
    assert response.status_code == 302
    assert f"/api/v2/pages/{publication.pk}/" in response["Location"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query", ["locale=%00", "locale=s%00q", "html_path=/sq/%00/", "html_path=%00"]
)
def test_null_characters_in_locale_or_path_are_bad_requests(client, home, query):
    url = f"/api/v2/pages/{'find/' if 'html_path' in query else ''}?{query}"
    assert_bad_request(client, url, "null characters")
