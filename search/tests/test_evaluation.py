"""Albanian-aware matching, measured: the evaluation set's precision and recall through the
real search on this database (run on SQLite and on PostgreSQL), and the cases the issue names,
in both directions."""

from io import StringIO

import pytest

from django.core.management import call_command

from wagtail.models import Page

from search.evaluation import database_search, publish_documents, score
from search.query import make_query, matches
from search.tests.helpers import publish_standard

pytestmark = pytest.mark.django_db


@pytest.fixture
def evaluation(home, en_home):
    return database_search(publish_documents({"sq": home, "en": en_home}))


def test_precision_and_recall_on_the_evaluation_set(evaluation):
    result = score(evaluation)
    assert result.recall >= 0.95, result.misses
    assert result.precision >= 0.95, result.misses


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("shqiperi", "Shqipëri"),
        ("Shqipëri", "shqiperi"),
        ("zgjedhes", "zgjedhës"),
        ("zgjedhës", "zgjedhes"),
        ("ceshtje", "çështje"),
        ("zgjedhje", "zgjedhjet"),
        ("zgjedhje", "zgjedhjeve"),
        ("zgjedhjeve", "zgjedhje"),
        ("monitorim", "monitorimin"),
        ("monitorim", "monitorimit"),
        ("monitorimit", "monitorim"),
        ("Shqiperise", "Shqipëria"),
        ("grua", "gratë"),  # an irregular plural
        ("grave", "grua"),
    ],
)
def test_albanian_matching_ignores_diacritics_and_inflection(home, typed, written):
    page = publish_standard(home, f"Faqe {written}", f"Një tekst për {written} këtu.")
    other = publish_standard(home, "Tjetër", "Asgjë e ngjashme.")
    found = evaluation_search(home, typed)
    assert page.pk in found
    assert other.pk not in found


@pytest.mark.parametrize(("typed", "written"), [("election", "elections"), ("voting", "votes")])
def test_english_keeps_its_own_stemming(en_home, typed, written):
    page = publish_standard(en_home, f"On {written}", f"A text about {written}.")
    assert page.pk in evaluation_search(en_home, typed)


def evaluation_search(home, typed):
    query = make_query(typed, home.locale.language_code)
    return set(matches(home.locale, query).values_list("pk", flat=True))


def test_the_evaluation_command_reports_and_leaves_the_database_as_it_was(en_home):
    pages = Page.objects.count()
    out = StringIO()
    call_command("search_evaluation", stdout=out)
    assert out.getvalue().startswith("precision 1.000  recall 1.000")
    assert Page.objects.count() == pages
