"""The public register: filters with counts in a fixed number of queries, scorecards whose table
matches the chart, a record's history and links, the feed, CSV and API, in both languages."""

import csv
import io
import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import ElectionFactory, TopicFactory
from recommendations.factories import (
    AssessmentFactory,
    InstitutionFactory,
    RecommendationFactory,
)
from recommendations.models import AssessorKind, SourceKind

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


def build(n, kqz, kuvendi, topic):
    election = ElectionFactory(slug=f"zgjedhjet-{n}")
    for i in range(n):
        item = RecommendationFactory(
            institution=kqz if i % 2 else kuvendi,
            topics=[topic, TopicFactory(slug=f"tema-{n}-{i}")],
            election=election,
            source_kind=SourceKind.ROUND_TABLE if i % 3 else SourceKind.ODIHR,
        )
        AssessmentFactory(recommendation=item, status=["fully", "partially", "mostly"][i % 3])


def steady_queries(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_the_register_renders_in_a_fixed_number_of_queries(client, register, kqz, kuvendi, topic):
    build(2, kqz, kuvendi, topic)
    few = steady_queries(client, register.url + "?institution=kqz-test&status=fully")
    build(12, InstitutionFactory(), InstitutionFactory(), topic)
    many = steady_queries(client, register.url + "?institution=kqz-test&status=fully")
    assert few <= MAX_QUERIES and many == few
    cold = client.get(register.url + "?topic=reforma-test&source=odihr")
    assert cold.status_code == 200


def test_the_first_uncached_render_stays_within_budget(client, register, kqz, kuvendi, topic):
    build(6, kqz, kuvendi, topic)
    client.get("/sq/")  # the chrome
    with CaptureQueriesContext(connection) as queries:
        assert client.get(register.url + "?election=zgjedhjet-6").status_code == 200
    assert len(queries) <= MAX_QUERIES + 10  # facets and scorecards are computed, then cached


def facet_counts(body, key):
    section = body.split(f'aria-label="{key}"')[1].split("</nav>")[0]
    pairs = re.findall(r"<span>([^<]+)</span> <span class=\"facet__count\">(\d+)</span>", section)
    return {label: int(count) for label, count in pairs}


def test_filters_count_what_each_choice_would_show(client, register, kqz, kuvendi, topic):
    build(6, kqz, kuvendi, topic)
    body = client.get(register.url).content.decode()
    assert facet_counts(body, "Institucioni") == {"Komisioni Qendror i Zgjedhjeve": 3, "Kuvendi": 3}
    assert facet_counts(body, "Statusi") == {
        "Zbatuar plotësisht": 2,
        "Zbatuar kryesisht": 2,
        "Zbatuar pjesërisht": 2,
    }
    filtered = client.get(register.url + "?institution=kqz-test").content.decode()
    assert "3 rekomandime" in filtered
    assert sum(facet_counts(filtered, "Statusi").values()) == 3


def test_unknown_and_malformed_filters_are_ignored(client, register, recommendation):
    for query in ["?status=bogus", "?institution=%00", "?topic=" + "x" * 500, "?page=-1"]:
        response = client.get(register.url + query)
        assert response.status_code == 200
        assert "ODIHR-1" in response.content.decode()


def test_scorecard_table_matches_the_chart(client, register, kqz, kuvendi, topic):
    build(6, kqz, kuvendi, topic)
    body = client.get(register.url).content.decode()
    cards = re.findall(
        r'<article class="scorecard" data-institution="([^"]+)">(.*?)</article>', body, re.S
    )
    assert {slug for slug, _ in cards} == {"kqz-test", "kuvendi-test"}
    for _slug, card in cards:
        chart = dict(
            re.findall(r'<g class="scorecard__bar" data-status="([^"]+)" data-count="(\d+)">', card)
        )
        table = dict(
            re.findall(r'<tr data-status="([^"]+)"><th scope="row">[^<]+</th><td>(\d+)</td>', card)
        )
        widths = re.findall(r'<rect x="170" y="\d+" width="(\d+)"', card)
        assert chart == table and len(chart) == 5
        assert sum(map(int, table.values())) == 3
        assert 'role="img"' in card and "<title" in card and "<desc" in card
        counts = [int(count) for count in chart.values()]
        assert [int(w) for w in widths] == [round(220 * c / max(counts)) for c in counts]


def test_a_record_shows_odihr_and_cso_assessments_side_by_side(
    client, register, recommendation, organisation
):
    AssessmentFactory(recommendation=recommendation, status="partially", reason="Ligji u ndryshua.")
    AssessmentFactory(
        recommendation=recommendation,
        status="fully",
        assessor_kind=AssessorKind.CSO,
        organisation=organisation,
        reason="Sipas monitorimit tonë.",
        evidence="https://example.org/raport",
    )
    body = client.get(register.record_url(recommendation)).content.decode()
    assert "Zbatuar pjesërisht" in body and "sipas ODIHR" in body
    assert "Ligji u ndryshua." in body and "Sipas monitorimit tonë." in body
    assert "Shoqata Vëzhguese" in body and 'href="https://example.org/raport"' in body


def test_an_unknown_record_is_not_found(client, register):
    assert client.get(register.url + "r/nuk-ekziston/").status_code == 404


def test_the_register_renders_in_english(client, en_register, recommendation, en):
    RecommendationFactory(
        locale=en,
        translation_key=recommendation.translation_key,
        institution=InstitutionFactory(locale=en, name="CEC", slug="kqz-test"),
        reference_code="ODIHR-1",
        slug=recommendation.slug,
        text="Publish the results per polling station.",
    )
    body = client.get(en_register.url).content.decode()
    assert '<html lang="en"' in body and "Publish the results per polling station." in body
    assert "Scorecards by institution" in body
    record = client.get(en_register.record_url(recommendation)).content.decode()
    assert "Not yet assessed" in record


def test_the_feed_lists_status_changes(client, register, recommendation):
    AssessmentFactory(recommendation=recommendation, status="mostly")
    response = client.get(register.url + "feed/rss/")
    body = response.content.decode()
    assert response.status_code == 200 and "ODIHR-1: Zbatuar kryesisht" in body
    assert client.get(register.url + "feed/atom/").status_code == 200


def test_the_csv_export_follows_the_filters(client, register, kqz, kuvendi, topic):
    build(4, kqz, kuvendi, topic)
    response = client.get(register.url + "export/csv/?institution=kqz-test")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert response["Content-Type"].startswith("text/csv")
    assert len(rows) == 3 and {row[2] for row in rows[1:]} == {"Komisioni Qendror i Zgjedhjeve"}


def test_the_records_are_in_the_api(client, recommendation):
    AssessmentFactory(recommendation=recommendation, status="fully")
    data = client.get("/api/v2/recommendations/?fields=*").json()
    item = data["items"][0]
    assert item["reference_code"] == "ODIHR-1" and item["status"] == "fully"
    assert item["institution_slug"] == "kqz-test" and item["topic_slugs"] == ["reforma-test"]
    assert client.get("/api/v2/recommendations/?id=99999999999999999999").status_code == 400
    for query in ["offset=100000000000000000000", "status=%00", "locale=%00", "search=x", "x=1"]:
        response = client.get(f"/api/v2/recommendations/?{query}")
        assert response.status_code in (200, 400), query
    assert client.get("/api/v2/recommendations/?status=fully").json()["meta"]["total_count"] == 1


def test_a_record_links_publications_on_the_same_topic(
    client, register, recommendation, home, topic
):
    from publications.factories import PublicationIndexPageFactory, PublicationPageFactory

    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, title="Raporti i monitorimit", topics=[topic])
    body = client.get(register.record_url(recommendation)).content.decode()
    assert "Raporti i monitorimit" in body


