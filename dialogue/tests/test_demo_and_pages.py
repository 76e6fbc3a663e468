"""Demo content, both languages, the organisation profile, and the render cost."""

import pytest

from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale

from core.i18n import translate
from dialogue import demo
from dialogue.models import ConsultationPage, Contribution, Signature, StatementPage
from home.models import HomePage
from organisations.factories import OrganisationIndexPageFactory, OrganisationPageFactory
from organisations.models import OrganisationIndexPage

pytestmark = pytest.mark.django_db
MAX_QUERIES = 15
ENGLISH_SLUG = "draft-amendments-to-the-electoral-code-demo"


@pytest.fixture(scope="module")
def built(module_db):
    """The dialogue demo, loaded twice (the second load changes nothing) beside five
    organisations: built once for the module (see `module_db`); the id of the directory."""
    home = HomePage.objects.get(depth=2, locale__language_code="sq")
    with TestCase.captureOnCommitCallbacks(execute=True):
        translate(home, Locale.objects.get(language_code="en"), {"Kreu": "Home"})
    directory = OrganisationIndexPageFactory(parent=home)
    for n in range(5):
        OrganisationPageFactory(parent=directory, title=f"Organizata Demo {n}")
    with TestCase.captureOnCommitCallbacks(execute=True):
        demo.load_demo(lambda *args: None)
        demo.load_demo(lambda *args: None)  # again: changes nothing
    return directory.pk


@pytest.fixture
def directory(db, built):
    """The module's directory (dialogue's conftest would add a second one beside it)."""
    return OrganisationIndexPage.objects.get(pk=built)


@pytest.fixture
def demo_site(directory):
    return ConsultationPage.objects.filter(locale__language_code="sq")


def test_demo_loads_once_in_both_languages(client, demo_site):
    assert ConsultationPage.objects.filter(locale__language_code="en").count() == 2
    assert StatementPage.objects.filter(locale__language_code="en").count() == 1
    assert Contribution.objects.count() == 6 and Signature.objects.count() == 4
    english = ConsultationPage.objects.get(locale__language_code="en", slug=ENGLISH_SLUG)
    html = client.get(english.url).content.decode()
    assert 'lang="en"' in html and "Draft amendments to the Electoral Code (demo)" in html
    assert "Reporting of expenses" in html and "Article 1" in html
    closed = ConsultationPage.objects.get(locale__language_code="sq", slug__startswith="rregull")
    html = client.get(closed.url).content.decode()
    assert "Çfarë dëgjuam" in html and "Pranuar pjesërisht" in html


def steady_queries(client, url):
    assert client.get(url).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def test_every_dialogue_page_within_15_queries(client, demo_site):
    pages = [*ConsultationPage.objects.all(), *StatementPage.objects.all()]
    urls = [page.url for page in pages] + [pages[0].get_parent().url]
    for url in urls:
        assert steady_queries(client, url) <= MAX_QUERIES, url


def test_signed_in_page_costs_the_same_whatever_it_shows(demo_site, alice, bob, org_a):
    """Signed-in pages skip the page cache; their cost must not grow with the content (the
    Wagtail user bar that base.html shows to admin logins adds a fixed number)."""
    from dialogue.participation import moderate
    from dialogue.tests.conftest import client_for

    client = client_for(alice)
    page = demo_site.get(slug="ndryshimet-e-kodit-zgjedhor-demo")
    before = steady_queries(client, page.url)
    bob_client = client_for(bob)
    for n in range(6):
        bob_client.post(
            f"{page.url}contribute/article-{n % 5 + 1}/",
            {"kind": "comment", "text": f"Koment {n}", "consent": "on"},
        )
    for row in Contribution.objects.filter(status="pending"):
        moderate(row, "published")
    html = client.get(page.url).content.decode()
    assert "Koment 5" in html and "Qendra Alfa" in html
    assert steady_queries(client, page.url) == before


def test_organisation_profile_lists_signed_statements(client, demo_site):
    signature = Signature.objects.select_related("organisation").first()
    html = client.get(signature.organisation.url).content.decode()
    assert "Deklarata të përbashkëta që ka nënshkruar" in html
    assert "Deklaratë e përbashkët për një reformë" in html


def test_home_page_shows_open_consultations(client, demo_site, home):
    html = client.get(home.url).content.decode()
    assert "Konsultime të hapura" in html
    assert "Projektndryshimet e Kodit Zgjedhor (demo)" in html
    assert "Rregullorja për akreditimin" not in html  # closed


def test_both_languages_share_one_consultation(demo_site, alice):
    from dialogue.participation import moderate
    from dialogue.tests.conftest import client_for

    client = client_for(alice)
    english = ConsultationPage.objects.get(locale__language_code="en", slug=ENGLISH_SLUG)
    form = client.get(f"{english.url}contribute/article-3/")
    assert form.status_code == 200 and 'lang="en"' in form.content.decode()
    assert "Domestic observers" in form.content.decode()
    client.post(
        f"{english.url}contribute/article-3/",
        {"kind": "comment", "text": "Written in English.", "consent": "on"},
    )
    moderate(Contribution.objects.get(text="Written in English."), "published")
    albanian = demo_site.get(slug="ndryshimet-e-kodit-zgjedhor-demo")
    assert "Written in English." in client.get(albanian.url).content.decode()
    signin = client.get(f"{english.get_parent().url}signin/")
    assert signin.status_code == 200 and "Sign in" in signin.content.decode()


def test_the_english_section_has_an_english_address_and_english_cards(client, demo_site):
    response = client.get("/en/dialogue/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "The draft amendments aim at more transparent campaign finance" in html
    assert "Projektndryshimet synojnë" not in html  # no Albanian summary under English titles
    assert client.get("/sq/dialogu/").status_code == 200


def test_a_second_load_moves_an_old_english_address_and_redirects_it(
    client, demo_site, django_capture_on_commit_callbacks
):
    """A database loaded before the English slugs: the English section at /en/dialogu/."""
    from wagtail_localize.models import SegmentOverride

    english = demo_site.first().get_parent().get_translation(en_locale()).specific
    SegmentOverride.objects.filter(locale=english.locale, context__path="slug").delete()
    with django_capture_on_commit_callbacks(execute=True):
        english.slug = "dialogu"
        english.save_revision().publish()
    assert client.get("/en/dialogu/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        demo.load_demo(lambda *args: None)
    assert client.get("/en/dialogue/").status_code == 200
    old = client.get("/en/dialogu/")
    assert old.status_code in (301, 302) and old["Location"].endswith("/en/dialogue/")
    consultation = client.get(f"/en/dialogu/{ENGLISH_SLUG}/")
    assert consultation["Location"].endswith(f"/en/dialogue/{ENGLISH_SLUG}/")


def test_the_english_consultation_has_an_english_address(client, demo_site):
    """An older demo's English consultation kept the Albanian slug: that address redirects."""
    assert client.get(f"/en/dialogue/{ENGLISH_SLUG}/").status_code == 200
    old = client.get("/en/dialogue/ndryshimet-e-kodit-zgjedhor-demo/?from=old")
    assert old.status_code == 301
    assert old["Location"].endswith(f"/en/dialogue/{ENGLISH_SLUG}/?from=old")


def en_locale():
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")
