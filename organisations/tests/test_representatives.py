"""A representative edits their own organisation's profile, in both languages, and submits
changes for moderation; they cannot publish, edit another profile, or use the rest of the admin."""

import pytest

from django.contrib.auth.models import Group

from wagtail.models import Page, WorkflowState
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield
from wagtail.users.models import UserProfile

from organisations import representatives
from organisations.models import OrganisationApplication

pytestmark = pytest.mark.django_db


@pytest.fixture
def own(make_org):
    return make_org("Qendra Qytetare Pukë", slug="qendra-qytetare-puke")


@pytest.fixture
def other(make_org):
    return make_org("Zëri i Votuesit", slug="zeri-i-votuesit")


@pytest.fixture
def representative(client, own, en_directory, en, translate_page):
    translate_page(own, en, {"Qendra Qytetare Pukë": "Pukë Civic Centre"})
    application = OrganisationApplication(
        applicant_name="Drita Marku", applicant_email="Drita@Example.org", name=own.title
    )
    user = representatives.make_representative(application, own)
    client.force_login(user)
    return user


def edit_data(page, title, action):
    data = nested_form_data(
        {
            "title": title,
            "slug": page.slug,
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    data[action] = "on"
    return data


def test_a_second_organisation_waits_for_the_existing_login_to_confirm(own, other):
    first = OrganisationApplication(applicant_name="Drita", applicant_email="d@example.org")
    user = representatives.make_representative(first, own)
    assert user.username == "d@example.org"
    assert user.groups.filter(name=representatives.REPRESENTATIVES).exists()
    second = OrganisationApplication(applicant_name="Drita", applicant_email="D@Example.org")
    assert representatives.make_representative(second, other) is None
    assert second.pending_login == user and user.groups.count() == 2  # not linked yet


def test_representative_edits_own_profile_in_both_languages(client, representative, own):
    assert client.get(f"/admin/pages/{own.pk}/edit/").status_code == 200
    english = Page.objects.get(translation_key=own.translation_key, locale__language_code="en")
    assert client.get(f"/admin/pages/{english.pk}/edit/").status_code == 200


def test_representative_submits_changes_for_moderation_but_cannot_publish(
    client, representative, own
):
    assert not own.permissions_for_user(representative).can_publish()
    response = client.post(
        f"/admin/pages/{own.pk}/edit/", edit_data(own, "Qendra Qytetare e Pukës", "action-submit")
    )
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.title == "Qendra Qytetare Pukë"  # the live page is unchanged
    assert own.get_latest_revision().content["title"] == "Qendra Qytetare e Pukës"
    assert WorkflowState.objects.filter(object_id=str(own.pk), status="in_progress")
    client.post(
        f"/admin/pages/{own.pk}/edit/", edit_data(own, "Publikuar pa leje", "action-publish")
    )
    own.refresh_from_db()
    assert own.title == "Qendra Qytetare Pukë"


def test_representative_cannot_edit_another_profile(client, representative, other):
    assert not other.permissions_for_user(representative).can_edit()
    assert client.get(f"/admin/pages/{other.pk}/edit/").status_code == 302
    client.post(f"/admin/pages/{other.pk}/edit/", edit_data(other, "Rrëmbyer", "action-publish"))
    other.refresh_from_db()
    assert other.title == "Zëri i Votuesit"
    assert other.get_latest_revision().content["title"] == "Zëri i Votuesit"


@pytest.mark.parametrize(
    "path",
    [
        "/admin/users/",
        "/admin/groups/",
        "/admin/snippets/organisations/focusarea/",
        "/admin/organisations/applications/",
        "/admin/organisations/export.csv",
        "/admin/settings/",
        "/admin/registrations/",
    ],
)
def test_representative_cannot_reach_other_admin_areas(client, representative, path):
    response = client.get(path)
    assert response.status_code in (302, 403, 404)
    assert response.status_code != 200


def test_representative_cannot_add_or_delete_pages(representative, own, directory):
    assert not directory.permissions_for_user(representative).can_add_subpage()
    assert not own.permissions_for_user(representative).can_delete()
    assert not Group.objects.get(name=representatives.REPRESENTATIVES).permissions.exclude(
        codename="access_admin"
    )


def test_a_later_translation_is_editable_by_the_representative(
    client, own, en_directory, en, translate_page, django_capture_on_commit_callbacks
):
    application = OrganisationApplication(applicant_name="Drita", applicant_email="d@example.org")
    user = representatives.make_representative(application, own)
    english = translate_page(own, en, {"Qendra Qytetare Pukë": "Pukë Civic Centre"})
    assert english.permissions_for_user(user).can_edit()
    assert not english.permissions_for_user(user).can_publish()


def _png(name="logo.png"):
    import io

    from PIL import Image as PILImage

    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 40), "#1d5a8c").save(buffer, format="PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_representative_uploads_a_logo_into_their_own_collection_only(client, representative, own):
    from wagtail.images.models import Image
    from wagtail.models import Collection

    collection = representatives.logo_collection(own)
    assert Collection.objects.filter(name=collection.name).count() == 1  # made once
    response = client.post(
        "/admin/images/add/",
        {"title": "Logoja e Pukës", "file": _png(), "collection": collection.pk},
    )
    assert response.status_code == 302
    assert Image.objects.get(title="Logoja e Pukës").collection == collection
    assert client.get("/admin/images/chooser/").status_code == 200

    elsewhere = Collection.get_first_root_node().add_child(name="Fotot e redaksisë")
    other_image = Image.objects.create(title="Foto e redaksisë", file=_png("foto.png"),
                                       collection=elsewhere)  # fmt: skip
    assert client.get(f"/admin/images/{other_image.pk}/").status_code in (302, 403)
    client.post(
        f"/admin/images/{other_image.pk}/",
        {"title": "Ndryshuar", "collection": collection.pk},
    )
    other_image.refresh_from_db()
    assert other_image.title == "Foto e redaksisë" and other_image.collection == elsewhere
    refused = client.post(
        "/admin/images/add/", {"title": "Jashtë", "file": _png("x.png"), "collection": elsewhere.pk}
    )
    assert refused.status_code in (200, 302)  # a collection not theirs is ignored or refused
    assert not Image.objects.filter(collection=elsewhere).exclude(pk=other_image.pk).exists()


def test_the_application_logo_moves_into_the_organisations_collection(own):
    from wagtail.images.models import Image

    own.logo = Image.objects.create(title="Logo QQP", file=_png("qqp.png"))
    own.save()
    application = OrganisationApplication(applicant_name="Drita", applicant_email="d@example.org")
    representatives.make_representative(application, own)
    own.logo.refresh_from_db()
    assert own.logo.collection == representatives.logo_collection(own)


def test_a_new_representative_gets_the_admin_in_the_language_they_applied_in(make_org):
    page = make_org("Qendra Qytetare Pukë", slug="qendra-qytetare-puke")
    for language, email in [("en", "drita@example.org"), ("sq", "besa@example.org")]:
        application = OrganisationApplication(
            applicant_name="Drita Marku", applicant_email=email, name=page.title, language=language
        )
        user = representatives.make_representative(application, page)
        assert UserProfile.get_for_user(user).get_preferred_language() == language
