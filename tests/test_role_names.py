"""Groups in the admin user's language (roles.names): stored under their English key, shown as
the admin speaks, wherever Wagtail names them."""

import pytest

from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import translation

from wagtail.models import GroupApprovalTask
from wagtail.users.models import UserProfile

from roles import groups as roles
from roles.names import label

pytestmark = pytest.mark.django_db

NAMES = {
    "sq": ("Redaktorët", "Përkthyesit", "Organizatorët e aktiviteteve", "Moderatorët"),
    "en": ("Editors", "Translators", "Event organisers", "Moderators"),
}


@pytest.fixture
def admin_in(client, django_user_model):
    def sign_in(language):
        user = django_user_model.objects.create_superuser(f"admin-{language}", "a@example.org", "x")
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = language
        profile.save()
        client.force_login(user)
        return user

    return sign_in


def screens(user):
    task = GroupApprovalTask.objects.first()
    return {
        "groups": reverse("wagtailusers_groups:index"),
        "group editor": reverse(
            "wagtailusers_groups:edit", args=[Group.objects.get(name=roles.EDITORS).pk]
        ),
        "user editor": reverse("wagtailusers_users:edit", args=[user.pk]),
        "users filter": reverse("wagtailusers_users:index"),
        "workflow task": reverse("wagtailadmin_workflows:edit_task", args=[task.pk]),
    }


@pytest.mark.parametrize("language", ["sq", "en"])
def test_wagtail_screens_name_the_groups_in_the_admin_language(client, admin_in, language):
    user = admin_in(language)
    for screen, address in screens(user).items():
        html = client.get(address).content.decode()
        if screen in ("groups", "user editor", "users filter"):
            for name in NAMES[language]:
                assert name in html, (screen, name)
        else:  # the group's own title, a workflow task's reviewers
            assert NAMES[language][0 if screen == "group editor" else 3] in html, screen
        if language == "sq":
            assert ">Editors<" not in html and "Event organisers" not in html, screen


def test_code_still_finds_groups_by_their_stored_key(db):
    with translation.override("sq"):
        group = Group.objects.get(name=roles.EVENT_ORGANISERS)
        assert str(group) == "Organizatorët e aktiviteteve"
    assert group.name == "Event organisers"


def test_a_representatives_group_keeps_its_organisation_and_an_administrators_group_its_name():
    with translation.override("sq"):
        assert label(f"{roles.REPRESENTATIVES}: Qendra Lëvizja (12)") == (
            "Përfaqësuesit e organizatave: Qendra Lëvizja (12)"
        )
        assert label("Stafi i zyrës") == "Stafi i zyrës"
