"""The directory: filters, name search, Albanian order, A–Z jump, counts, map and query count."""

import re

import pytest

from organisations.factories import OrganisationPageFactory

pytestmark = pytest.mark.django_db


def names_in(body):
    return re.findall(r'class="card__link" href="[^"]+">([^<]+)</a>', body)


def test_directory_lists_organisations_in_albanian_order(client, directory, make_org):
    for title in ["Shpresa", "Sfida", "Çelësi", "Cana", "Ëndrra", "Ezra", "Zhvillimi", "Zëri"]:
        make_org(title)
    body = client.get(directory.url).content.decode()
    assert names_in(body) == [
        "Cana", "Çelësi", "Ezra", "Ëndrra", "Sfida", "Shpresa", "Zëri", "Zhvillimi",
    ]  # fmt: skip


def test_a_to_z_jump_links_to_the_letters_in_use(client, directory, make_org):
    make_org("Shpresa")
    make_org("Ëndrra")
    body = client.get(directory.url).content.decode()
    assert 'href="#letter-Sh"' in body and 'id="letter-Sh"' in body
    assert 'href="#letter-Ë"' in body and 'id="letter-Ë"' in body
    assert 'href="#letter-A"' not in body  # no organisation starts with A
    assert '<span aria-hidden="true">Zh</span>' in body


def test_filter_by_focus_area_county_and_municipality(
    client, directory, make_org, observation, youth, shkoder, kukes, municipality
):
    make_org("Vëzhguesit e Veriut", focus_areas=[observation], counties=[shkoder],
             municipalities=[municipality("shkoder")])  # fmt: skip
    make_org("Rinia Aktive", focus_areas=[youth], counties=[kukes],
             municipalities=[municipality("has")])  # fmt: skip
    make_org("Zëri i Malësisë", focus_areas=[observation, youth], counties=[shkoder],
             municipalities=[municipality("malesi-e-madhe")])  # fmt: skip
    by_focus = client.get(directory.url, {"focus": "youth"}).content.decode()
    assert names_in(by_focus) == ["Rinia Aktive", "Zëri i Malësisë"]
    by_county = client.get(directory.url, {"county": "AL-10"}).content.decode()
    assert names_in(by_county) == ["Vëzhguesit e Veriut", "Zëri i Malësisë"]
    both = client.get(directory.url, {"county": "AL-10", "focus": "youth"}).content.decode()
    assert names_in(both) == ["Zëri i Malësisë"]
    by_place = client.get(directory.url, {"municipality": "has"}).content.decode()
    assert names_in(by_place) == ["Rinia Aktive"]
    assert "1 organisation" in by_place or "1 organizatë" in by_place


def test_unknown_filter_values_are_ignored(client, directory, make_org):
    make_org("Cana")
    response = client.get(directory.url, {"county": "AL-99", "focus": "<script>"})
    assert response.status_code == 200
    assert names_in(response.content.decode()) == ["Cana"]


def test_name_search_ignores_case_and_diacritics(client, directory, make_org):
    make_org("Qendra për Çështje Zgjedhore", acronym="QÇZ")
    make_org("Rinia Aktive")
    body = client.get(directory.url, {"q": "  ceshtje  "}).content.decode()
    assert names_in(body) == ["Qendra për Çështje Zgjedhore"]
    assert names_in(client.get(directory.url, {"q": "qcz"}).content.decode()) == [
        "Qendra për Çështje Zgjedhore"
    ]
    assert 'value="ceshtje"' in body  # the box keeps what was typed


def test_facet_counts_and_links_keep_the_search(client, directory, make_org, observation, youth):
    make_org("Aleanca", focus_areas=[observation])
    make_org("Alfa", focus_areas=[observation, youth])
    make_org("Beta", focus_areas=[youth])
    body = client.get(directory.url, {"q": "al"}).content.decode()
    assert "2 organisations" in body or "2 organizata" in body
    youth_link = re.search(r'href="([^"]*focus=youth[^"]*)"', body).group(1)
    assert "q=al" in youth_link
    option = body.split("focus=youth")[1].split("</a>")[0]
    assert 'facet__count">1<' in option  # only Alfa matches "al" and youth


def test_map_counts_organisations_per_county(client, directory, make_org, shkoder, kukes):
    make_org("Alfa", counties=[shkoder, kukes])
    make_org("Beta", counties=[shkoder])
    body = client.get(directory.url).content.decode()
    svg = body.split('<svg class="county-map__svg"')[1].split("</svg>")[0]
    assert len(re.findall(r"<circle ", svg)) == 12  # every county seat, none invented
    assert "Shkodër: 2 " in svg and "Kukës: 1 " in svg and "Berat: 0 " in svg
    assert "?county=AL-10" in svg
    table = body.split('class="county-map__table"')[1].split("</table>")[0]
    assert re.search(r"Shkodër</a></th><td>2</td>", table)
    assert re.search(r"Kukës</a></th><td>1</td>", table)


def test_map_draws_the_real_outline_scaled_by_count(client, directory, make_org, shkoder, kukes):
    make_org("Alfa", counties=[shkoder])
    for n in range(4):
        make_org(f"Org {n}", counties=[kukes])
    body = client.get(directory.url).content.decode()
    svg = body.split('<svg class="county-map__svg"')[1].split("</svg>")[0]
    markers = re.findall(r'county=(AL-\d+)[^>]*>.*?<circle [^>]*r="([\d.]+)"', svg, re.S)
    radii = {code: float(r) for code, r in markers}
    assert radii["AL-07"] > radii["AL-10"] > radii["AL-01"]  # Kukës 4, Shkodër 1, Berat 0
    path = re.search(r'class="county-map__land" d="([^"]+)"', body).group(1)
    assert path.count(" L") > 300  # the Natural Earth outline, not a sketch


def test_directory_renders_in_a_fixed_number_of_queries(
    client, directory, observation, youth, shkoder, django_assert_max_num_queries
):
    for _n in range(3):
        OrganisationPageFactory(parent=directory, focus_areas=[observation], counties=[shkoder])
    client.get(directory.url)
    with django_assert_max_num_queries(15) as few:  # every page type: at most 15 (issue 14)
        client.get(directory.url)
    budget = len(
        few.captured_queries
    )  # now: the slice reads the live log, which later requests reset
    for _n in range(25):
        OrganisationPageFactory(
            parent=directory, focus_areas=[observation, youth], counties=[shkoder]
        )
    client.get(directory.url)  # publishing emptied the cached chrome and facets
    with django_assert_max_num_queries(budget):
        response = client.get(directory.url)
    assert len(names_in(response.content.decode())) == 28


def test_english_directory_lists_english_profiles_only(
    client, directory, en_directory, make_org, en, translate_page
):
    page = make_org("Rinia Aktive", intro="Të rinjtë votojnë.")
    translate_page(page, en, {"Rinia Aktive": "Active Youth", "Të rinjtë votojnë.": "Youth vote."})
    body = client.get(en_directory.url).content.decode()
    assert names_in(body) == ["Active Youth"]
    assert 'lang="en"' in body
