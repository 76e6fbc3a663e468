"""Project-wide pytest fixtures: the page tree in both languages, and Chromium for Playwright."""

import os
from pathlib import Path

import pytest

# Playwright's sync API keeps an event loop running in the test thread.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

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
    from core.demo import translate

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


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with empty caches (rate limits, per-request memoisation)."""
    from django.core.cache import caches

    for alias in caches:
        caches[alias].clear()


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests run last: their live server flushes every table when each one ends (the
    root page and locales too), which the tests after them would otherwise find empty."""
    items.sort(key=lambda item: "tests/browser/" in item.nodeid)  # stable sort
