"""Editors' picks, autocomplete and the vocabulary behind "did you mean"."""

import pytest

from django.core.cache import cache

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Page, PageViewRestriction

from search.suggest import did_you_mean
from search.tests.helpers import publish_standard

pytestmark = pytest.mark.django_db


def test_editors_picks_show_first_for_their_query_in_their_language(client, home, en_home):
    sq_pick = publish_standard(home, "Udhëzuesi i votuesit", "Si të votoni.")
    en_pick = publish_standard(en_home, "Voter guide", "How to vote.")
    publish_standard(home, "Zgjedhjet vendore", "Zgjedhjet.")
    query = Query.get("zgjedhjet")
    SearchPromotion.objects.create(
        query=query, page=sq_pick, description="Lexoni para se të votoni."
    )
    SearchPromotion.objects.create(query=query, page=en_pick, description="Read before voting.")
    body = client.get("/sq/kerko/", {"q": "Zgjedhjet"}).content.decode()
    assert "Zgjedhje e redaktorëve" in body
    assert "Lexoni para se të votoni." in body
    assert "Read before voting." not in body
    assert body.index("Udhëzuesi i votuesit") < body.index("Zgjedhjet vendore")


def test_a_pick_added_or_removed_after_a_search_shows_at_once(client, home):
    """The promoted query strings are kept until a promotion changes (core.signals)."""
    pick = publish_standard(home, "Udhëzuesi i votuesit", "Si të votoni.")
    publish_standard(home, "Zgjedhjet vendore", "Zgjedhjet.")
    assert (
        "Zgjedhje e redaktorëve"
        not in client.get("/sq/kerko/", {"q": "zgjedhjet"}).content.decode()
    )
    promotion = SearchPromotion.objects.create(query=Query.get("zgjedhjet"), page=pick)
    assert "Zgjedhje e redaktorëve" in client.get("/sq/kerko/", {"q": "zgjedhjet"}).content.decode()
    promotion.delete()
    assert (
        "Zgjedhje e redaktorëve"
        not in client.get("/sq/kerko/", {"q": "zgjedhjet"}).content.decode()
    )


def test_no_picks_for_other_queries(client, home):
    pick = publish_standard(home, "Udhëzuesi", "Si të votoni.")
    SearchPromotion.objects.create(query=Query.get("fushata"), page=pick, description="X")
    body = client.get("/sq/kerko/", {"q": "udhezuesi"}).content.decode()
    assert "Zgjedhje e redaktorëve" not in body


def test_autocomplete_suggests_titles_without_diacritics(client, home, en_home):
    publish_standard(home, "Pjesëmarrja e grave në zgjedhje", "Tekst.")
    publish_standard(home, "Çështjet e fushatës", "Tekst.")
    publish_standard(en_home, "Women in elections", "Text.")
    data = client.get("/sq/kerko/sugjerime/", {"q": "pjesemar"}).json()
    assert [row["title"] for row in data["results"]] == ["Pjesëmarrja e grave në zgjedhje"]
    assert data["results"][0]["url"] == "/sq/pjesemarrja-e-grave-ne-zgjedhje/"
    assert data["results"][0]["kind"] == "Faqe e zakonshme"
    assert (
        client.get("/sq/kerko/sugjerime/", {"q": "ceshtjet fush"}).json()["results"][0]["title"]
        == "Çështjet e fushatës"
    )
    english = client.get("/en/search/suggest/", {"q": "elec"}).json()
    assert [row["title"] for row in english["results"]] == ["Women in elections"]


@pytest.mark.parametrize("typed", ["", "a", '"', "🗳️", "x" * 5000, "'; DROP TABLE x; --"])
def test_autocomplete_handles_any_input(client, home, typed):
    response = client.get("/sq/kerko/sugjerime/", {"q": typed})
    assert response.status_code == 200
    assert response.json() == {"results": []}


def test_autocomplete_sees_newly_published_pages(client, home):
    assert client.get("/sq/kerko/sugjerime/", {"q": "vezhg"}).json()["results"] == []
    publish_standard(home, "Vëzhgimi i zgjedhjeve", "Tekst.")
    titles = [
        row["title"] for row in client.get("/sq/kerko/sugjerime/", {"q": "vezhg"}).json()["results"]
    ]
    assert titles == ["Vëzhgimi i zgjedhjeve"]


