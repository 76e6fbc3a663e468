"""Render cost: every public page type in at most 15 SQL queries in steady state, the same
number whatever the number of items it shows; and the cached chrome (core.fragments) changes
with the edit that changes it, in both languages."""

import io
import itertools

import pytest

from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from campaigns.factories import AudienceFactory, CampaignIndexPageFactory, CampaignPageFactory
from contact.factories import ContactPageFactory
from core import fragments
from core.factories import PersonFactory, TopicFactory
from core.models import County, SiteIdentity
from dialogue.factories import (
    ConsultationPageFactory,
    DialogueIndexPageFactory,
    StatementPageFactory,
)
from dialogue.models import Contribution, Endorsement, PositionPaper
from events.factories import EventIndexPageFactory, EventPageFactory
from events.models import EventSpeaker
from home.factories import StandardPageFactory
from organisations.factories import (
    FocusAreaFactory,
    OrganisationIndexPageFactory,
    OrganisationPageFactory,
)
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from recommendations.factories import (
    AssessmentFactory,
    InstitutionFactory,
    RecommendationFactory,
    RecommendationIndexPageFactory,
)

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15


SERIAL = itertools.count()


def topics(n):
    return [TopicFactory(name=f"Tema {i} ë", slug=f"tema-{next(SERIAL)}") for i in range(n)]


def standard(home, n):
    for i in range(n):
        StandardPageFactory(parent=home, title=f"Menu {n}.{i}", show_in_menus=True)
    return StandardPageFactory(parent=home, title=f"Rreth nesh {n}").url


def home_page(home, n):
    standard(home, n)
    return home.url


def publication(home, n):
    library = PublicationIndexPageFactory(parent=home, slug=f"botimet-{n}")
    directory = OrganisationIndexPageFactory(parent=home, slug=f"organizatat-{n}")
    orgs = [OrganisationPageFactory(parent=directory) for _ in range(n)]
    people = [PersonFactory() for _ in range(n)]
    for i in range(n):
        PublicationPageFactory(parent=library, topics=topics(1), title=f"Tjetër {i}")
    page = PublicationPageFactory(
        parent=library, topics=topics(n), authors=people, organisations=orgs
    )
    return page.url


def library(home, n, title="Botimet"):
    index = PublicationIndexPageFactory(parent=home, slug=f"botimet-{n}", title=title)
    for i in range(n):
        PublicationPageFactory(parent=index, topics=topics(1) if i % 2 else [], title=f"B {i}")
    return index.url


def event(home, n):
    listing = EventIndexPageFactory(parent=home, slug=f"aktivitetet-{n}")
    page = EventPageFactory(parent=listing, topics=topics(n))
    for person in [PersonFactory() for _ in range(n)]:
        EventSpeaker.objects.create(page=page, person=person)
    return page.url


def events(home, n):
    listing = EventIndexPageFactory(parent=home, slug=f"aktivitetet-{n}")
    for i in range(n):
        EventPageFactory(parent=listing, topics=topics(1), title=f"Tryeza {n}.{i}")
    return listing.url


def campaign(home, n):
    listing = CampaignIndexPageFactory(parent=home, slug=f"fushatat-{n}")
    audiences = [AudienceFactory(slug=f"grupi-{n}-{i}") for i in range(n)]
    counties = list(County.objects.all()[:n])
    page = CampaignPageFactory(
        parent=listing, topics=topics(n), audiences=audiences, counties=counties
    )
    return page.url


def campaigns(home, n):
    listing = CampaignIndexPageFactory(parent=home, slug=f"fushatat-{n}")
    for i in range(n):
        CampaignPageFactory(parent=listing, topics=topics(1), title=f"Fushata {n}.{i}")
    return listing.url


