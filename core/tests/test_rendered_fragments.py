"""Rendered parts of pages cached between requests (core.fragments.rendered: a listing's results
and filters, the recommendations register, the home page's content, StreamField bodies, the blank
fields of public forms): each one changes with the edit or the moment that changes what it
shows, never holds what one visitor typed, and never outlives a content change."""

import datetime
import types

import pytest

from django.test import RequestFactory
from django.utils import timezone

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from campaigns.models import Supporter
from core import fragments
from core.factories import TopicFactory
from core.templatetags.core_tags import unbound
from events.factories import EventIndexPageFactory, EventPageFactory
from home.factories import StandardPageFactory
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from recommendations.factories import RecommendationFactory, RecommendationIndexPageFactory

pytestmark = pytest.mark.django_db


def body(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200
    return response.content.decode()


def publish(page):
    page.save_revision().publish()


def confirmed_supporter(campaign):
    return Supporter.objects.create(
        campaign_key=campaign.translation_key,
        campaign=campaign,
        email="a@example.org",
        language="sq",
        status="confirmed",
        confirmed_at=timezone.now(),
    )


def test_a_published_publication_joins_the_cached_library_and_leaves_it_unpublished(client, home):
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, title="Botimi i parë")
    assert "Botimi i parë" in body(client, library.url)  # rendered and cached
    assert "Botimi i dytë" not in body(client, library.url)
    second = PublicationPageFactory(parent=library, title="Botimi i dytë")
    assert "Botimi i dytë" in body(client, library.url)
    second.unpublish()
    assert "Botimi i dytë" not in body(client, library.url)


def test_a_renamed_topic_changes_the_cached_filters_and_results(client, home):
    topic = TopicFactory(name="Tema e vjetër", slug="tema-e-vjeter")
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, topics=[topic])
    assert "Tema e vjetër" in body(client, library.url)
    topic.name = "Tema e re ë"
    topic.save()
    page = body(client, library.url)
    assert "Tema e re ë" in page and "Tema e vjetër" not in page


def test_each_filter_and_page_number_is_cached_apart(client, home):
    first, second = TopicFactory(slug="tema-a"), TopicFactory(slug="tema-b")
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, topics=[first], title="Vetëm A")
    PublicationPageFactory(parent=library, topics=[second], title="Vetëm B")
    only_a = body(client, library.url, topic="tema-a")
    assert "Vetëm A" in only_a and "Vetëm B" not in only_a
    only_b = body(client, library.url, topic="tema-b")
    assert "Vetëm B" in only_b and "Vetëm A" not in only_b


def test_what_a_visitor_typed_never_makes_a_cache_key(home):
    directory = OrganisationIndexPageFactory(parent=home)
    factory = RequestFactory()

    def parts(query):
        listing = directory.listing_context(factory.get(directory.url, query))["listing"]
        return listing.fragment_parts()

    assert parts({}) is not None and parts({"page": "2"}) is not None
    assert parts({"q": "anything"}) is None  # a typed name
    assert parts({"county": "no-such-county"}) is None  # refused: not a known value
    assert parts({"utm_source": "x"}) is None  # unknown parameter
    assert parts({"page": "1' or 1=1"}) is None and parts({"page": "123456"}) is None


def test_a_new_organisation_joins_the_cached_directory_and_a_cached_registration_form(client, home):
    directory = OrganisationIndexPageFactory(parent=home)
    OrganisationPageFactory(parent=directory, title="Qendra e parë")
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home))
    assert "Qendra e parë" in body(client, directory.url)
    assert "Qendra e parë" in body(client, event.url)  # the organisation select, cached
    OrganisationPageFactory(parent=directory, title="Shoqata e dytë ç")
    assert "Shoqata e dytë ç" in body(client, directory.url)
    assert "Shoqata e dytë ç" in body(client, event.url)


