"""What the dialogue section gives other sites and readers: API, consultations feed, JSON-LD."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from dialogue.factories import ConsultationPageFactory
from dialogue.models import ConsultationPage
from dialogue.statements import sign_for

pytestmark = pytest.mark.django_db


def api_item(client, page, fields):
    response = client.get(
        "/api/v2/pages/", {"type": page.specific_class._meta.label, "fields": fields}
    )
    assert response.status_code == 200
    return next(item for item in response.json()["items"] if item["id"] == page.pk)


def test_api_shows_a_consultation_and_keeps_the_unpublished_responses_back(client, consultation):
    article = consultation.articles.first()
    article.response, article.response_reasons = "rejected", "Arsye të brendshme"
    article.save()
    consultation.summary = "<p>Përmbledhje e fshehtë</p>"
    consultation.save_revision().publish()
    fields = "proposer,opens_at,closes_at,state,published_summary,articles"
    item = api_item(client, consultation, fields)
    assert item["proposer"] == consultation.proposer
    assert item["state"] == "open"
    assert item["published_summary"] == ""
    assert [a["number"] for a in item["articles"]] == ["1", "2"]
    assert item["articles"][0]["published_response"] == ""
    assert "Arsye të brendshme" not in str(item)

    consultation.responses_published = True
    consultation.save_revision().publish()
    item = api_item(client, consultation, fields)
    assert "Përmbledhje e fshehtë" in item["published_summary"]
    assert item["articles"][0]["published_response"] == "rejected"


def test_api_shows_a_statement(client, statement):
    item = api_item(client, statement, "intro,body,signing_open")
    assert item["signing_open"] is True
    assert "body" in item


@pytest.mark.parametrize(("path", "kind"), [("feed/rss/", "rss"), ("feed/atom/", "atom")])
def test_feeds_list_the_newest_consultations(client, section, consultation, statement, path, kind):
    draft = ConsultationPageFactory(parent=section, title="Draft", slug="draft", publish=False)
    response = client.get(section.url + path)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed
    if kind == "rss":
        items = root.findall("./channel/item")
        assert root.find("./channel/language").text == "sq"
        assert [item.find("title").text for item in items] == ["Ndryshimet e Kodit"]
        assert items[0].find("link").text == "http://testserver" + consultation.url
    else:
        ns = {"a": "http://www.w3.org/2005/Atom"}
        entries = root.findall("a:entry", ns)
        assert [entry.find("a:title", ns).text for entry in entries] == ["Ndryshimet e Kodit"]
        assert entries[0].find("a:author/a:name", ns).text == consultation.proposer
    assert ConsultationPage.objects.filter(pk=draft.pk, live=False).exists()


def test_feeds_are_autodiscoverable(client, section):
    body = client.get(section.url).content.decode()
    assert 'type="application/rss+xml"' in body
    assert 'type="application/atom+xml"' in body


def json_ld(body):
    return json.loads(re.search(r'application/ld\+json">(.*?)</script>', body, re.S).group(1))


def test_consultation_page_has_json_ld_without_participants(client, consultation):
    consultation.summary = "<p>Kemi dëgjuar.</p><p>Shumë</p>"
    consultation.save_revision().publish()
    data = json_ld(client.get(consultation.url).content.decode())
    assert data["@context"] == "https://schema.org"
    assert data["name"] == "Ndryshimet e Kodit"
    assert data["creator"]["name"] == consultation.proposer
    assert data["url"] == "http://testserver" + consultation.url
    assert data["inLanguage"] == "sq"
    assert [part["url"].rsplit("#", 1)[1] for part in data["hasPart"]] == [
        "article-1",
        "article-2",
    ]
    assert "abstract" not in data  # the summary is not published yet
    consultation.responses_published = True
    consultation.save_revision().publish()
    data = json_ld(client.get(consultation.url).content.decode())
    assert data["abstract"] == "Kemi dëgjuar. Shumë"


def test_json_ld_cannot_be_broken_out_of(client, section):
    page = ConsultationPageFactory(parent=section, slug="x", intro="</script><script>alert(1)")
    body = client.get(page.url).content.decode()
    assert "</script><script>alert(1)" not in body
    assert json_ld(body)["description"] == "</script><script>alert(1)"


def test_statement_page_has_json_ld_with_its_signatories(client, statement, org_a, alice):
    sign_for(statement, alice, org_a, "sq")
    data = json_ld(client.get(statement.url).content.decode())
    assert data["name"] == "Deklarata"
    assert [org["name"] for org in data["contributor"]] == ["Qendra Alfa"]
    assert "alice" not in json.dumps(data).lower()
