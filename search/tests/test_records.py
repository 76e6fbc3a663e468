"""Recommendations of the register are found by site search as a kind of their own, with the
same Albanian matching as pages, only where the public may see them, counted in the facet."""

import pytest

from django.utils.translation import override

from recommendations.factories import (
    InstitutionFactory,
    RecommendationFactory,
    RecommendationIndexPageFactory,
)
from search.results import PAGE_SIZE
from search.tests.test_views import titles

pytestmark = pytest.mark.django_db
TEXT = "Të forcohet çështja e pavarësisë së komisionerëve të zgjedhjeve në Shqipëri."


@pytest.fixture
def register(home):
    return RecommendationIndexPageFactory(parent=home)


@pytest.fixture
def record(register):
    institution = InstitutionFactory(name="Kuvendi", slug="kuvendi-kerko")
    return RecommendationFactory(reference_code="DEMO-7", text=TEXT, institution=institution)


@pytest.mark.parametrize(
    "query",
    [
        "çështja",
        "ceshtja",
        "ceshtje",
        "pavaresise",
        "komisioneret",
        "Shqiperise",
        "zgjedhjet",
        "demo-7",
    ],
)
def test_a_recommendations_text_is_found_with_or_without_diacritics_and_inflected(
    client, record, query
):
    response = client.get("/sq/kerko/", {"q": query})
    body = response.content.decode()
    assert titles(response) == [record.search_title], query
    assert f"{record.search_title}" in body and "/sq/rekomandimet/r/demo-7/" in body
    assert "Rekomandim" in body  # its kind


def test_records_without_a_public_register_are_not_found(client, record, register):
    register.unpublish()
    assert titles(client.get("/sq/kerko/", {"q": "pavaresise"})) == []


def test_records_are_found_only_in_their_language(client, record, en_home):
    assert titles(client.get("/en/search/", {"q": "pavaresise"})) == []


def test_the_kind_facet_counts_records_and_narrows_to_them(client, record, publish):
    publish("Pavarësia e komisionerëve", summary="Pavarësia.")
    RecommendationFactory(text="Komisionerët të zgjidhen me konkurs të hapur.")
    RecommendationFactory(text="Një tjetër tekst pa lidhje.")
    response = client.get("/sq/kerko/", {"q": "komisioneret"})
    html = response.content.decode()
    assert len(titles(response)) == 3
    assert 'href="/sq/kerko/?q=komisioneret&amp;kind=recommendation"' in html
    with override("sq"):
        narrowed = client.get("/sq/kerko/", {"q": "komisioneret", "kind": "recommendation"})
    assert len(titles(narrowed)) == 2
    assert "Pavarësia e komisionerëve" not in titles(narrowed)
    pages_only = client.get("/sq/kerko/", {"q": "komisioneret", "kind": "publicationpage"})
    assert titles(pages_only) == ["Pavarësia e komisionerëve"]
    facet = html.split("kind=recommendation")[1][:200]
    assert "<span>Rekomandim</span>" in facet and '<span class="facet__count">2</span>' in facet


def test_records_follow_pages_across_result_pages(client, record, publish):
    for number in range(PAGE_SIZE - 1):
        publish(f"Pavarësia {number}")
    RecommendationFactory(text="Pavarësia e gjyqtarëve.", reference_code="REK-A")
    RecommendationFactory(text="Pavarësia e prokurorëve.", reference_code="REK-B")
    first = titles(client.get("/sq/kerko/", {"q": "pavaresia"}))
    second = titles(client.get("/sq/kerko/", {"q": "pavaresia", "page": 2}))
    assert len(first) == PAGE_SIZE and first[-1].startswith("REK-A")
    assert [title[:5] for title in second] == ["REK-B"]


def test_english_records_are_found_in_english(client, record, register, en_home, en):
    from wagtail_localize.models import TranslationSource

    RecommendationIndexPageFactory(parent=en_home, locale=en, title="Recommendations")
    source, _created = TranslationSource.get_or_create_from_instance(record.institution)
    source.create_or_update_translation(en, fallback=True)
    english = RecommendationFactory(
        locale=en,
        translation_key=record.translation_key,
        reference_code="DEMO-7",
        text="The independence of election commissioners should be strengthened.",
        institution=record.institution.get_translation(en),
    )
    response = client.get("/en/search/", {"q": "commissioner"})
    assert titles(response) == [english.search_title]
    assert "Recommendation" in response.content.decode()


def test_the_page_with_records_runs_a_fixed_number_of_queries(
    client, record, publish, django_assert_max_num_queries
):
    publish("Pavarësia e parë")
    # A parameter no page knows: the result page is rendered afresh (not the cached whole page,
    # search.counts.bounded_parts), with every smaller cache warm.
    afresh = {"q": "pavaresia", "utm_source": "test"}
    client.get("/sq/kerko/", afresh)  # steady state: the chrome's cache is warm
    with django_assert_max_num_queries(15) as few:
        client.get("/sq/kerko/", afresh)
    budget = len(few.captured_queries)
    for number in range(PAGE_SIZE + 3):
        RecommendationFactory(text=f"Pavarësia numër {number}.")
        publish(f"Pavarësia {number}")
    client.get("/sq/kerko/", afresh)
    with django_assert_max_num_queries(budget):
        client.get("/sq/kerko/", afresh)
    with django_assert_max_num_queries(budget):
        response = client.get("/sq/kerko/", {**afresh, "page": 3})
    assert all(title.startswith("REK-") for title in titles(response))


def test_on_elasticsearch_records_are_indexed_and_searched_by_their_normalised_terms(
    record, monkeypatch
):
    """No engine runs here: the mapping, the document and the request bodies are checked
    through a client that records what it is sent (search.tests.test_external)."""
    from django.test import RequestFactory

    from recommendations.models import Recommendation
    from search.results import Search
    from search.tests.test_external import FakeClient, backend_with

    client = FakeClient(count=1, ids=[record.pk])
    backend = backend_with(client)
    mapping = backend.mapping_class(Recommendation)
    column = mapping.get_field_column_name(
        next(f for f in Recommendation.get_search_fields() if f.field_name == "search_terms")
    )
    assert column in mapping.get_mapping()["properties"]
    assert "ceshtje" in mapping.get_document(record)[column].split()
    monkeypatch.setattr("search.results.get_search_backend", lambda: backend)
    monkeypatch.setattr("search.records.get_search_backend", lambda: backend)
    request = RequestFactory().get("/sq/kerko/", {"q": "ceshtja", "kind": "recommendation"})
    with override("sq"):
        found = Search(request)
        assert found.total() == 1
        hits = found.hits()
    assert [hit.url for hit in hits] == ["/sq/rekomandimet/r/demo-7/"]
    sent = [params for name, params in client.calls if name == "count"]
    assert any("ceshtje" in str(params) and "recommendation" in str(params) for params in sent)