def organisation(home, n):
    directory = OrganisationIndexPageFactory(parent=home, slug=f"organizatat-{n}")
    areas = [FocusAreaFactory(slug=f"fusha-{n}-{i}") for i in range(n)]
    counties = list(County.objects.all()[:n])
    return OrganisationPageFactory(parent=directory, focus_areas=areas, counties=counties).url


def directory(home, n):
    index = OrganisationIndexPageFactory(parent=home, slug=f"organizatat-{n}")
    area = FocusAreaFactory(slug=f"fusha-{n}")
    for _ in range(n):
        OrganisationPageFactory(parent=index, focus_areas=[area])
    return index.url


def search(home, n):
    """Several kinds found: publications (with topics, types and organisations to facet),
    events, campaigns, organisations, and recommendations of the register (search.records)."""
    library(home, n)
    events_listing = EventIndexPageFactory(parent=home, slug=f"aktivitetet-s{n}")
    campaigns_listing = CampaignIndexPageFactory(parent=home, slug=f"fushatat-s{n}")
    directory = OrganisationIndexPageFactory(parent=home, slug=f"organizatat-s{n}")
    RecommendationIndexPageFactory(parent=home, slug=f"rekomandimet-s{n}")
    for i in range(n):
        EventPageFactory(parent=events_listing, title=f"Tryeza për botim {n}.{i}")
        CampaignPageFactory(parent=campaigns_listing, title=f"Fushata e botimit {n}.{i}")
        OrganisationPageFactory(parent=directory, title=f"Qendra e botimit {n}.{i}")
        RecommendationFactory(text=f"Çdo botim zgjedhor {i} të ketë afat.")
    return f"/sq/kerko/?q=botim&n={n}"


def consultation(home, n):
    """With n articles, each with a published comment and a proposed wording by organisations
    and endorsed, n published position papers, and n recommendations of the register cited."""
    section = DialogueIndexPageFactory(parent=home, slug=f"dialogu-{n}")
    articles = [(str(i), f"Neni {i}", f"Teksti i nenit {i} ë.") for i in range(1, n + 1)]
    RecommendationIndexPageFactory(parent=home, slug=f"rekomandimet-k{n}")
    codes = [RecommendationFactory().reference_code for _ in range(n)]
    page = ConsultationPageFactory(parent=section, articles=articles)
    page.recommendation_codes = "\n".join(codes)
    page.save_revision().publish()
    directory = OrganisationIndexPageFactory(parent=home, slug=f"organizatat-k{n}")
    orgs = [OrganisationPageFactory(parent=directory) for _ in range(n + 1)]
    for article, org, other in zip(page.articles.all(), orgs, orgs[1:], strict=False):
        for kind in ("comment", "amendment"):
            contribution = Contribution.objects.create(
                consultation=page,
                consultation_key=page.translation_key,
                article_key=article.translation_key,
                article_number=article.number,
                kind=kind,
                text="Koment ë",
                proposed_wording="Teksti i ri i nenit ç." if kind == "amendment" else "",
                organisation=org,
                organisation_key=org.translation_key,
                status="published",
            )
            Endorsement.objects.create(
                contribution=contribution,
                organisation=other,
                organisation_key=other.translation_key,
            )
        PositionPaper.objects.create(
            consultation=page,
            consultation_key=page.translation_key,
            organisation=org,
            organisation_key=org.translation_key,
            title="Qëndrimi ynë",
            text="Teksti.",
            status="published",
        )
    return page.url


def recommendation(home, n):
    """A recommendation's record, cited by n consultations."""
    index = RecommendationIndexPageFactory(parent=home, slug=f"rekomandimet-r{n}")
    item = RecommendationFactory(topics=topics(1))
    AssessmentFactory(recommendation=item)
    section = DialogueIndexPageFactory(parent=home, slug=f"dialogu-r{n}")
    for i in range(n):
        page = ConsultationPageFactory(parent=section, title=f"Konsultim {n}.{i}")
        page.recommendation_codes = item.reference_code
        page.save_revision().publish()
    return index.record_url(item)


