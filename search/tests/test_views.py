"""The search page: results in the current language, snippets, sorting, pagination, facets,
bad input, the header box, and a fixed number of queries."""

import re

import pytest

from django.utils.translation import override

from core.factories import TopicFactory
from publications.extraction import extract_publication_pdf
from publications.factories import PublicationTypeFactory, pdf_document
from search.facets import KindDimension
from search.results import PAGE_SIZE
from search.tests.helpers import publish_standard

pytestmark = pytest.mark.django_db


def titles(response):
    return titles_of(response.content.decode())


def titles_of(html):
    return re.findall(r'<h3 class="search-result__title"><a href="[^"]+">([^<]+)</a>', html)


def test_the_search_page_lives_at_a_translated_path_in_each_language(client, home, en_home):
    assert client.get("/sq/kerko/").status_code == 200
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert '<html lang="en"' in response.content.decode()


def test_every_page_has_a_search_box_pointing_at_its_languages_search_page(client, home):
    body = client.get(home.url).content.decode()
    assert 'role="search"' in body
    assert 'action="/sq/kerko/"' in body


def test_results_show_title_type_date_and_a_highlighted_snippet(client, publish):
    kind = PublicationTypeFactory(name="Raport monitorimi", slug="raport")
    publish(
        "Gratë në politikë",
        summary="Monitorimi i zgjedhjeve vendore në Kukës tregoi <b>shkelje</b>.",
        year=2023,
        publication_type=kind,
    )
    response = client.get("/sq/kerko/", {"q": "zgjedhje"})
    body = response.content.decode()
    assert titles(response) == ["Gratë në politikë"]
    assert "Raport monitorimi" in body
    assert "1 maj 2023" in body
    assert "<mark>zgjedhjeve</mark>" in body
    assert "<b>shkelje</b>" not in body  # the snippet is text, escaped
    assert 'value="zgjedhje"' in body  # the query stays in the box


def test_a_snippet_quotes_a_pdf_read_in_the_background_after_a_first_search(
    client, publish, settings, django_capture_on_commit_callbacks
):
    """The quotable text is cached per page version; the background extraction changes the
    page without publishing it (a queryset update), and the snippet follows at once."""
    settings.PUBLICATION_PDF_SYNC_LIMIT = 100  # bytes: the PDF is read by the task
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        publish("Zgjedhjet në zonat rurale", pdf=pdf_document("Blerja e votës në fshatrat malore"))
    first = client.get("/sq/kerko/", {"q": "zgjedhjet"}).content.decode()
    assert "fshatrat" not in first  # not read yet: the summary is quoted
    for callback in callbacks:
        callback()  # the commit: the task reads the PDF and reindexes the page
    body = client.get("/sq/kerko/", {"q": "fshatrat"}).content.decode()
    assert titles_of(body) == ["Zgjedhjet në zonat rurale"]
    assert "<mark>fshatrat</mark>" in body


def test_a_search_made_before_a_pdf_was_read_in_the_background_finds_it_after(
    client, publish, settings, django_capture_on_commit_callbacks
):
    """The extraction task stores the text with a queryset update and reindexes the page: no
    save signal, so its end purges what searches kept meanwhile (core.invalidation)."""
    settings.PUBLICATION_PDF_SYNC_LIMIT = 100  # bytes: the PDF is read by the task
    with django_capture_on_commit_callbacks(execute=False):  # the task is not run at commit
        page = publish("Zgjedhjet rurale", pdf=pdf_document("Blerja e votës në fshatrat malore"))
    assert titles(client.get("/sq/kerko/", {"q": "fshatrat"})) == []  # not read yet: kept
    extract_publication_pdf.enqueue(page.pk)  # the worker reads it
    assert titles(client.get("/sq/kerko/", {"q": "fshatrat"})) == ["Zgjedhjet rurale"]


def test_pdf_text_is_found(client, publish):
    publish("Botim pa fjalën", pdf=pdf_document("Blerja e votës në zonat rurale"))
    response = client.get("/sq/kerko/", {"q": "rurale"})
    assert titles(response) == ["Botim pa fjalën"]
    assert "<mark>rurale</mark>" in response.content.decode()


def test_results_are_in_the_current_language_only(client, publish, en_library, en, translate_page):
    page = publish("Zgjedhjet në Shqipëri", summary="Zgjedhjet vendore.")
    translate_page(
        page,
        en,
        {"Zgjedhjet në Shqipëri": "Elections in Albania", "Zgjedhjet vendore.": "Local polls."},
    )
    assert titles(client.get("/sq/kerko/", {"q": "zgjedhjet"})) == ["Zgjedhjet në Shqipëri"]
    assert titles(client.get("/en/search/", {"q": "election"})) == ["Elections in Albania"]
    assert titles(client.get("/en/search/", {"q": "zgjedhjet"})) == []


