"""The upstream workarounds in core/upstream.py still do their job."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction, Site

from core import fragments, upstream
from core.demo import translate
from home.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def test_children_translated_with_their_parent_stay_in_the_menu(
    client, home, en_home, en, django_capture_on_commit_callbacks
):
    section = StandardPageFactory(
        parent=home, title="Seksioni", slug="seksioni", show_in_menus=True
    )
    StandardPageFactory(parent=section, title="Nënfaqja", slug="nenfaqja")
    with django_capture_on_commit_callbacks(execute=True):  # one transaction, as in a subtree
        translate(section, en, {"Seksioni": "Section"})
        translate(section.get_children().first().specific, en, {"Nënfaqja": "Subpage"})
    english = section.get_translation(en)
    english.refresh_from_db()
    assert english.numchild == 1
    assert [page.title for page in english.get_children()] == ["Subpage"]


def restriction_queries(queries):
    return [q for q in queries if "wagtailcore_pageviewrestriction" in q["sql"]]


def test_outside_a_request_wagtail_reads_the_view_restrictions_at_every_public_call(home):
    with CaptureQueriesContext(connection) as queries:
        list(Page.objects.live().public())
        list(Page.objects.live().public())
    assert len(restriction_queries(queries)) == 2  # so the workaround is still needed


def test_within_a_request_they_are_read_once_and_a_new_restriction_counts_at_once(home):
    secret = StandardPageFactory(parent=home, title="Sekret", slug="sekret")
    open_page = StandardPageFactory(parent=home, title="Hapur", slug="hapur")
    upstream.start_request_memo()
    try:
        with CaptureQueriesContext(connection) as queries:
            first = set(Page.objects.live().public().values_list("pk", flat=True))
            again = set(Page.objects.live().public().values_list("pk", flat=True))
        assert len(restriction_queries(queries)) == 1
        assert first == again and {secret.pk, open_page.pk} <= first
        PageViewRestriction.objects.create(page=secret, restriction_type="login")
        after = set(Page.objects.live().public().values_list("pk", flat=True))
        assert secret.pk not in after and open_page.pk in after
        assert set(Page.objects.live().not_public().values_list("pk", flat=True)) == {secret.pk}
        PageViewRestriction.objects.filter(page=secret).delete()
        assert secret.pk in set(Page.objects.live().public().values_list("pk", flat=True))
    finally:
        upstream.end_request_memo()


def test_the_home_page_after_a_change_reads_locale_and_restrictions_once(client, home):
    """Rendered afresh after an edit (every section built again), the home page asks for public
    pages once per section; the restrictions are read once all the same (five times before),
    beside Wagtail's own check of the page served (its ancestors' restrictions)."""
    for title in ("Një", "Dy", "Tre"):
        StandardPageFactory(parent=home, title=title, show_in_menus=True)
    client.get(home.url)
    fragments.bump()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(home.url).status_code == 200
    assert len(restriction_queries(queries)) == 2  # 6 without the workaround
    locale_reads = [q for q in queries if 'FROM "wagtailcore_locale"' in q["sql"]]
    assert len(locale_reads) <= 1


# --- the Site, kept with the chrome (upstream.find_site_kept_with_the_chrome) -------------------


def site_queries(client, url, **headers):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, **headers)
    assert response.status_code == 200
    return [q["sql"] for q in queries.captured_queries if "wagtailcore_site" in q["sql"]]


@pytest.fixture
def named_hosts(settings):
    settings.ALLOWED_HOSTS = ["testserver", "localhost"]


def test_a_named_host_finds_its_site_without_a_query_once_kept(client, home, named_hosts):
    page = StandardPageFactory(parent=home, title="Rreth nesh")
    assert site_queries(client, page.url)
    assert not site_queries(client, page.url)
    assert not site_queries(client, home.url)


def test_a_host_the_settings_do_not_name_is_looked_up_every_time_and_keeps_nothing(
    client, home, named_hosts, settings
):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, ".example.org"]  # allowed, not named
    for n in range(2):
        assert site_queries(client, home.url, HTTP_HOST=f"x{n}.example.org")
    assert site_queries(client, home.url, HTTP_HOST="x0.example.org")


def test_a_changed_site_is_followed_at_once(client, home, named_hosts):
    other = StandardPageFactory(parent=home, title="Faqja tjetër", slug="tjeter")
    site = Site.objects.get(is_default_site=True)
    assert "Faqja tjetër" not in client.get(home.url).content.decode()
    site.root_page = other
    site.save()
    response = client.get(home.url)
    assert response.status_code == 200 and "Faqja tjetër" in response.content.decode()


def test_the_home_page_saved_without_a_revision_is_served_as_saved(client, home, named_hosts):
    assert client.get(home.url).status_code == 200
    Page.objects.filter(pk=home.pk).update(title="Kreu i ri ë")  # no signal, no generation
    fragments.bump_content()
    assert "Kreu i ri ë" in client.get(home.url).content.decode()