def dialogue(home, n):
    section = DialogueIndexPageFactory(parent=home, slug=f"dialogu-{n}")
    for i in range(n):
        ConsultationPageFactory(parent=section, title=f"Konsultim {n}.{i}")
        StatementPageFactory(parent=section, title=f"Deklaratë {n}.{i}")
    return section.url


def statement(home, n):
    section = DialogueIndexPageFactory(parent=home, slug=f"dialogu-{n}")
    return StatementPageFactory(parent=section).url


def register(home, n):
    index = RecommendationIndexPageFactory(parent=home, slug=f"rekomandimet-{n}")
    institutions = [InstitutionFactory() for _ in range(2)]
    for i in range(n):
        item = RecommendationFactory(institution=institutions[i % 2], topics=topics(1))
        AssessmentFactory(recommendation=item, status="fully" if i % 2 else "partially")
    return index.url


def contact(home, n):
    standard(home, n)
    return ContactPageFactory(parent=home, slug=f"kontakt-{n}").url


BUILDERS = [
    home_page,
    standard,
    publication,
    library,
    event,
    events,
    campaign,
    campaigns,
    organisation,
    directory,
    search,
    consultation,
    dialogue,
    statement,
    register,
    recommendation,
    contact,
]


def steady_queries(client, url):
    """Queries of one request once every smaller cache is warm."""
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("build", BUILDERS, ids=lambda build: build.__name__)
def test_every_page_type_renders_in_at_most_15_queries_whatever_it_shows(client, home, build):
    few = build(home, 1)
    many = build(home, 6)
    few_queries = steady_queries(client, few)
    assert few_queries <= MAX_QUERIES
    assert steady_queries(client, many) == few_queries


def rendered_afresh(url):
    """`url` with a parameter no page knows: a whole page or result set is then rendered again
    (core.fragments.page_parts, FacetedListing.fragment_parts, search.counts.bounded_parts), with
    every smaller cache warm: what the first visitor after a change costs."""
    return f"{url}{'&' if '?' in url else '?'}utm_source=test"


@pytest.mark.parametrize("build", BUILDERS, ids=lambda build: build.__name__)
def test_every_page_type_rendered_afresh_takes_at_most_15_queries_whatever_it_shows(
    client, home, build
):
    few = rendered_afresh(build(home, 1))
    many = rendered_afresh(build(home, 6))
    few_queries = steady_queries(client, few)
    assert few_queries <= MAX_QUERIES
    assert steady_queries(client, many) == few_queries


def queries_after_a_content_change(client, url):
    """Queries of the first request after any content change (a registration, a pledge, an
    edit elsewhere: a new content generation), every other cache warm: page_costs' afresh."""
    assert client.get(url).status_code == 200
    assert client.get(url).status_code == 200
    fragments.bump_content()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("build", BUILDERS, ids=lambda build: build.__name__)
def test_every_page_type_after_a_content_change_takes_at_most_15_queries_whatever_it_shows(
    client, home, build
):
    few = queries_after_a_content_change(client, build(home, 1))
    many = queries_after_a_content_change(client, build(home, 6))
    if build is search:
        # One query per page type among the ten hits shown (five types and the register's
        # records here, on PostgreSQL the relevance order's two halves too): at most 17, never
        # more for more matches (the demo's "zgjedhje", three types: 15, page_costs).
        assert few <= MAX_QUERIES + 2 and many <= few
        return
    assert few <= MAX_QUERIES
    assert many == few


def menu_titles(client, url):
    body = client.get(url).content.decode()
    nav = body.split('id="main-nav"')[1].split("</nav>")[0]
    footer = body.split('class="site-footer__links"')[1].split("</ul>")[0]
    return nav, footer


