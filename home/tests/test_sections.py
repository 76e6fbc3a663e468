"""Home sections: editors' picks lead, the newest fill the rest, in a fixed number of queries."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from core import fragments
from core.sections import HomeSection, home_sections
from home.factories import StandardPageFactory
from home.models import HomePageFeatured, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages_section():
    """A section listing standard pages, newest first, as a content app would register one."""
    section = HomeSection(
        key="pages",
        title="Faqet e fundit",
        model="home.StandardPage",
        queryset=lambda locale: (
            StandardPage.objects.live().filter(locale=locale).order_by("-first_published_at", "-pk")
        ),
        limit=3,
        more_label="Të gjitha faqet",
        index_queryset=lambda locale: StandardPage.objects.live().filter(
            locale=locale, slug="arkivi"
        ),
    )
    home_sections.register(section)
    yield section
    home_sections.unregister(section.key)


def section_titles(client, path="/sq/"):
    body = client.get(path).content.decode()
    section = body.split('id="section-pages"')[1].split("</section>")[0]
    return [
        chunk.split("</a>")[0].split(">")[-1] for chunk in section.split('class="card__link"')[1:]
    ]


def test_newest_pages_fill_a_section_without_picks(client, home, pages_section):
    for n in range(5):
        StandardPageFactory(parent=home, title=f"Faqja {n}")
    assert section_titles(client) == ["Faqja 4", "Faqja 3", "Faqja 2"]


def test_editors_picks_come_first_and_are_not_repeated(client, home, pages_section):
    pages = [StandardPageFactory(parent=home, title=f"Faqja {n}") for n in range(5)]
    HomePageFeatured.objects.create(home=home, page=pages[0], sort_order=0)
    assert section_titles(client) == ["Faqja 0", "Faqja 4", "Faqja 3"]


def test_picks_show_in_the_visitors_language(
    client, home, en_home, en, translate_page, pages_section
):
    page = StandardPageFactory(parent=home, title="Rreth nesh")
    translate_page(page, en, {"Rreth nesh": "About us"})
    HomePageFeatured.objects.create(home=home, page=page, sort_order=0)
    assert section_titles(client, "/en/") == ["About us"]


def test_unpublished_picks_are_skipped(client, home, pages_section):
    draft = StandardPageFactory(parent=home, title="Draft", publish=False)
    HomePageFeatured.objects.create(home=home, page=draft, sort_order=0)
    StandardPageFactory(parent=home, title="Publikuar")
    assert section_titles(client) == ["Publikuar"]


def test_see_all_link_leads_to_the_index(client, home, pages_section):
    StandardPageFactory(parent=home, title="Arkivi", slug="arkivi")
    body = client.get("/sq/").content.decode()
    assert '<a class="more-link" href="/sq/arkivi/">Të gjitha faqet</a>' in body


def test_see_all_link_follows_its_index_when_it_moves_or_goes(client, home, pages_section):
    """The link is kept with the menu, not rebuilt with the sections: publishing the index
    under a new slug, or unpublishing it, changes it at once."""
    index = StandardPageFactory(parent=home, title="Arkivi", slug="arkivi")
    StandardPageFactory(parent=home, title="Faqja")  # the section stays when the index goes
    assert 'href="/sq/arkivi/">Të gjitha' in client.get("/sq/").content.decode()
    index.slug = "arkivi-i-ri"
    index.save_revision().publish()
    index = index.specific_class.objects.get(pk=index.pk)
    body = client.get("/sq/").content.decode()
    assert 'href="/sq/arkivi/"' not in body
    index.slug = "arkivi"  # the index queryset finds it by this slug
    index.save_revision().publish()
    assert 'href="/sq/arkivi/">Të gjitha' in client.get("/sq/").content.decode()
    index.unpublish()
    body = client.get("/sq/").content.decode()
    assert 'id="section-pages"' in body and 'class="more-link"' not in body


def test_empty_sections_are_not_shown(client, home, pages_section):
    assert 'id="section-pages"' not in client.get("/sq/").content.decode()


def count_home_queries(client):
    client.get("/sq/")  # warm the per-process caches (site root paths, locales)
    fragments.bump_content()  # count a render, not the cached content (core.fragments.rendered)
    with CaptureQueriesContext(connection) as queries:
        response = client.get("/sq/")
    assert response.status_code == 200
    return len(queries)


def test_home_page_renders_in_a_fixed_number_of_queries(
    client, home, pages_section, django_assert_max_num_queries
):
    pages = [
        StandardPageFactory(parent=home, title=f"Faqja {n}", show_in_menus=True) for n in range(3)
    ]
    HomePageFeatured.objects.create(home=home, page=pages[0], sort_order=0)
    few = count_home_queries(client)

    for n in range(25):
        StandardPageFactory(parent=home, title=f"Tjetër {n}", show_in_menus=True)
    many = count_home_queries(client)
    assert many == few

    for order, page in enumerate(pages[1:], start=1):  # picks alone fill the section
        HomePageFeatured.objects.create(home=home, page=page, sort_order=order)
    with django_assert_max_num_queries(few):
        client.get("/sq/")
    # the rendered content is cached until the next change: every page type in at most 15
    # (issue 14)
    with django_assert_max_num_queries(15):
        client.get("/sq/")


def test_the_hero_follows_a_published_edit_and_a_preview_shows_the_draft(client, home):
    """The hero is kept with the chrome (home/hero.html): a published edit shows at once, a
    draft never reaches visitors, and the editor's preview shows the draft, not the cache."""
    home.hero_heading = "Zgjedhje të lira"
    home.save_revision().publish()
    assert "Zgjedhje të lira" in client.get("/sq/").content.decode()
    home.hero_heading = "Zgjedhje të ndershme"
    revision = home.save_revision()  # a draft
    assert "Zgjedhje të lira" in client.get("/sq/").content.decode()
    preview = home.make_preview_request()
    assert "Zgjedhje të ndershme" in preview.content.decode()
    revision.publish()
    body = client.get("/sq/").content.decode()
    assert "Zgjedhje të ndershme" in body and "Zgjedhje të lira" not in body


def test_the_hero_offers_the_index_pages_even_before_they_list_anything(client, home):
    from publications.factories import PublicationIndexPageFactory

    assert "hero__actions" in client.get("/sq/").content.decode()
    library = PublicationIndexPageFactory(parent=home)  # no publication yet
    body = client.get("/sq/").content.decode()
    actions = body.split('class="hero__actions"')[1].split("</ul>")[0]
    assert f'href="{library.url}"' in actions