def test_no_results_offer_the_other_languages_results(
    client, publish, en_library, en, translate_page
):
    page = publish("Zgjedhjet në Shqipëri")
    translate_page(page, en, {"Zgjedhjet në Shqipëri": "Elections in Albania"})
    body = client.get("/en/search/", {"q": "zgjedhjet"}).content.decode()
    assert "Nothing matches your search." in body
    assert "There is 1 result in Albanian." in body
    assert 'href="/sq/kerko/?q=zgjedhjet"' in body


def test_the_other_language_is_named_as_in_a_sentence(
    client, publish, en_library, en, translate_page
):
    page = publish("Raporti i monitorimit")
    translate_page(page, en, {"Raporti i monitorimit": "Monitoring report"})
    body = client.get("/sq/kerko/", {"q": "monitoring report"}).content.decode()
    assert "Ka 1 rezultat në anglisht." in body
    assert 'href="/en/search/?q=monitoring+report"' in body


def test_no_results_suggest_a_spelling_from_the_index(client, publish):
    publish("Monitorimi i fushatës zgjedhore")
    body = client.get("/sq/kerko/", {"q": "monitorinn"}).content.decode()
    assert "Asgjë nuk përputhet me kërkimin tuaj." in body
    assert re.search(r'Mos doje të thoshe: <a href="/sq/kerko/\?q=monitorimi"', body)


def test_sort_by_date_or_relevance(client, publish):
    publish("Zgjedhjet zgjedhjet zgjedhjet", summary="Zgjedhjet.", year=2020)
    publish("Raport i ri", summary="Një fjalë për zgjedhjet.", year=2025)
    assert titles(client.get("/sq/kerko/", {"q": "zgjedhjet", "sort": "date"})) == [
        "Raport i ri",
        "Zgjedhjet zgjedhjet zgjedhjet",
    ]
    assert titles(client.get("/sq/kerko/", {"q": "zgjedhjet"}))[0] == (
        "Zgjedhjet zgjedhjet zgjedhjet"
    )


def test_relevance_runs_across_pages_title_hits_first_then_newest(client, publish):
    in_title = [publish(f"Zgjedhjet {year}", year=year).title for year in (2016, 2019, 2018)]
    in_text = [
        publish(f"Raporti {year}", summary="Mbi zgjedhjet.", year=year).title
        for year in range(2010, 2010 + PAGE_SIZE)
    ]
    expected = sorted(in_title, reverse=True) + sorted(in_text, reverse=True)
    first = titles(client.get("/sq/kerko/", {"q": "zgjedhje"}))
    second = titles(client.get("/sq/kerko/", {"q": "zgjedhje", "page": "2"}))
    assert first + second == expected


def test_pagination_keeps_the_query(client, publish):
    for number in range(PAGE_SIZE + 2):
        publish(f"Raporti {number} për zgjedhjet")
    first = client.get("/sq/kerko/", {"q": "zgjedhjet"})
    assert len(titles(first)) == PAGE_SIZE
    assert 'href="/sq/kerko/?q=zgjedhjet&amp;page=2"' in first.content.decode()
    second = client.get("/sq/kerko/", {"q": "zgjedhjet", "page": "2"})
    assert len(titles(second)) == 2


def test_facets_count_narrow_and_can_be_removed(client, publish):
    reform = TopicFactory(name="Reforma zgjedhore", slug="reforma")
    youth = TopicFactory(name="Të rinjtë", slug="rinia")
    brief = PublicationTypeFactory(name="Përmbledhje politikash", slug="permbledhje")
    publish("A zgjedhjet", topics=[reform], publication_type=brief, year=2023)
    publish("B zgjedhjet", topics=[reform, youth], year=2025)
    publish("C zgjedhjet", topics=[youth], year=2025)
    body = client.get("/sq/kerko/", {"q": "zgjedhjet"}).content.decode()
    assert re.search(r'Reforma zgjedhore</span> <span class="facet__count">2', body)
    assert re.search(r'2025</span> <span class="facet__count">2', body)
    assert re.search(r'Përmbledhje politikash</span> <span class="facet__count">1', body)
    assert re.search(r'Botim</span> <span class="facet__count">3', body)
    narrowed = client.get("/sq/kerko/", {"q": "zgjedhjet", "topic": "reforma", "year": "2025"})
    assert titles(narrowed) == ["B zgjedhjet"]
    remove = re.search(
        r'<a class="chip" href="([^"]+)">Tema: Reforma', narrowed.content.decode()
    ).group(1)
    assert "topic" not in remove and "year=2025" in remove


