"""Translators translate the shared lists but do not change their Albanian rows (core.sharedlists,
issue 16): topics and the other shared lists have no drafts, so such a change would be live on
every page at once. Each check signs in as a member of one group through the real admin."""

import io

import pytest

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse

from wagtail_localize.operations import translate_object

from core.factories import PersonFactory, TopicFactory
from core.models import Topic
from roles import groups as roles

pytestmark = pytest.mark.django_db

REFUSED = {302, 403}


@pytest.fixture
def topics(en):
    """An Albanian topic and its English translation, made through wagtail-localize."""
    call_command("sync_roles", stdout=io.StringIO())
    albanian = TopicFactory(name="Administrimi i zgjedhjeve", slug="administrimi")
    translate_object(albanian, [en])  # what the admin's Translate does
    return albanian, albanian.get_translation(en)


def sign_in(client, django_user_model, group_name):
    user = django_user_model.objects.create_user(group_name.replace(" ", "-"), "m@example.org", "x")
    user.groups.add(Group.objects.get(name=group_name))
    client.force_login(user)
    return user


def edit_url(instance):
    viewset = type(instance).snippet_viewset
    return reverse(viewset.get_url_name("edit"), args=[instance.pk])


def test_a_translator_cannot_open_or_post_the_albanian_row(client, django_user_model, topics):
    albanian, _ = topics
    sign_in(client, django_user_model, roles.TRANSLATORS)
    assert client.get(edit_url(albanian)).status_code in REFUSED
    response = client.post(edit_url(albanian), {"name": "Ndryshuar", "slug": "administrimi"})
    assert response.status_code in REFUSED
    albanian.refresh_from_db()
    assert albanian.name == "Administrimi i zgjedhjeve"


def test_a_translator_opens_the_english_row_in_the_translation_editor(
    client, django_user_model, topics
):
    _, english = topics
    sign_in(client, django_user_model, roles.TRANSLATORS)
    response = client.get(edit_url(english))
    assert response.status_code == 200
    assert 'class="js-translation-editor"' in response.content.decode()


def test_a_translator_cannot_add_or_delete_and_the_list_links_only_translations(
    client, django_user_model, topics
):
    albanian, english = topics
    sign_in(client, django_user_model, roles.TRANSLATORS)
    viewset = Topic.snippet_viewset
    assert client.get(reverse(viewset.get_url_name("add"))).status_code in REFUSED
    delete = reverse(viewset.get_url_name("delete"), args=[english.pk])
    assert client.get(delete).status_code in REFUSED
    listing = client.get(reverse(viewset.get_url_name("list"))).content.decode()
    assert edit_url(english) in listing
    assert edit_url(albanian) not in listing


def test_a_translator_cannot_change_an_albanian_person(client, django_user_model, en):
    call_command("sync_roles", stdout=io.StringIO())
    person = PersonFactory()
    sign_in(client, django_user_model, roles.TRANSLATORS)
    assert client.get(edit_url(person)).status_code in REFUSED


@pytest.mark.parametrize("group_name", [roles.EDITORS, roles.MODERATORS])
def test_editors_and_moderators_change_the_albanian_row(
    client, django_user_model, topics, group_name
):
    albanian, _ = topics
    sign_in(client, django_user_model, group_name)
    assert client.get(edit_url(albanian)).status_code == 200
    response = client.post(
        edit_url(albanian), {"name": "Administrimi zgjedhor", "slug": "administrimi"}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    albanian.refresh_from_db()
    assert albanian.name == "Administrimi zgjedhor"


def test_a_directory_moderator_changes_albanian_focus_areas(client, django_user_model, en):
    from organisations.factories import FocusAreaFactory

    call_command("sync_roles", stdout=io.StringIO())
    area = FocusAreaFactory()
    sign_in(client, django_user_model, roles.DIRECTORY_MODERATORS)
    assert client.get(edit_url(area)).status_code == 200
