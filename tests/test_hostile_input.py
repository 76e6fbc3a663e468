"""Hostile query parameters on every public page type, feed and endpoint, API included: never a
server error. Property-based (Hypothesis) sweeps, then the cases they found, spelled out.

Requests go through Django's handler with DEBUG off (raise_request_exception=False), so a
failure is the 500 a visitor would get; the assertion message carries its traceback's end."""

from urllib.parse import quote

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.hostile import assert_no_server_error, build_site, client, hostile_text

# (page in build_site, path under it, its query parameters)
PAGE_TARGETS = [
    ("home", "", ["page", "q"]),
    ("library", "", ["topic", "type", "year", "organisation", "election", "page"]),
    ("library", "feed/rss/", ["page"]),
    ("library", "feed/atom/", ["page"]),
    ("publication", "", ["page"]),
    ("publication", "cite/bibtex/", ["format"]),
    ("publication", "cite/ris/", ["format"]),
    ("campaigns", "", ["topic", "audience", "county", "status", "page"]),
    ("campaigns", "feed/rss/", ["page"]),
    ("campaigns", "feed/atom/", ["page"]),
    ("campaign", "", ["page"]),
    ("events", "", ["kind", "topic", "past", "page"]),
    ("events", "calendar/", ["kind", "topic"]),
    ("event", "", ["page"]),
    ("event", "ics/", ["t"]),
    ("directory", "", ["focus", "county", "municipality", "q", "letter", "page", "sort"]),
    ("organisation", "", ["page"]),
    ("standard", "", ["page"]),
]
SITE_TARGETS = [
    ("/sq/kerko/", ["q", "type", "kind", "year", "topic", "organisation", "sort", "page"]),
    ("/en/search/", ["q", "kind", "year", "topic", "sort", "page"]),
    ("/sq/kerko/sugjerime/", ["q"]),
    ("/en/search/suggest/", ["q"]),
    ("/sitemap.xml", ["p"]),
    ("/robots.txt", ["p"]),
]


@pytest.fixture
def site(home):
    return build_site(home)


def target_urls(site):
    urls = [(site[name].url + path, params) for name, path, params in PAGE_TARGETS]
    return urls + SITE_TARGETS


def query_strategy(names):
    """Some of `names` (and now and then a made-up one), each with a hostile value."""
    keys = st.one_of(st.sampled_from(names), st.sampled_from(["", "x", "page[]", "q\x00"]))
    return st.dictionaries(keys, hostile_text, min_size=1, max_size=3)


def raw_query(params):
    """The parameters joined without percent-encoding: the handler decodes what it gets."""
    return "&".join(f"{key}={value}" for key, value in params.items())


def wsgi_text(text):
    """A query string as a WSGI server hands it over: UTF-8 bytes read as Latin-1."""
    return text.encode("utf-8", "replace").decode("latin-1")


def sweep(client_, url, params, raw):
    if raw:
        response = client_.get(url, QUERY_STRING=wsgi_text(raw_query(params)))
    else:
        response = client_.get(url, params)
    assert_no_server_error(response, (url, params, raw))


@pytest.mark.django_db
@given(data=st.data(), raw=st.booleans())
def test_hostile_query_parameters_on_public_pages_never_give_a_server_error(site, data, raw):
    url, names = data.draw(st.sampled_from(target_urls(site)), label="url")
    params = data.draw(query_strategy(names), label="params")
    sweep(client(), url, params, raw)


API_PARAMS = [
    "fields",
    "order",
    "limit",
    "offset",
    "search",
    "search_operator",
    "rich_text_format",
    "format",
]
PAGE_PARAMS = [
    "type",
    "locale",
    "child_of",
    "ancestor_of",
    "descendant_of",
    "translation_of",
    "site",
    "title",
    "slug",
    "id",
    "first_published_at",
    "show_in_menus",
    "seo_title",
    "search_description",
    "alias_of",
]
TYPE_FIELDS = {
    "publications.PublicationPage": ["publication_date", "publication_type", "topics", "election"]
    + ["cover_image", "pdf", "pdf_other_language", "isbn", "doi", "authors", "body", "summary"],
    "events.EventPage": ["kind", "summary", "start", "end", "venue", "capacity", "agenda"],
    "campaigns.CampaignPage": ["start_date", "end_date", "topics", "hero_image", "materials"]
    + ["support_goal", "hashtags", "body"],
    "organisations.OrganisationPage": ["logo", "founding_year", "nipt", "contact_email", "mission"],
    "home.HomePage": ["hero_image", "hero_heading", "body"],
    "home.StandardPage": ["intro", "body", "last_published_at"],
}