def test_a_topic_added_or_renamed_after_a_search_is_counted_at_once(client, publish):
    """Every topic slug is kept until a taxonomy changes (core.signals), not per request."""
    reform = TopicFactory(name="Reforma zgjedhore", slug="reforma")
    publish("A zgjedhjet", topics=[reform])
    assert "Të rinjtë" not in client.get("/sq/kerko/", {"q": "zgjedhjet"}).content.decode()
    youth = TopicFactory(name="Të rinjtë", slug="rinia")
    publish("B zgjedhjet", topics=[youth])
    body = client.get("/sq/kerko/", {"q": "zgjedhjet"}).content.decode()
    assert re.search(r'Të rinjtë</span> <span class="facet__count">1', body)
    youth.name, youth.slug = "Rinia", "te-rinjte"
    youth.save()
    body = client.get("/sq/kerko/", {"q": "zgjedhjet", "topic": "te-rinjte"}).content.decode()
    assert titles_of(body) == ["B zgjedhjet"]
    assert re.search(r'Rinia</span> <span class="facet__count">1', body)


def test_a_chosen_year_or_type_keeps_the_other_choices_countable(client, publish, home):
    publish("Raporti i zgjedhjeve 2023", year=2023)
    publish("Raporti i zgjedhjeve 2025", year=2025)
    publish_standard(home, "Zgjedhjet: pyetje", "Pyetje mbi zgjedhjet.")
    body = client.get("/sq/kerko/", {"q": "zgjedhjet", "year": "2025"}).content.decode()
    assert titles_of(body) == ["Raporti i zgjedhjeve 2025"]
    assert re.search(r'2023</span> <span class="facet__count">1', body)  # still choosable
    assert re.search(r'2025</span> <span class="facet__count">1', body)
    assert re.search(r'Botim</span> <span class="facet__count">1', body)  # within 2025
    assert not re.search(r"Faqe</span>", body)
    body = client.get("/sq/kerko/", {"q": "zgjedhjet", "kind": "publicationpage"})
    body = body.content.decode()
    assert len(titles_of(body)) == 2
    assert re.search(r'Faqe</span> <span class="facet__count">1', body)
    assert re.search(r'2023</span> <span class="facet__count">1', body)


def test_the_content_type_facet_uses_names_visitors_know(client, publish, home):
    """A standard page is a "Page", not a "standard page"; the home page is no facet value."""
    publish_standard(home, "Zgjedhjet: pyetje", "Pyetje mbi zgjedhjet.")
    body = client.get("/sq/kerko/", {"q": "zgjedhjet"}).content.decode()
    assert re.search(r'Faqe</span> <span class="facet__count">1', body)
    assert "Faqe e zakonshme" not in body and "Faqja kryesore" not in body
    kinds = KindDimension()
    assert not kinds.is_valid("homepage")  # ?kind=homepage is ignored like any unknown value
    with override("sq"):
        assert kinds.labels(["standardpage", "homepage"], None) == {"standardpage": "Faqe"}
    with override("en"):
        assert kinds.labels(["standardpage", "contactpage"], None) == {
            "standardpage": "Page",
            "contactpage": "Contact",
        }


@pytest.mark.parametrize(
    "raw",
    [
        '"',
        'zgjedhje "',
        "   ",
        "AND",
        "OR NOT",
        "-",
        "*",
        "zgjedhje " * 200,
        "🗳️🇦🇱",
        "'; DROP TABLE wagtailcore_page; --",
        "zgjedhje) OR (1=1",
        "NEAR(a b)",
        "\x00\x1f",
    ],
)
def test_bad_input_returns_a_normal_page(client, publish, raw):
    publish("Zgjedhjet")
    response = client.get("/sq/kerko/", {"q": raw})
    assert response.status_code == 200
    assert "<h1>Kërko</h1>" in response.content.decode()


@pytest.mark.parametrize(
    "params",
    [
        {"topic": "nuk-ekziston"},
        {"year": "99999"},
        {"kind": "<script>"},
        {"type": "../../etc"},
        {"organisation": "x" * 500},
        {"sort": "drop"},
        {"page": "9999"},
        {"page": "-1"},
    ],
)
def test_unknown_facet_values_and_pages_are_ignored(client, publish, params):
    publish("Zgjedhjet")
    response = client.get("/sq/kerko/", {"q": "zgjedhjet", **params})
    assert response.status_code == 200
    assert titles(response) == ["Zgjedhjet"]


def test_the_page_runs_a_fixed_number_of_queries(client, publish, django_assert_max_num_queries):
    topic = TopicFactory(name="Reforma", slug="reforma")
    publish("Zgjedhjet e para", topics=[topic])
    client.get("/sq/kerko/", {"q": "zgjedhjet"})  # steady state: the chrome's cache is warm
    with django_assert_max_num_queries(15) as few:  # every page type: at most 15 (issue 14)
        client.get("/sq/kerko/", {"q": "zgjedhjet"})
    budget = len(few.captured_queries)  # read now: later requests reset the query log
    for number in range(PAGE_SIZE + 3):
        publish(f"Zgjedhjet {number}", topics=[topic])
    client.get("/sq/kerko/", {"q": "zgjedhjet"})  # publishing emptied the chrome's cache
    with django_assert_max_num_queries(budget):
        response = client.get("/sq/kerko/", {"q": "zgjedhjet"})
    assert len(titles(response)) == PAGE_SIZE
