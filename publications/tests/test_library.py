"""The library page: filters with counts, clearing, pagination, bad input, fixed query count."""

import datetime
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core.factories import ElectionFactory, PersonFactory, TopicFactory
from publications.factories import PublicationPageFactory, PublicationTypeFactory
from publications.library import PAGE_SIZE

pytestmark = pytest.mark.django_db


@pytest.fixture
def taxonomy():
    return {
        "reform": TopicFactory(name="Reforma zgjedhore", slug="reforma-zgjedhore"),
        "youth": TopicFactory(name="Të rinjtë", slug="te-rinjte"),
        "brief": PublicationTypeFactory(name="Përmbledhje politikash", slug="permbledhje"),
        "report": PublicationTypeFactory(name="Raport monitorimi", slug="raport-monitorimi"),
        "election": ElectionFactory(name="Zgjedhjet parlamentare 2025", slug="parlamentare-2025"),
    }


def titles(response):
    return re.findall(
        r'<h2 class="pub-card__title"><a href="[^"]+">([^<]+)</a>', response.content.decode()
    )


def make(library, title, year, kind, topics=(), **extra):
    return PublicationPageFactory(
        parent=library,
        title=title,
        publication_date=datetime.date(year, 6, 1),
        publication_type=kind,
        topics=topics,
        **extra,
    )


def test_newest_first_with_counts_per_filter(client, library, taxonomy):
    make(library, "A", 2023, taxonomy["brief"], [taxonomy["reform"]])
    make(library, "B", 2025, taxonomy["report"], [taxonomy["reform"], taxonomy["youth"]])
    make(library, "C", 2024, taxonomy["brief"], [taxonomy["youth"]])
    response = client.get(library.url)
    assert titles(response) == ["B", "C", "A"]
    body = response.content.decode()
    assert re.search(r"Reforma zgjedhore</span> <span class=\"facet__count\">2", body)
    assert re.search(r"Të rinjtë</span> <span class=\"facet__count\">2", body)
    assert re.search(r"2025</span> <span class=\"facet__count\">1", body)
    assert "3 botime" in body


def test_filters_combine_and_counts_follow_the_other_filters(client, library, taxonomy):
    make(library, "A", 2023, taxonomy["brief"], [taxonomy["reform"]])
    make(library, "B", 2025, taxonomy["report"], [taxonomy["reform"]])
    make(library, "C", 2025, taxonomy["brief"], [taxonomy["youth"]])
    response = client.get(library.url, {"topic": "reforma-zgjedhore", "year": "2025"})
    assert titles(response) == ["B"]
    body = response.content.decode()
    # the year facet counts within the topic: 2023 (A) and 2025 (B), not C
    assert re.search(r"2023</span> <span class=\"facet__count\">1", body)
    assert 'aria-current="true"' in body
    assert "Pastro filtrat" in body


def test_selected_filter_links_remove_themselves(client, library, taxonomy):
    make(library, "A", 2023, taxonomy["brief"], [taxonomy["reform"]])
    body = client.get(library.url, {"topic": "reforma-zgjedhore"}).content.decode()
    remove = re.search(r'<a class="facet__option" href="([^"]+)" aria-current="true">', body).group(
        1
    )
    assert remove == library.url


def test_a_taxonomy_name_with_markup_is_shown_as_text_in_the_filters(client, library, taxonomy):
    hostile = TopicFactory(name='<img src=x onerror="alert(1)"> & "Të rinjtë"', slug="x-1")
    make(library, "A", 2023, taxonomy["brief"], [hostile])
    body = client.get(library.url, {"topic": "x-1", "year": "2023"}).content.decode()
    assert "<img src=x" not in body
    shown = "&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &quot;Të rinjtë&quot;"
    assert f'aria-current="true"><span>{shown}</span> <span class="facet__count">1</span>' in body
    assert '<span class="visually-hidden">(i zgjedhur; ndiqeni për ta hequr)</span></a>' in body