def test_what_a_visitor_typed_into_a_form_is_never_cached(client, home):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home))
    body(client, event.url)  # the blank fields are cached
    response = client.post(event.url + "register/", {"name": "Emri Im i Shtypur"})
    assert response.status_code == 400
    assert "Emri Im i Shtypur" in response.content.decode()
    assert "Emri Im i Shtypur" not in body(client, event.url)
    assert "Emri Im i Shtypur" not in body(client, event.url)


def test_an_edited_body_is_shown_at_once(client, home):
    page = StandardPageFactory(parent=home, title="Rreth nesh")
    page.body = [("paragraph", "<p>Teksti i vjetër</p>")]
    publish(page)
    assert "Teksti i vjetër" in body(client, page.url)
    page.body = [("paragraph", "<p>Teksti i ri ë</p>")]
    publish(page)
    page_html = body(client, page.url)
    assert "Teksti i ri ë" in page_html and "Teksti i vjetër" not in page_html


def test_a_body_is_cached_per_language(client, home, en_home, en, translate_page):
    page = StandardPageFactory(parent=home, title="Rreth nesh")
    page.body = [("paragraph", "<p>Paragrafi shqip</p>")]
    publish(page)
    translated = translate_page(page, en, {"Rreth nesh": "About", "Paragrafi shqip": "In English"})
    assert "Paragrafi shqip" in body(client, page.url)
    english = body(client, translated.url)
    assert "In English" in english and "Paragrafi shqip" not in english


def test_the_cached_home_page_shows_a_new_publication_at_once(client, home):
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, title="Botimi i vjetër")
    assert "Botimi i vjetër" in body(client, home.url)
    PublicationPageFactory(parent=library, title="Botimi më i ri ç")
    assert "Botimi më i ri ç" in body(client, home.url)


def test_a_new_recommendation_joins_the_cached_register(client, home):
    register = RecommendationIndexPageFactory(parent=home)
    RecommendationFactory(reference_code="REK-PARE")
    assert "REK-PARE" in body(client, register.url)
    RecommendationFactory(reference_code="REK-DYTE")
    assert "REK-DYTE" in body(client, register.url)


def test_a_confirmed_supporter_changes_the_count_in_the_cached_campaign_listing(client, home):
    listing = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(parent=listing, title="Fushata e parë")
    assert "0 mbështetës" in body(client, listing.url)
    confirmed_supporter(campaign)
    page = body(client, listing.url)
    assert "1 mbështetës" in page


def test_cached_content_lives_no_longer_than_the_next_event_start(home):
    soon = timezone.now() + datetime.timedelta(minutes=5)
    EventPageFactory(parent=EventIndexPageFactory(parent=home), start=soon)
    _generation, seconds = fragments.content_generation(RequestFactory().get("/"))
    assert 0 < seconds <= 5 * 60


def test_a_preview_is_never_served_from_or_stored_in_the_cache(rf):
    request = rf.get("/")
    assert fragments.rendered(request, "x", 1, lambda: "live") == "live"
    preview = rf.get("/")
    preview.is_preview = True
    assert fragments.rendered(preview, "x", 1, lambda: "draft") == "draft"
    assert fragments.rendered(rf.get("/"), "x", 1, lambda: "other") == "live"


def test_an_unbound_form_gives_the_key_and_a_bound_one_none():
    assert unbound(types.SimpleNamespace(is_bound=False), 7) == 7
    assert unbound(types.SimpleNamespace(is_bound=True), 7) is None


def test_get_or_set_each_computes_only_what_is_missing_and_keeps_none_too(rf):
    request = rf.get("/")
    computed = []

    def compute(parts):
        computed.append(parts)
        return None if parts == ("b",) else parts[0].upper()

    assert fragments.get_or_set_each(request, "each-test", [("a",), ("b",)], compute) == ["A", None]
    again = rf.get("/")
    assert fragments.get_or_set_each(again, "each-test", [("b",), ("c",), ("a",)], compute) == [
        None,
        "C",
        "A",
    ]
    assert computed == [("a",), ("b",), ("c",)]
    fragments.bump()
    assert fragments.get_or_set_each(rf.get("/"), "each-test", [("a",)], compute) == ["A"]
    assert computed[-1] == ("a",)  # a new generation computes again