def test_the_sitemap_lists_every_record(client, register, recommendation):
    body = client.get("/sitemap.xml").content.decode()
    assert "/sq/rekomandimet/r/odihr-1/</loc>" in body


def test_a_person_s_submitted_assessments_are_found_and_erased(recommendation, representative):
    from recommendations.personal_data import erase, find

    AssessmentFactory(
        recommendation=recommendation, assessor_kind=AssessorKind.CSO, submitted_by=representative
    )
    assert [row["recommendation"] for row in find("p@example.org")] == ["ODIHR-1"]
    assert erase("p@example.org") == 1 and find("p@example.org") == []


def test_a_record_renders_in_a_fixed_number_of_queries(
    client, register, recommendation, organisation
):
    few = steady_queries(client, register.record_url(recommendation))
    for day in range(1, 7):
        AssessmentFactory(
            recommendation=recommendation,
            assessor_kind=AssessorKind.CSO if day % 2 else AssessorKind.ODIHR,
            organisation=organisation if day % 2 else None,
            evidence="https://example.org/a\nhttps://example.org/b",
        )
    many = steady_queries(client, register.record_url(recommendation))
    assert few <= MAX_QUERIES and many == few


def test_the_status_filter_follows_the_scale(client, register, kqz, kuvendi, topic):
    build(6, kqz, kuvendi, topic)
    RecommendationFactory(institution=kqz)
    body = client.get(register.url).content.decode()
    assert list(facet_counts(body, "Statusi")) == [
        "Zbatuar plotësisht",
        "Zbatuar kryesisht",
        "Zbatuar pjesërisht",
        "Ende pa u vlerësuar",
    ]


@pytest.mark.django_db
def test_record_has_json_ld(client, register, recommendation):
    body = client.get(register.record_url(recommendation)).content.decode()
    match = re.search(r'application/ld\+json">(.*?)</script>', body, re.S)
    data = json.loads(match.group(1))
    assert data["@context"] == "https://schema.org"
    assert data["identifier"] == "ODIHR-1"
    assert data["text"] == recommendation.text
    assert data["url"] == "http://testserver" + register.record_url(recommendation)
    assert data["audience"]["name"] == "Komisioni Qendror i Zgjedhjeve"
    assert data["about"] == ["Reforma zgjedhore"]
    assert data["creativeWorkStatus"] == str(recommendation.get_status_display())