def test_filters_by_organisation_and_election(client, home, library, taxonomy):
    from organisations.models import OrganisationIndexPage, OrganisationPage

    directory = OrganisationIndexPage(title="Organizatat", slug="organizatat")
    home.add_child(instance=directory)
    ipls = OrganisationPage(title="Instituti për Studime Publike dhe Ligjore", slug="ipls")
    directory.add_child(instance=ipls)
    make(library, "Me IPLS", 2025, taxonomy["brief"], organisations=[ipls])
    make(library, "Me zgjedhje", 2025, taxonomy["brief"], election=taxonomy["election"])
    assert titles(client.get(library.url, {"organisation": "ipls"})) == ["Me IPLS"]
    assert titles(client.get(library.url, {"election": "parlamentare-2025"})) == ["Me zgjedhje"]
    body = client.get(library.url).content.decode()
    assert "Instituti për Studime Publike dhe Ligjore</span>" in body


@pytest.mark.parametrize(
    "query",
    [
        {"topic": "nuk-ekziston"},
        {"year": "abc"},
        {"year": "99999"},
        {"type": "<script>"},
        {"page": "9999"},
        {"page": "-1"},
        {"organisation": "' OR 1=1 --"},
    ],
)
def test_unknown_or_malformed_filters_are_ignored(client, library, taxonomy, query):
    make(library, "A", 2023, taxonomy["brief"])
    response = client.get(library.url, query)
    assert response.status_code == 200
    assert titles(response) == ["A"]


def test_no_results_says_so_and_offers_to_clear(client, library, taxonomy):
    make(library, "A", 2023, taxonomy["brief"])
    body = client.get(library.url, {"year": "1999"}).content.decode()
    assert "Asnjë botim nuk përputhet me këta filtra." in body
    assert f'<a class="button" href="{library.url}">Pastro filtrat</a>' in body


def test_pagination_keeps_the_filters(client, library, taxonomy):
    for n in range(PAGE_SIZE + 2):
        make(library, f"Botim {n:02d}", 2020 + n % 5, taxonomy["brief"], [taxonomy["reform"]])
    first = client.get(library.url, {"topic": "reforma-zgjedhore"})
    assert len(titles(first)) == PAGE_SIZE
    assert "?topic=reforma-zgjedhore&amp;page=2" in first.content.decode()
    second = client.get(library.url, {"topic": "reforma-zgjedhore", "page": 2})
    assert len(titles(second)) == 2
    assert not set(titles(first)) & set(titles(second))


def count_queries(client, url, params=None):
    client.get(url, params)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url, params).status_code == 200
    return len(queries)


def test_library_renders_in_a_fixed_number_of_queries(
    client, library, taxonomy, django_assert_max_num_queries
):
    people = [PersonFactory() for _ in range(3)]
    make(
        library,
        "A",
        2024,
        taxonomy["brief"],
        [taxonomy["reform"]],
        authors=people[:2],
        election=taxonomy["election"],
    )
    few = count_queries(client, library.url)
    for n in range(PAGE_SIZE + 5):
        make(
            library,
            f"B{n}",
            2021 + n % 4,
            taxonomy["report"],
            [taxonomy["reform"], taxonomy["youth"]],
            authors=people,
            election=taxonomy["election"],
        )
    many = count_queries(client, library.url)
    assert many == few
    # each filter in use costs one lookup to check that it exists
    assert count_queries(client, library.url, {"topic": "te-rinjte", "year": "2022"}) <= few + 1
    with django_assert_max_num_queries(15):  # every page type: at most 15 (issue 14)
        client.get(library.url)


def test_english_library_lists_english_translations_with_english_labels(
    client, library, en_library, en, taxonomy, translate_page
):
    translate_page(taxonomy["reform"], en, {"Reforma zgjedhore": "Electoral reform"})
    page = make(library, "Kodi", 2024, taxonomy["brief"], [taxonomy["reform"]])
    translate_page(page, en, {"Kodi": "The Code"})
    response = client.get(en_library.url, {"topic": "reforma-zgjedhore"})
    assert titles(response) == ["The Code"]
    assert "Electoral reform</span>" in response.content.decode()
    assert "1 publication" in response.content.decode()
