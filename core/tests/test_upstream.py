"""The upstream workarounds in core/upstream.py still do their job."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Page, PageViewRestriction

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
    """Rendered afresh (every section built again), the home page asks for public pages once
    per section; the restrictions are read once all the same (five times before), beside
    Wagtail's own check of the page served (its ancestors' restrictions)."""
    for title in ("Një", "Dy", "Tre"):
        StandardPageFactory(parent=home, title=title, show_in_menus=True)
    client.get(home.url)
    fragments.bump_content()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(home.url).status_code == 200
    assert len(restriction_queries(queries)) == 2  # 6 without the workaround
    locale_reads = [q for q in queries if 'FROM "wagtailcore_locale"' in q["sql"]]
    assert len(locale_reads) <= 1
