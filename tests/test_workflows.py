"""Review before publishing (roles.workflows, issue 16): research and campaigns go through the
Moderators' review, reviewers are emailed, and translators, who may not publish, submit their
translations from the page list."""

import io

import pytest

from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from campaigns.factories import CampaignIndexPageFactory
from publications.factories import PublicationIndexPageFactory, PublicationPageFactory
from roles import groups as roles
from roles import workflows

pytestmark = pytest.mark.django_db


def user_in(django_user_model, group_name, username):
    user = django_user_model.objects.create_user(username, f"{username}@example.org", "pass")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def moderator(django_user_model):
    return user_in(django_user_model, roles.MODERATORS, "moderator")


@pytest.fixture
def research(home):
    return PublicationIndexPageFactory(parent=home)


@pytest.fixture
def publication(research):
    return PublicationPageFactory(parent=research)


def test_research_and_campaigns_are_reviewed_by_moderators(home, research):
    campaigns = CampaignIndexPageFactory(parent=home)
    for page in (research, campaigns):
        workflow = page.get_workflow()
        assert workflow.name == workflows.WORKFLOW
        task = workflow.tasks.get().specific
        assert list(task.groups.values_list("name", flat=True)) == [roles.MODERATORS]


def test_other_sections_keep_wagtails_moderators_approval(home):
    from events.factories import EventIndexPageFactory

    assert EventIndexPageFactory(parent=home).get_workflow().name == "Moderators approval"


def test_an_editors_submission_emails_the_moderators(
    django_user_model, moderator, publication, django_capture_on_commit_callbacks
):
    editor = user_in(django_user_model, roles.EDITORS, "editor")
    publication.save_revision(user=editor)
    with django_capture_on_commit_callbacks(execute=True):
        publication.get_workflow().start(publication, editor)
    assert any(moderator.email in message.to for message in mail.outbox)
    publication.refresh_from_db()
    assert publication.workflow_in_progress


def test_a_translator_submits_a_translation_for_review_from_the_page_list(
    client,
    django_user_model,
    moderator,
    publication,
    en,
    en_home,
    translate_page,
    django_capture_on_commit_callbacks,
):
    call_command("sync_roles", stdout=io.StringIO())
    translation = translate_page(publication, en, {})
    translator = user_in(django_user_model, roles.TRANSLATORS, "translator")
    assert not translation.permissions_for_user(translator).can_publish()
    translation.save_revision(user=translator)
    client.force_login(translator)
    url = reverse("submit_for_review", args=[translation.pk])
    explorer = client.get(reverse("wagtailadmin_explore", args=[translation.get_parent().pk]))
    assert url in explorer.content.decode()
    assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url)
    assert response.status_code == 302
    translation.refresh_from_db()
    assert translation.workflow_in_progress
    assert translation.get_workflow().name == workflows.WORKFLOW
    assert any(moderator.email in message.to for message in mail.outbox)


def test_publishers_and_strangers_get_no_submit_for_review(
    client, django_user_model, moderator, publication
):
    publication.save_revision(user=moderator)
    url = reverse("submit_for_review", args=[publication.pk])
    client.force_login(moderator)  # publishes directly
    assert client.post(url).status_code in (302, 403)
    client.force_login(user_in(django_user_model, roles.EVENT_ORGANISERS, "organiser"))
    assert client.post(url).status_code in (302, 403)
    publication.refresh_from_db()
    assert not publication.workflow_in_progress
