"""Detail pages and search results cached whole (core.fragments.whole_page: base.html's head and
content blocks), with the per-visitor parts in `{% uncached %}` holes: every edit shows at once in
both languages, figures that change without an edit (seats left when a hold expires) stay exact,
CSRF tokens and forms stay per visitor, signed-in visitors share the same blocks except on pages
that show their own state, and previews, sub-routes and typed parameters are never served from or
stored in the cache."""

import datetime
import re

import pytest

from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.cache import caches
from django.template import Context, Template
from django.test import Client, RequestFactory
from django.utils import timezone

from campaigns.factories import CampaignIndexPageFactory, CampaignPageFactory
from contact.factories import ContactPageFactory
from core import fragments
from core.tests.test_rendered_fragments import body, confirmed_supporter, publish
from dialogue.factories import ConsultationPageFactory, DialogueIndexPageFactory
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import Registration
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from publications.models import PublicationPage
from recommendations.factories import RecommendationFactory, RecommendationIndexPageFactory
from search.counts import bounded_parts
from search.results import Search

pytestmark = pytest.mark.django_db


def cached(request, page):
    """Whether `page`'s blocks are cached for `request` (kept until an edit when the page shows
    pages alone, else until the next content change)."""
    until_edit = page.specific.shows_pages_alone
    return fragments.ready(request, fragments.PAGE_BLOCKS, (page.pk,), until_edit)


def test_an_edited_publication_shows_at_once_in_both_languages(
    client, home, en_home, en, translate_page
):
    page = PublicationPageFactory(
        parent=PublicationIndexPageFactory(parent=home), title="Raporti i vjetër"
    )
    english = translate_page(page, en, {"Raporti i vjetër": "The old report"})
    assert "Raporti i vjetër" in body(client, page.url)
    assert "The old report" in body(client, english.url)  # both cached now
    page.title = "Raporti i ri ë"
    publish(page)
    sq_html = body(client, page.url)
    assert "Raporti i ri ë" in sq_html and "Raporti i vjetër" not in sq_html
    english = translate_page(page, en, {"Raporti i ri ë": "The new report"})
    en_html = body(client, english.url)
    assert "The new report" in en_html and "Raporti" not in en_html.split("<main")[1]


def test_the_page_is_served_from_the_cache_and_keeps_its_json_ld(client, home):
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    first = body(client, page.url)
    request = RequestFactory().get(page.url)
    assert cached(request, page)
    assert body(client, page.url) == first
    assert first.count('type="application/ld+json"') >= 1


def registration(event, **fields):
    return Registration.objects.create(
        event_key=event.translation_key, event=event, name="Vizitor", language="sq", **fields
    )


def test_seats_left_on_a_cached_event_follow_registrations_and_expired_holds(client, home):
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home), capacity=3)
    assert "3 nga 3" in body(client, event.url)
    registration(event, status="confirmed", email="a@example.org")
    assert "2 nga 3" in body(client, event.url)
    hold = registration(
        event,
        status="awaiting",
        email="b@example.org",
        holds_seat=True,
        hold_until=timezone.now() + datetime.timedelta(hours=1),
    )
    assert "1 nga 3" in body(client, event.url)
    # The hold expires: no row is saved, no signal is sent, the page is cached; still exact.
    Registration.objects.filter(pk=hold.pk).update(
        hold_until=timezone.now() - datetime.timedelta(seconds=1)
    )
    assert "2 nga 3" in body(client, event.url)


def csrf_token(html):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_each_visitor_gets_their_own_csrf_token_on_a_cached_page(home):
    contact = ContactPageFactory(parent=home)
    event = EventPageFactory(parent=EventIndexPageFactory(parent=home))
    for url in (contact.url, event.url):
        first, second = Client(), Client()
        one, two = body(first, url), body(second, url)  # the second is served from the cache
        assert csrf_token(one) != csrf_token(two)
        assert csrf_token(body(first, url)) and "\x00" not in two


def test_a_form_sent_with_errors_is_shown_to_its_sender_only(client, home):
    contact = ContactPageFactory(parent=home)
    body(client, contact.url)
    response = client.post(contact.url, {"name": "Emri i Shtypur ë", "email": "jo-email"})
    assert response.status_code in (200, 400)
    assert "Emri i Shtypur ë" in response.content.decode()
    assert "Emri i Shtypur ë" not in body(Client(), contact.url)


def test_a_confirmed_supporter_changes_the_count_on_the_cached_campaign(client, home):
    campaign = CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home))
    assert "<strong>0</strong>" in body(client, campaign.url)
    confirmed_supporter(campaign)
    assert "<strong>1</strong>" in body(client, campaign.url)