def api_requests(site):
    """(url, parameter names, fixed parameters) for every endpoint and page type."""
    pk = site["publication"].pk
    requests = [
        ("/api/v2/pages/", API_PARAMS + PAGE_PARAMS, {}),
        ("/api/v2/images/", API_PARAMS + ["title", "width", "height", "id", "tags"], {}),
        ("/api/v2/documents/", API_PARAMS + ["title", "id", "tags"], {}),
        ("/api/v2/pages/find/", ["id", "html_path", "fields"], {}),
        ("/api/v2/images/find/", ["id"], {}),
        ("/api/v2/documents/find/", ["id"], {}),
        (f"/api/v2/pages/{pk}/", ["fields", "rich_text_format", "format"], {}),
    ]
    for page_type, fields in TYPE_FIELDS.items():
        requests.append(("/api/v2/pages/", API_PARAMS + fields, {"type": page_type}))
    return requests


@pytest.mark.django_db
@given(data=st.data(), raw=st.booleans())
def test_hostile_query_parameters_on_the_api_never_give_a_server_error(site, data, raw):
    url, names, fixed = data.draw(st.sampled_from(api_requests(site)), label="request")
    params = {**fixed, **data.draw(query_strategy(names), label="params")}
    sweep(client(), url, params, raw)


@pytest.mark.django_db
@given(
    page_id=st.one_of(st.integers(-(10**25), 10**25), st.just(10**20)),
    endpoint=st.sampled_from(["pages", "images", "documents"]),
)
def test_any_number_in_an_api_detail_url_never_gives_a_server_error(home, page_id, endpoint):
    response = client().get(f"/api/v2/{endpoint}/{page_id}/")
    assert_no_server_error(response, (endpoint, page_id))


# --- what the sweeps found, spelled out ---------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize("year", ["²", "¹⁹⁹⁰", "2⁰²⁴", "١٩٩٠", "𝟚𝟘𝟚𝟝", "2" * 5000])
def test_a_year_of_unicode_digits_is_ignored_in_the_library(site, year):
    response = client().get(site["library"].url, {"year": year})
    assert response.status_code == 200
    assert site["publication"].title in response.text


@pytest.mark.django_db
@pytest.mark.parametrize("year", ["²", "¹⁹⁹⁰", "١٩٩٠"])
def test_a_year_of_unicode_digits_is_ignored_in_search(site, year):
    response = client().get("/sq/kerko/", {"q": "raporti", "year": year})
    assert response.status_code == 200
    assert site["publication"].title in response.text


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"q": "\x00"},
        {"q": "a\x00b", "county": "\x00"},
        {"focus": "\x00", "municipality": "x\x00"},
        {"q": "x" * 10_000},
        {"page": "100000000000000000000"},
        {"page": "-1"},
        {"page": "1e400"},
        {"letter": "\u202e"},
    ],
)
def test_hostile_directory_filters_answer_a_normal_page(site, params):
    response = client().get(site["directory"].url, params)
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize("text", ["\x00", "a\x00b", "%00", '"', "x" * 5000, "\u202e\x1b"])
def test_hostile_autocomplete_and_search_answer_normally(site, text):
    assert client().get("/sq/kerko/sugjerime/", {"q": text}).status_code == 200
    assert client().get("/sq/kerko/", {"q": text, "sort": text, "page": text}).status_code == 200


@pytest.mark.django_db
@given(segment=hostile_text, parent=st.sampled_from(["home", "library", "directory", "event"]))
def test_hostile_paths_never_give_a_server_error(site, segment, parent):
    url = site[parent].url + quote(segment[:300], safe="") + "/"
    assert_no_server_error(client().get(url), url)


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/sq/%00/", "/sq/a%00b/", "/en/%00", "/%00/", "/sq/botimet/%00/"])
def test_a_null_character_in_a_path_is_not_a_server_error(site, path):
    assert client().get(path).status_code in (400, 404)