def test_a_published_section_joins_the_cached_menu_in_both_languages(
    client, home, en_home, en, translate_page
):
    client.get("/sq/"), client.get("/en/")  # the menus are cached now
    section = StandardPageFactory(parent=home, title="Seksion i ri ë", show_in_menus=True)
    for nav, footer in [menu_titles(client, "/sq/")]:
        assert "Seksion i ri ë" in nav and "Seksion i ri ë" in footer
    assert "New section" not in menu_titles(client, "/en/")[0]
    translate_page(section, en, {"Seksion i ri ë": "New section"})
    nav, footer = menu_titles(client, "/en/")
    assert "New section" in nav and "New section" in footer


def test_an_unpublished_section_leaves_the_cached_menu(client, home):
    section = StandardPageFactory(parent=home, title="Përkohshëm", show_in_menus=True)
    assert "Përkohshëm" in menu_titles(client, "/sq/")[0]
    section.unpublish()
    nav, footer = menu_titles(client, "/sq/")
    assert "Përkohshëm" not in nav and "Përkohshëm" not in footer


def test_a_moved_section_leaves_the_cached_menu(client, home):
    parent = StandardPageFactory(parent=home, title="Prindi", show_in_menus=True)
    section = StandardPageFactory(parent=home, title="Lëvizës", show_in_menus=True)
    assert "Lëvizës" in menu_titles(client, "/sq/")[0]
    section.move(parent, pos="last-child")
    assert "Lëvizës" not in menu_titles(client, "/sq/")[0]


def test_a_deleted_section_leaves_the_cached_menu(client, home):
    section = StandardPageFactory(parent=home, title="Për t'u fshirë", show_in_menus=True)
    assert "Për t&#x27;u fshirë" in menu_titles(client, "/sq/")[0]
    section.delete()
    assert "Për t&#x27;u fshirë" not in menu_titles(client, "/sq/")[0]


def footer_of(client, url):
    return client.get(url).content.decode().split('<footer class="site-footer">')[1]


def test_editing_site_identity_changes_the_cached_footer_in_both_languages(
    client, home, en_home, en
):
    albanian = SiteIdentity.objects.filter(locale__language_code="sq").first()
    if albanian is None:
        albanian = SiteIdentity.objects.create(
            locale=home.locale, site_name="Zgjedhjet", eu_funding_statement="BE", eu_disclaimer="-"
        )
    english = albanian.copy_for_translation(en)
    english.save()
    footer_of(client, "/sq/"), footer_of(client, "/en/")  # cached now
    albanian.footer_text = "Teksti i ri i fundfaqes <ç>"
    albanian.save()
    english.footer_text = "The new footer text"
    english.save()
    assert "Teksti i ri i fundfaqes &lt;ç&gt;" in footer_of(client, "/sq/")
    assert "The new footer text" in footer_of(client, "/en/")
    assert "Teksti i ri" not in footer_of(client, "/en/")


def test_a_chrome_cached_for_one_language_is_never_served_in_the_other(
    client, home, en_home, en, translate_page
):
    section = StandardPageFactory(parent=home, title="Vetëm shqip", show_in_menus=True)
    assert "Vetëm shqip" in menu_titles(client, "/sq/")[0]
    assert "Vetëm shqip" not in menu_titles(client, "/en/")[0]
    assert 'lang="en"' in client.get("/en/").content.decode()
    assert section.live


def test_the_page_costs_command_measures_every_page_type_it_finds(home):
    StandardPageFactory(parent=home, title="Rreth nesh", slug="rreth-nesh")
    out = io.StringIO()
    call_command("page_costs", "--no-instructions", stdout=out)
    lines = out.getvalue().splitlines()
    about = next(line for line in lines if line.startswith("StandardPage (sq)"))
    warm, afresh, edited, cold = (int(n) for n in about.split()[2:9:2])
    assert 0 < warm <= MAX_QUERIES and warm <= afresh <= edited <= cold
    assert about.endswith("/sq/rreth-nesh/")
    assert any(line.startswith("search ?q=zgjedhje (sq)") for line in lines)