def test_previews_signed_in_visitors_sub_routes_and_parameters_make_no_key(rf, home):
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    anonymous = AnonymousUser()
    request = rf.get(page.url)
    request.user = anonymous
    assert fragments.page_parts(request, page) == (page.pk,)
    preview = rf.get(page.url)
    preview.is_preview, preview.user = True, anonymous
    with_query = rf.get(page.url, {"utm_source": "x"})
    with_query.user = anonymous
    signed_in = rf.get(page.url)
    signed_in.user = get_user_model().objects.create_user("lexuesi", "l@example.org", "x")
    sub_route = rf.get(page.url + "cite/bibtex/")
    sub_route.user = anonymous
    sub_route.routable_resolver_match = type("Match", (), {"url_name": "bibtex"})()
    for other in (preview, with_query, sub_route):
        assert fragments.page_parts(other, page) is None
    assert fragments.page_parts(signed_in, page) == (page.pk,)  # the same content for everyone
    assert fragments.page_parts(signed_in, page, personal=True) is None
    assert fragments.page_parts(request, page, personal=True) == (page.pk,)
    assert not cached(preview, page)


def test_signed_in_visitors_share_the_content_but_not_on_pages_that_show_their_own_state(
    client, home
):
    """A signed-in reader stores and reads the same blocks as anyone (nothing of theirs is in
    them); on a consultation (a representative's endorsements) they render afresh, store
    nothing, and an anonymous visitor after them sees no trace of them."""
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home))
    consultation = ConsultationPageFactory(parent=DialogueIndexPageFactory(parent=home))
    user = get_user_model().objects.create_user("lexuesi", "lexuesi@example.org", "x")
    client.force_login(user)
    signed_in_html = body(client, page.url)
    assert cached(RequestFactory().get(page.url), page)
    body(client, consultation.url)
    assert not cached(RequestFactory().get(consultation.url), consultation)
    anonymous_html = body(Client(), page.url)
    assert "lexuesi@example.org" not in anonymous_html
    main = re.compile(r"<main.*</main>", re.S)
    assert main.search(anonymous_html).group(0) == main.search(signed_in_html).group(0)


def test_a_record_page_shows_a_new_status_at_once(client, home):
    register = RecommendationIndexPageFactory(parent=home)
    item = RecommendationFactory(text="Teksti i parë i rekomandimit ë")
    url = register.record_url(item)
    assert "Teksti i parë i rekomandimit ë" in body(client, url)
    item.text = "Teksti i ndryshuar ç"
    item.save()
    html = body(client, url)
    assert "Teksti i ndryshuar ç" in html and "Teksti i parë" not in html


def test_search_results_are_cached_briefly_and_follow_a_new_publication(client, home):
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, title="Vëzhgimi i zgjedhjeve")
    assert "Vëzhgimi i zgjedhjeve" in body(client, "/sq/kerko/", q="zgjedhjeve")
    PublicationPageFactory(parent=library, title="Raporti i ri i zgjedhjeve")
    assert "Raporti i ri i zgjedhjeve" in body(client, "/sq/kerko/", q="zgjedhjeve")


def stored_search_pages():
    """Keys of cached search result blocks in the test settings' in-memory default cache."""
    return [key for key in caches["default"]._cache if ":page-main:" in key and ":search:" in key]


def test_a_lifetime_of_zero_turns_the_result_page_cache_off(client, home, settings):
    library = PublicationIndexPageFactory(parent=home)
    PublicationPageFactory(parent=library, title="Vëzhgimi i zgjedhjeve")
    settings.SEARCH_RESULTS_CACHE_SECONDS = 0
    assert "Vëzhgimi i zgjedhjeve" in body(client, "/sq/kerko/", q="zgjedhjeve")
    assert stored_search_pages() == []
    settings.SEARCH_RESULTS_CACHE_SECONDS = 120
    assert "Vëzhgimi i zgjedhjeve" in body(client, "/sq/kerko/", q="zgjedhjeve")
    assert len(stored_search_pages()) == 1


@pytest.mark.parametrize(
    "params",
    [
        {"q": "z" * 41},
        {"q": "  zgjedhje"},
        {"q": "zgjedhje", "utm": "x"},
        {"q": "zgjedhje", "page": "99999"},
        {"q": "zgjedhje", "kind": "nuk-ekziston"},
        {"q": "zgjedhje", "sort": "tjeter"},
    ],
)
def test_search_caches_only_short_clean_queries_with_known_parameters(rf, home, params):
    request = rf.get("/sq/kerko/", params)
    request.user = AnonymousUser()
    request.LANGUAGE_CODE = "sq"
    assert bounded_parts(Search(request)) is None
    plain = rf.get("/sq/kerko/", {"q": "zgjedhje"})
    plain.user, plain.LANGUAGE_CODE = request.user, "sq"
    assert bounded_parts(Search(plain)) is not None


