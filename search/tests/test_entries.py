"""The compact search entries that the PostgreSQL search page queries (search.models): they follow
publishing, unpublishing, privacy, deletion and a full `update_index`, so the search page on
PostgreSQL finds exactly what Wagtail's own index would. Elsewhere the table stays empty."""

import datetime

import pytest

from django.core.management import call_command
from django.db import connection

from wagtail.models import PageViewRestriction

from search.models import SearchEntry

pytestmark = pytest.mark.django_db

ON_POSTGRES = connection.vendor == "postgresql"


def found(client, text, language="sq"):
    path = "/sq/kerko/" if language == "sq" else "/en/search/"
    return client.get(path, {"q": text}).content.decode()


def test_a_published_page_gets_its_normalised_terms_and_date(publish):
    page = publish("Zgjedhjet në Shqipëri", summary="Monitorimi i numërimit.", year=2021)
    entries = SearchEntry.objects.filter(page=page)
    if not ON_POSTGRES:
        assert not entries.exists()  # only the PostgreSQL backend keeps (and reads) them
        return
    entry = entries.get()
    assert entry.day == datetime.date(2021, 5, 1)
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT terms::text, title_terms::text FROM search_searchentry WHERE page_id = %s",
            [page.pk],
        )
        terms, title_terms = cursor.fetchone()
    assert title_terms == "'shqiperi' 'zgjedhje'"  # folded, lemmatised, no positions
    assert "'monitorim'" in terms and "'zgjedhje'" in terms


def test_unpublished_private_and_deleted_pages_are_no_longer_found(client, publish, home):
    draft = publish("Raporti mbi diasporën")
    private = publish("Raporti mbi kuotat gjinore")
    gone = publish("Raporti mbi blerjen e votës")
    assert "Raporti mbi diasporën" in found(client, "diaspora")
    draft.unpublish()
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    gone.delete()
    assert "Raporti mbi diasporën" not in found(client, "diaspora")
    assert "Raporti mbi kuotat gjinore" not in found(client, "kuota gjinore")
    assert "Raporti mbi blerjen" not in found(client, "blerja e votes")
    assert not SearchEntry.objects.filter(page_id=gone.pk).exists()


def test_an_edited_title_is_searched_as_edited(client, publish):
    page = publish("Raporti paraprak")
    page.title = "Raporti përfundimtar"
    page.save_revision().publish()
    assert "Raporti përfundimtar" in found(client, "perfundimtar")
    assert "Raporti" not in found(client, "paraprak")


def test_update_index_rebuilds_the_entries(client, publish):
    publish("Votimi i diasporës me postë")
    SearchEntry.objects.all().delete()
    call_command("update_index", verbosity=0)
    assert SearchEntry.objects.exists() == ON_POSTGRES
    assert "Votimi i diasporës me postë" in found(client, "diaspores")
