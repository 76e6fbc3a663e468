"""Reports -> Translations to do, and the page editor's notice (core.translation_status,
issue 16): what lacks a translation, what was translated from an older source, and a click to
translate or sync."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail_localize.models import TranslationSource

from core.factories import TopicFactory
from core.translation_status import MISSING, OUTDATED, overview, page_status
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from roles import groups as roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def research(home):
    return PublicationIndexPageFactory(parent=home, title="Botimet")


@pytest.fixture
def publication(research):
    return PublicationPageFactory(parent=research, title="Kutitë e votimit")


@pytest.fixture
def translated(publication, en, en_home, translate_page):
    return translate_page(publication, en, {})


def rows_for(title, **filters):
    return [row for row in overview(**filters) if row.title == title]


def test_a_page_without_english_is_listed_as_missing_with_a_translate_link(publication):
    (row,) = rows_for(publication.title)
    assert (row.state, row.target_locale.language_code) == (MISSING, "en")
    assert row.action_url == reverse(
        "wagtail_localize:submit_page_translation", args=[publication.pk]
    )
    assert rows_for(publication.title, language="sq") == []
    assert rows_for(publication.title, state=OUTDATED) == []


def test_republishing_the_source_makes_its_translation_out_of_date_until_synced(
    publication, translated
):
    source_page = publication
    assert rows_for(source_page.title) == []
    source_page.save_revision().publish()
    (row,) = rows_for(source_page.title)
    source = TranslationSource.objects.get_for_instance(source_page)
    assert row.state == OUTDATED
    assert row.action_url == reverse("wagtail_localize:update_translations", args=[source.pk])
    source.update_from_db()  # what "Sync" does
    assert rows_for(source_page.title) == []


def test_snippets_missing_and_changed_after_translation(en, translate_page):
    topic = TopicFactory(name="Reforma zgjedhore", slug="reforma")
    (row,) = rows_for("Reforma zgjedhore", section="snippets")
    assert row.state == MISSING
    translate_page(topic, en, {"Reforma zgjedhore": "Electoral reform"})
    assert rows_for("Reforma zgjedhore") == []
    topic.name = "Reforma zgjedhore 2025"
    topic.save()
    (row,) = rows_for("Reforma zgjedhore 2025")
    assert row.state == OUTDATED


def test_the_section_filter_keeps_one_section(publication, home):
    from events.factories import EventIndexPageFactory

    EventIndexPageFactory(parent=home, title="Ngjarjet")
    research_key = str(publication.get_parent().translation_key)
    titles = {row.title for row in overview(section=research_key)}
    assert titles == {"Botimet", publication.title}


@pytest.fixture
def editor(client, django_user_model):
    user = django_user_model.objects.create_user("editor", "e@example.org", "pass")
    user.groups.add(Group.objects.get(name=roles.EDITORS))
    client.force_login(user)
    return user


def test_the_report_lists_rows_and_ignores_unknown_filters(client, editor, publication):
    url = reverse("translation_overview")
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url in dashboard  # in the Reports menu
    response = client.get(url, {"section": "<script>", "language": "xx", "state": "0" * 5000})
    assert response.status_code == 200
    assert publication.title in response.content.decode()
    response = client.get(url, {"language": "sq"})
    assert publication.title not in response.content.decode()


def test_the_report_is_refused_to_those_who_cannot_translate(client, django_user_model, db):
    user = django_user_model.objects.create_user("rep", "r@example.org", "pass")
    user.groups.add(Group.objects.get(name=roles.REPRESENTATIVES))
    client.force_login(user)
    assert client.get(reverse("translation_overview")).status_code in (302, 403)


def test_the_page_editor_says_when_english_is_missing_then_nothing(
    client, editor, publication, en, en_home, translate_page
):
    edit = reverse("wagtailadmin_pages:edit", args=[publication.pk])
    translate_url = reverse("wagtail_localize:submit_page_translation", args=[publication.pk])
    assert translate_url in client.get(edit).content.decode()
    translate_page(publication, en, {})
    assert page_status(publication) == []
    assert translate_url not in client.get(edit).content.decode()
