"""What one anonymous request to each public page type costs: SQL queries and CPU instructions.

Used by `manage.py page_costs`. Pages are found, not named: the first live, public page of every
page type in the default language, the home page in every language, and the search page with a
query, and the first sub-page a page type lists in the sitemap (a recommendation's record page),
so a new page type is measured without changes here. Everything runs with DEBUG off and
without any page-cache middleware, so what is measured is the render itself.
"""

from dataclasses import dataclass
from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from wagtail.models import Page, Site, get_page_models

SEARCH_QUERY = "zgjedhje"
# Middleware that serves whole pages from a cache; the benchmark measures rendering, so it goes.
PAGE_CACHE_MARKERS = ("pagecache", "page_cache", "updatecachemiddleware", "fetchfromcache")


@dataclass
class Target:
    label: str
    url: str


def benchmark_settings():
    """Settings overrides: DEBUG off, no page cache, the test client's host allowed."""
    middleware = [
        m for m in settings.MIDDLEWARE if not any(k in m.lower() for k in PAGE_CACHE_MARKERS)
    ]
    hosts = [*settings.ALLOWED_HOSTS, "testserver"]
    return {"DEBUG": False, "MIDDLEWARE": middleware, "ALLOWED_HOSTS": hosts}


def first_page_of(model, language):
    pages = model.objects.live().public().filter(locale__language_code=language)
    return pages.order_by("path").first()


def page_targets(language):
    """The first live, public page of each page type in `language`."""
    targets = []
    for model in get_page_models():
        if model is Page or model._meta.abstract:
            continue
        page = first_page_of(model, language)
        if page is not None:
            targets.append(Target(f"{model.__name__} ({language})", page.get_url()))
            targets += sub_page_targets(page.specific, language)
    return targets


def sub_page_targets(page, language):
    """The first page a routable page adds to the sitemap beside itself (its record pages)."""
    locations = [entry["location"] for entry in page.get_sitemap_urls()]
    own = page.get_url()
    for location in locations:
        path = urlsplit(location).path
        if path != own:
            return [Target(f"{type(page).__name__} sub-page ({language})", path)]
    return []


def home_targets():
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site is None:
        return []
    homes = Page.objects.live().filter(translation_key=site.root_page.translation_key)
    homes = homes.exclude(locale__language_code=settings.LANGUAGE_CODE).select_related("locale")
    return [Target(f"home ({home.locale.language_code})", home.get_url()) for home in homes]


def search_target(language):
    with translation.override(language):
        try:
            url = reverse("search")
        except NoReverseMatch:
            return []
    return [
        Target(f"search ?q={SEARCH_QUERY} ({language})", f"{url}?{urlencode({'q': SEARCH_QUERY})}")
    ]


def targets(only=None):
    found = (
        page_targets(settings.LANGUAGE_CODE)
        + home_targets()
        + search_target(settings.LANGUAGE_CODE)
    )
    if only:
        found = [t for t in found if any(word.lower() in t.label.lower() for word in only)]
    return found


def change_content():
    """What any content change does to the cached blocks (a registration, a supporter, an edit
    that leaves the chrome alone): a new content generation (core.fragments)."""
    from core.fragments import bump_content  # noqa: PLC0415 (the app registry is ready by now)

    bump_content()


def edit_elsewhere():
    """What publishing another page does: new chrome and content generations (core.fragments);
    kept cards stay (each follows its own page's row)."""
    from core.fragments import bump, bump_content  # noqa: PLC0415 (the app registry is ready by now)

    bump()
    bump_content()


def clear_caches():
    """Every cache a cold start would not have: Django's caches and the content types."""
    for alias in caches:
        caches[alias].clear()
    ContentType.objects.clear_cache()


def fetch(client, url):
    response = client.get(url)
    if response.status_code != 200:
        raise RuntimeError(f"{url} answered {response.status_code}")
    return response


def warm(client, url, times=2):
    for _ in range(times):
        fetch(client, url)


def count_queries(client, url):
    with CaptureQueriesContext(connection) as queries:
        fetch(client, url)
    return len(queries.captured_queries)


def query_costs(target):
    """(warm, afresh, edited, cold) SQL queries of one request to `target`."""
    client = Client()
    warm(client, target.url)
    warm_count = count_queries(client, target.url)
    change_content()
    afresh_count = count_queries(client, target.url)
    edit_elsewhere()
    edited_count = count_queries(client, target.url)
    clear_caches()
    return warm_count, afresh_count, edited_count, count_queries(client, target.url)