def test_a_hole_is_rendered_for_every_request_and_never_stored(rf):
    template = Template(
        "{% load core_tags %}{% rendered 'hole-test' 1 %}A{% uncached %}{{ who }}"
        "{% enduncached %}B{% endrendered %}"
    )
    request = rf.get("/")
    assert template.render(Context({"request": request, "who": "Ana"})) == "AAnaB"
    again = rf.get("/")
    assert template.render(Context({"request": again, "who": "Beni"})) == "ABeniB"


def test_a_preview_shows_the_draft_not_the_cached_page_and_stores_nothing(client, home):
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home), title="Publik")
    assert "Publik" in body(client, page.url)  # cached whole now
    page.title = "Skicë e paruajtur ç"  # unsaved, as the editor's preview sends it
    preview = page.make_preview_request()
    if hasattr(preview, "render"):  # a TemplateResponse
        preview.render()
    html = preview.content.decode()
    assert "Skicë e paruajtur ç" in html.split("<main")[1]
    live = body(client, page.url)
    assert "Publik" in live and "Skicë e paruajtur ç" not in live


# --- pages that show pages alone, kept until an edit (BasePage.shows_pages_alone) ---------------


def queries_of(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        body(client, url)
    return len(queries)


def test_a_registration_or_a_pledge_leaves_pages_that_show_pages_alone_as_kept(client, home):
    soon = timezone.now() + datetime.timedelta(days=3)
    pages = [
        home,
        PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home)),
        CampaignPageFactory(parent=CampaignIndexPageFactory(parent=home)),
        EventPageFactory(parent=EventIndexPageFactory(parent=home), start=soon),
        ContactPageFactory(parent=home),
        OrganisationPageFactory(parent=OrganisationIndexPageFactory(parent=home)),
        RecommendationIndexPageFactory(parent=home),
        DialogueIndexPageFactory(parent=home),
    ]
    for page in pages:
        body(client, page.url)
        warm = queries_of(client, page.url)
        fragments.bump_content()  # what a registration, a pledge or a comment does
        assert queries_of(client, page.url) == warm, type(page).__name__


def test_a_past_event_follows_its_registrations(client, home):
    past = timezone.now() - datetime.timedelta(days=3)
    event = EventPageFactory(
        parent=EventIndexPageFactory(parent=home),
        start=past,
        end=past + datetime.timedelta(hours=2),
    )
    assert not event.shows_pages_alone
    assert "mori pjesë" not in body(client, event.url)
    registration(event, status="attended", email="arta@example.org")
    assert "mori pjesë 1 person" in body(client, event.url)


def test_what_is_kept_until_an_edit_and_timed_lives_no_longer_than_the_next_boundary(
    rf, home, monkeypatch
):
    soon = timezone.now() + datetime.timedelta(minutes=5)
    EventPageFactory(parent=EventIndexPageFactory(parent=home), start=soon)
    timeouts = {}
    store = fragments.cache.set_many

    def set_and_note(values, timeout):
        timeouts.update({key.split(":")[3]: timeout for key in values})
        store(values, timeout)

    monkeypatch.setattr(fragments.cache, "set_many", set_and_note)
    fragments.kept(rf.get("/"), "timed", 1, lambda: "html", timed=True)
    fragments.kept(rf.get("/"), "untimed", 1, lambda: "html")
    assert 0 < timeouts["timed"] <= 5 * 60 and timeouts["untimed"] == fragments.TIMEOUT


def test_a_page_kept_between_a_publish_and_its_commit_is_not_kept_after(
    client, home, django_capture_on_commit_callbacks
):
    """Another request may render a page after a publish's first bump of the chrome but before
    the commit, from the rows as they were, and keep it under the new generation: the bump
    after commit (core.fragments.bump) drops it."""
    page = PublicationPageFactory(parent=PublicationIndexPageFactory(parent=home), title="E vjetra")
    assert "E vjetra" in body(client, page.url)
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "E reja"
        page.save_revision().publish()  # the first bump
        PublicationPage.objects.filter(pk=page.pk).update(title="E vjetra")  # as others see it
        assert "E vjetra" in body(client, page.url)  # kept under the new generation
        PublicationPage.objects.filter(pk=page.pk).update(title="E reja")  # the committed row
    assert "E vjetra" not in body(client, page.url)


def test_an_edited_recommendation_shows_at_once_where_a_consultation_cites_it(client, home):
    RecommendationIndexPageFactory(parent=home)
    recommendation = RecommendationFactory(text="Teksti i vjetër i rekomandimit.")
    section = DialogueIndexPageFactory(parent=home)
    page = ConsultationPageFactory(
        parent=section, recommendation_codes=recommendation.reference_code
    )
    assert "Teksti i vjetër" in body(client, page.url)
    recommendation.text = "Teksti i ri i rekomandimit."
    recommendation.save()
    html = body(client, page.url)
    assert "Teksti i ri" in html and "Teksti i vjetër" not in html
