"""Project-wide pytest fixtures: the page tree in both languages, and Chromium for Playwright."""

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

# Playwright's sync API keeps an event loop running in the test thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Hypothesis: tests set no max_examples of their own; the profile decides how many examples each
# property test draws: `ci` (the default, `make test`), `dev` (`make test-fast`) and `thorough`
# (a hunt for new cases: HYPOTHESIS_PROFILE=thorough make test-fast). Requests through the
# whole stack are slow for Hypothesis: no deadline, and function-scoped fixtures (a site built
# once per test, shared by its examples) are intended.
hypothesis_settings.register_profile(
    "ci",
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
hypothesis_settings.register_profile("dev", hypothesis_settings.get_profile("ci"), max_examples=10)
hypothesis_settings.register_profile(
    "thorough", hypothesis_settings.get_profile("ci"), max_examples=300
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-dev-shm-usage",
]


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    """Drive Debian's Chromium; fail (never skip) when it is missing."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: `make test` installs it (apt-get install chromium).")
    return {**browser_type_launch_args, "executable_path": str(CHROMIUM), "args": CHROMIUM_ARGS}


@pytest.fixture(scope="session")
def django_db_setup(
    django_test_environment, django_db_blocker, django_db_createdb, django_db_modify_db_settings
):
    """A migrated copy of a template the first session migrated (core/tests/testdb.py)."""
    from core.tests import testdb

    with django_db_blocker.unblock():
        name = testdb.setup(rebuild=django_db_createdb)
    yield
    with django_db_blocker.unblock():
        testdb.teardown(name)


@pytest.fixture(scope="module")
def module_db(django_db_setup, django_db_blocker):
    """One transaction around a test module, rolled back when the module ends: a module-scoped
    fixture that asks for it builds its rows once, and each test runs in a savepoint inside it
    (pytest-django's `db`), as Django's TestCase.setUpTestData does for a class. Every test of
    such a module sees those rows, so use it only where all of them may; never with
    transactional tests (they flush the database)."""
    from django.db import transaction

    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            yield
        finally:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def sq(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="sq")


@pytest.fixture
def en(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="en")


@pytest.fixture
def home(db):
    """The Albanian home page the migrations created."""
    from home.models import HomePage

    return HomePage.objects.get(depth=2, locale__language_code="sq")


@pytest.fixture
def translate_page(django_capture_on_commit_callbacks):
    """Translate and publish a page through wagtail-localize, as a translator would.

    wagtail-localize publishes on commit; tests run inside a transaction, so run those callbacks.
    """
    from core.i18n import translate

    def _translate(page, locale, mapping):
        with django_capture_on_commit_callbacks(execute=True):
            translation = translate(page, locale, mapping)
        translation.refresh_from_db()
        return translation

    return _translate


@pytest.fixture
def en_home(home, en, translate_page):
    """The English home page, made and published through wagtail-localize."""
    return translate_page(home, en, {"Kreu": "Home"})


_demo_snapshots = {}  # per database vendor: the demo's rows, built once per test session


@pytest.fixture
def demo(transactional_db):
    """The bilingual demo site (`load_demo_content`) in the database, committed.

    Built once per test session: the first test that asks builds it (slow: it publishes and
    translates every page) on the database as it finds it, and keeps a copy of every table
    (core/tests/snapshot.py); later
    ones restore that copy, since transactional tests flush every table (the root page too)
    when they end. core/tests/test_demo.py and the browser tests share it.
    """
    from django.core.management import call_command
    from django.db import connection

    from core.tests.snapshot import restore, snapshot

    if connection.vendor not in _demo_snapshots:
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        _demo_snapshots[connection.vendor] = snapshot()
    else:
        restore(_demo_snapshots[connection.vendor])


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches (rate limits, per-request memoisation)."""
    from django.core.cache import caches

    for alias in caches:
        caches[alias].clear()


def is_browser_test(item):
    return "browser" in item.path.parts  # tests/browser and any app's tests/browser


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests carry the `browser` marker (`make test-fast` leaves them out with
    `-m "not browser"`) and run last: their live server flushes every table when each one ends
    (the root page and locales too), which the tests after them would otherwise find empty."""
    for item in items:
        if is_browser_test(item):
            item.add_marker(pytest.mark.browser)
    items.sort(key=is_browser_test)  # stable sort