def test_autocomplete_lists_no_unpublished_pages(client, home):
    page = publish_standard(home, "Vëzhgimi i zgjedhjeve", "Tekst.")
    page.unpublish()
    assert client.get("/sq/kerko/sugjerime/", {"q": "vezhg"}).json()["results"] == []


def suggested(client, typed):
    response = client.get("/sq/kerko/sugjerime/", {"q": typed})
    return [row["title"] for row in response.json()["results"]]


def test_autocomplete_drops_a_page_as_soon_as_it_gets_a_view_restriction(client, home):
    page = publish_standard(home, "Raporti i brendshëm i vëzhguesve", "Tekst.")
    assert suggested(client, "brendsh") == ["Raporti i brendshëm i vëzhguesve"]  # list cached
    restriction = PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert suggested(client, "brendsh") == []
    restriction.delete()
    assert suggested(client, "brendsh") == ["Raporti i brendshëm i vëzhguesve"]


def test_a_restriction_on_a_section_hides_the_pages_under_it(client, home):
    section = publish_standard(home, "Seksioni", "Tekst.")
    child = publish_standard(section, "Shënimet e takimit të brendshëm", "Tekst.")
    assert suggested(client, "takimit") == [child.title]
    PageViewRestriction.objects.create(page=section, restriction_type="password", password="x")
    assert suggested(client, "takimit") == []


def test_autocomplete_rechecks_a_stale_list_against_live_public_pages(client, home):
    """Changes that send no signal (bulk updates, a restriction made by bulk_create) leave the
    cached title list stale: the pages it names are fetched again as live and public only."""
    hidden = publish_standard(home, "Vëzhgimi i fshehtë", "Tekst.")
    gone = publish_standard(home, "Vëzhgimi i tërhequr", "Tekst.")
    assert sorted(suggested(client, "vezhgimi")) == ["Vëzhgimi i fshehtë", "Vëzhgimi i tërhequr"]
    PageViewRestriction.objects.bulk_create(
        [PageViewRestriction(page=hidden, restriction_type="login")]
    )
    Page.objects.filter(pk=gone.pk).update(live=False)
    assert suggested(client, "vezhgimi") == []


def test_autocomplete_forgets_a_deleted_page(client, home):
    page = publish_standard(home, "Faqja që do fshihet", "Tekst.")
    assert suggested(client, "fshihet") == ["Faqja që do fshihet"]
    key = f"search:titles:{page.locale_id}"
    assert cache.get(key) is not None
    page.delete()
    assert cache.get(key) is None
    assert suggested(client, "fshihet") == []


def test_did_you_mean_offers_no_word_from_a_restricted_page(client, home):
    page = publish_standard(home, "Embargoja Kuqezi", "Tekst.")
    assert did_you_mean("kuqezy", page.locale) == "kuqezi"  # the vocabulary is cached
    PageViewRestriction.objects.create(page=page, restriction_type="login")
    assert did_you_mean("kuqezy", page.locale) is None
    assert "kuqezi" not in client.get("/sq/kerko/", {"q": "kuqezy"}).content.decode().lower()


def test_an_inflection_of_a_site_word_is_not_corrected(home, sq):
    from search.suggest import did_you_mean

    publish_standard(home, "Zgjedhjet vendore", "Raport.")
    assert did_you_mean("zgjedhjeve", sq) is None  # same lemma as Zgjedhjet: known
    # zgjedhjat reads as a plural of zgjedhje (like fushat) and is known too; a transposed
    # letter is no Albanian form and still gets a suggestion
    assert did_you_mean("zgjedjhet", sq) == "zgjedhjet"


def test_autocomplete_finds_titles_by_lemma(client, home):
    publish_standard(home, "Numrat e votuesve", "Raport.")
    publish_standard(home, "Numërimi i votave", "Raport.")
    found = client.get("/sq/kerko/sugjerime/", {"q": "numri"}).json()["results"]
    assert [result["title"] for result in found] == ["Numrat e votuesve"]
