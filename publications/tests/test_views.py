"""A publication's outputs: citation files, structured data, feeds, API, sharing, home section."""

import datetime
import json
import re
import xml.etree.ElementTree as ET

import pytest

from core.factories import PersonFactory, TopicFactory
from publications.factories import PublicationPageFactory, PublicationTypeFactory, pdf_document

pytestmark = pytest.mark.django_db


@pytest.fixture
def publication(library):
    return PublicationPageFactory(
        parent=library,
        title="Pjesëmarrja e grave në zgjedhjet e 2025-ës",
        slug="pjesemarrja-e-grave",
        subtitle="Kuotat gjinore në praktikë",
        publication_date=datetime.date(2025, 11, 24),
        publication_type=PublicationTypeFactory(name="Dokument politikash", slug="dokument"),
        topics=[TopicFactory(name="Pjesëmarrja politike e grave", slug="grate")],
        authors=[
            PersonFactory(given_name="Arbëresha", family_name="Hoxha"),
            PersonFactory(given_name="Besa", family_name="Kola"),
        ],
        pdf=pdf_document("Kuotat gjinore"),
        doi="10.5281/zenodo.1234567",
    )


def test_how_to_cite_text_is_on_the_page(client, publication):
    body = client.get(publication.url).content.decode()
    assert "Hoxha, A., &amp; Kola, B. (2025). Pjesëmarrja e grave në zgjedhjet e 2025-ës:" in body
    assert "https://doi.org/10.5281/zenodo.1234567" in body


def test_bibtex_download(client, publication):
    response = client.get(publication.url + "cite/bibtex/")
    assert response["Content-Type"] == "application/x-bibtex; charset=utf-8"
    assert 'filename="pjesemarrja-e-grave.bib"' in response["Content-Disposition"]
    text = response.content.decode()
    assert text.startswith("@techreport{")
    assert "author = {Hoxha, Arbëresha and Kola, Besa}" in text
    assert "doi = {10.5281/zenodo.1234567}" in text
    assert text.count("{") == text.count("}")


def test_ris_download(client, publication):
    response = client.get(publication.url + "cite/ris/")
    assert response["Content-Type"] == "application/x-research-info-systems; charset=utf-8"
    lines = response.content.decode().split("\r\n")
    assert lines[0] == "TY  - RPRT"
    assert "AU  - Hoxha, Arbëresha" in lines
    assert "PY  - 2025" in lines
    assert lines[-2] == "ER  - "


def test_json_ld_is_valid_schema_org(client, publication):
    body = client.get(publication.url).content.decode()
    raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1)
    data = json.loads(raw)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Report"
    assert data["name"] == publication.title
    assert data["datePublished"] == "2025-11-24"
    assert [author["familyName"] for author in data["author"]] == ["Hoxha", "Kola"]
    assert data["encoding"]["encodingFormat"] == "application/pdf"
    assert data["identifier"]["value"] == "10.5281/zenodo.1234567"


def test_json_ld_cannot_be_broken_out_of(client, library):
    page = PublicationPageFactory(parent=library, title="</script><script>alert(1)</script>")
    body = client.get(page.url).content.decode()
    assert "<script>alert(1)</script>" not in body


def test_download_button_shows_format_and_size(client, publication):
    body = client.get(publication.url).content.decode()
    size = publication.pdf.file_size
    assert size > 500
    assert f'Shkarko PDF-në <span class="button__meta">(PDF, {size}\xa0bajte)</span>' in body


def test_share_links_are_built_on_the_server_in_the_readers_language(client, publication):
    body = client.get(publication.url).content.decode()
    assert "https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Ftestserver%2Fsq%2F" in body
    assert "Pjes%C3%ABmarrja%20e%20grave" in body  # WhatsApp/Viber text, UTF-8 encoded
    assert "Shpërndaj në Facebook" in body
    assert '<script src="https://' not in body


@pytest.mark.parametrize(("path", "kind"), [("feed/rss/", "rss"), ("feed/atom/", "atom")])
def test_feeds_list_the_newest_publications(client, library, publication, path, kind):
    response = client.get(library.url + path)
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own feed
    if kind == "rss":
        items = root.findall("./channel/item")
        assert root.find("./channel/language").text == "sq"
        assert items[0].find("title").text.startswith("Pjesëmarrja e grave")
        assert items[0].find("link").text == "http://testserver" + publication.url
    else:
        ns = {"a": "http://www.w3.org/2005/Atom"}
        entries = root.findall("a:entry", ns)
        assert entries[0].find("a:title", ns).text.startswith("Pjesëmarrja e grave")
        assert entries[0].find("a:author/a:name", ns).text == "Arbëresha Hoxha, Besa Kola"


@pytest.mark.parametrize("path", ["feed/rss/", "feed/atom/"])
def test_feeds_honour_the_librarys_filters(client, library, publication, path):
    PublicationPageFactory(
        parent=library,
        title="Financimi i partive",
        publication_date=datetime.date(2024, 3, 1),
        topics=[TopicFactory(name="Financimi politik", slug="financimi")],
    )

    def titles(params):
        response = client.get(library.url + path, params)
        assert response.status_code == 200
        return re.findall(r"<title>(Pjesëmarrja|Financimi)", response.content.decode())

    assert titles({"topic": "grate"}) == ["Pjesëmarrja"]
    assert titles({"year": "2024"}) == ["Financimi"]
    assert titles({"topic": "financimi", "year": "2025"}) == []
    for ignored in ({"topic": "nuk-ka"}, {"topic": "<script>"}, {"year": "２０２５"}, {"x": "y"}):
        assert titles(ignored) == ["Pjesëmarrja", "Financimi"]  # as the library ignores it
    body = client.get(library.url + path, {"topic": "grate", "junk": "1"}).content.decode()
    assert f"http://testserver{library.url}{path}?topic=grate" in body  # its own address


def test_a_filtered_library_links_to_its_filtered_feeds(client, library, publication):
    body = client.get(library.url, {"topic": "grate", "year": "2025"}).content.decode()
    for kind in ("rss", "atom"):
        assert f'href="{library.url}feed/{kind}/?topic=grate&amp;year=2025"' in body
    assert f'href="{library.url}feed/rss/"' in client.get(library.url).content.decode()


def test_feeds_are_autodiscoverable(client, library, publication):
    for url in (library.url, publication.url):
        body = client.get(url).content.decode()
        assert 'type="application/rss+xml"' in body
        assert 'type="application/atom+xml"' in body


def test_api_exposes_public_fields(client, publication):
    response = client.get(
        "/api/v2/pages/",
        {"type": "publications.PublicationPage", "fields": "subtitle,publication_date,doi,pdf"},
    )
    item = response.json()["items"][0]
    assert item["subtitle"] == "Kuotat gjinore në praktikë"
    assert item["publication_date"] == "2025-11-24"
    assert item["doi"] == "10.5281/zenodo.1234567"
    assert "pdf_text" not in client.get(f"/api/v2/pages/{publication.pk}/").json()


def test_home_page_shows_the_latest_research(client, home, library, publication):
    body = client.get("/sq/").content.decode()
    assert "Botimet më të fundit" in body
    assert publication.title in body
    assert f'href="{library.url}">Të gjitha botimet</a>' in body


def test_related_publications_share_a_topic(client, library, publication):
    topic = publication.topics.first()
    other = PublicationPageFactory(parent=library, title="Gratë kandidate", topics=[topic])
    PublicationPageFactory(parent=library, title="Pa lidhje")
    body = client.get(publication.url).content.decode()
    related = body.split('id="related-heading"')[1]
    assert other.title in related
    assert "Pa lidhje" not in related
