"""Applying to join: the public form, its bad-input cases, email confirmation, and the
moderators' decisions with an email each time."""

import io
import re
import uuid

import pytest
from PIL import Image

from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile

from core.mail import absolute
from core.models import User
from organisations.models import ApplicationStatus, OrganisationApplication, OrganisationPage

pytestmark = pytest.mark.django_db


def png(size=(60, 60)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#b3261e").save(buffer, format="PNG")
    return SimpleUploadedFile("logo.png", buffer.getvalue(), content_type="image/png")


def link(message, path):
    return re.search(rf"https?://\S+{path}\S*", message.body).group(0)


def apply(client, form_url, data, **extra):
    return client.post(form_url, data, **extra)


def test_form_renders_in_both_languages(client, form_url, en_directory, observation):
    body = client.get(form_url).content.decode()
    assert "Regjistroni organizatën tuaj" in body and "Vëzhgimi i zgjedhjeve" in body
    english = client.get(en_directory.url + "register/").content.decode()
    assert "Register your organisation" in english and 'lang="en"' in english


def test_application_waits_for_email_confirmation(client, form_url, valid):
    response = apply(client, form_url, {**valid, "logo": png()})
    assert response.status_code == 302
    application = OrganisationApplication.objects.get()
    assert application.status == ApplicationStatus.UNCONFIRMED
    assert application.nipt == "L12345678A" and application.logo
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["drita@example.org"]
    assert "Konfirmoni" in mail.outbox[0].subject  # in the language of the form
    confirm = link(mail.outbox[0], "register/confirm/")
    page = client.get(confirm)
    assert page.status_code == 200 and "Qendra Qytetare Pukë" in page.content.decode()
    application.refresh_from_db()
    assert application.status == ApplicationStatus.UNCONFIRMED  # a GET changes nothing
    assert client.post(confirm).status_code == 302
    application.refresh_from_db()
    assert application.status == ApplicationStatus.PENDING and application.confirmed_at


def test_tampered_confirmation_link_is_refused(client, form_url, valid):
    apply(client, form_url, valid)
    confirm = link(mail.outbox[0], "register/confirm/")
    response = client.post(confirm[:-3] + "xyz")
    assert response.status_code == 400
    assert "Kjo lidhje nuk funksionon" in response.content.decode()
    assert OrganisationApplication.objects.get().status == ApplicationStatus.UNCONFIRMED


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"website": "puke dot org"}, "website", "URL të vlefshme"),
        ({"contact_email": "info@"}, "contact_email", "adresë email-i të vlefshme"),
        ({"nipt": "123456789"}, "nipt", "një shkronjë, tetë shifra dhe një shkronjë"),
        ({"nipt": "L1234567A"}, "nipt", "një shkronjë, tetë shifra dhe një shkronjë"),
        ({"consent": ""}, "consent", "privatësisë"),
        ({"focus_areas": []}, "focus_areas", "Kjo fushë është e detyrueshme"),
    ],
)
def test_bad_input_is_explained_and_nothing_is_saved(
    client, form_url, valid, changes, field, message
):
    response = apply(client, form_url, {**valid, **changes})
    body = response.content.decode()
    assert response.status_code == 400
    assert message in body
    assert 'value="Qendra Qytetare Pukë"' in body  # what was typed is kept
    assert not OrganisationApplication.objects.exists() and not mail.outbox


def test_oversized_or_non_image_logo_is_refused(client, form_url, valid, settings):
    settings.ORGANISATION_LOGO_MAX_SIZE = 1000
    big = apply(client, form_url, {**valid, "logo": png((400, 400))})
    assert big.status_code == 400 and "Logoja është shumë e madhe" in big.content.decode()
    fake = SimpleUploadedFile("logo.png", b"%PDF-1.4 not an image", content_type="image/png")
    other = apply(client, form_url, {**valid, "logo": fake})
    assert other.status_code == 400 and "imazh" in other.content.decode()
    assert not OrganisationApplication.objects.exists()


def test_repeat_application_is_refused_and_overlaps_are_flagged(client, form_url, valid, make_org):
    apply(client, form_url, valid)
    again = apply(client, form_url, {**valid, "name": "QENDRA QYTETARE PUKE"})
    assert again.status_code == 400
    assert "Ju keni aplikuar tashmë" in again.content.decode()
    assert OrganisationApplication.objects.count() == 1
    make_org("Tjetër", nipt="L12345678A")
    client.post(link(mail.outbox[0], "register/confirm/"))
    note = OrganisationApplication.objects.get().duplicate_note
    assert "NIPT" in note and "Tjetër" in note


def test_honeypot_and_rate_limit(client, form_url, valid, settings):
    bot = apply(client, form_url, {**valid, "nickname": "spam"})
    assert bot.status_code == 302 and not OrganisationApplication.objects.exists()
    settings.ORGANISATION_APPLICATION_RATE_LIMIT = 1
    limited = apply(client, form_url, {**valid, "applicant_email": "b@example.org"})
    assert limited.status_code == 429
    assert not OrganisationApplication.objects.exists()


def decide(client, application, **data):
    return client.post(f"/admin/organisations/applications/{application.pk}/", data)


def test_moderation_queue_lists_pending_applications(client, pending, moderator):
    body = client.get("/admin/organisations/applications/").content.decode()
    assert "Qendra Qytetare Pukë" in body
    review = client.get(f"/admin/organisations/applications/{pending.pk}/").content.decode()
    assert "drita@example.org" in review


def test_approval_creates_the_profile_in_both_languages_and_invites(
    client, pending, moderator, en_directory, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = decide(client, pending, decision="approve", publish="on", message="")
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == ApplicationStatus.APPROVED
    page = pending.page
    assert page.live and page.get_parent().specific.title == "Organizatat"
    assert page.nipt == "L12345678A" and page.focus_areas.get().slug == "election-observation"
    english = OrganisationPage.objects.get(
        translation_key=page.translation_key, locale__language_code="en"
    )
    assert english.title == "Pukë Civic Centre" and english.live
    user = pending.representative
    assert user.email == "drita@example.org" and not user.has_usable_password()
    assert len(mail.outbox) == 1
    body = mail.outbox[0].body
    assert "/admin/password_reset/confirm/" in body and absolute(page.url) in body
    client.logout()
    assert "Qendra Qytetare Pukë" in client.get(page.get_parent().url).content.decode()
    invitation = link(mail.outbox[0], "/admin/password_reset/confirm/")
    form = client.get(invitation, follow=True)
    assert 'name="new_password1"' in form.content.decode()  # the link opens "set a password"
    set_url = form.redirect_chain[-1][0]
    new = {"new_password1": "Pukë-zgjedh-2026!", "new_password2": "Pukë-zgjedh-2026!"}
    assert client.post(set_url, new).status_code == 302
    assert client.login(username="drita@example.org", password="Pukë-zgjedh-2026!")


def test_approval_email_links_the_profile_in_the_applicants_language(
    client, pending, moderator, en_directory
):
    OrganisationApplication.objects.filter(pk=pending.pk).update(language="en")
    decide(client, pending, decision="approve", publish="on", message="")
    pending.refresh_from_db()
    english = OrganisationPage.objects.get(
        translation_key=pending.page.translation_key, locale__language_code="en"
    )
    body = mail.outbox[0].body
    assert mail.outbox[0].subject.endswith("is in the directory")
    assert absolute(english.url) in body and absolute(pending.page.url) not in body
    assert "/en/" in absolute(english.url)


def test_approval_email_falls_back_to_the_albanian_profile(client, form_url, valid, moderator):
    english_only = {key: value for key, value in valid.items() if not key.endswith("_en")}
    apply(client, form_url, english_only)
    client.post(link(mail.outbox[0], "register/confirm/"))
    application = OrganisationApplication.objects.get()
    OrganisationApplication.objects.filter(pk=application.pk).update(language="en")
    mail.outbox.clear()
    decide(client, application, decision="approve", publish="on", message="")
    application.refresh_from_db()
    assert absolute(application.page.url) in mail.outbox[0].body
    assert "/sq/" in absolute(application.page.url)


def test_request_changes_lets_the_applicant_edit_and_resubmit(client, pending, moderator):
    refused = decide(client, pending, decision="changes", message="")
    assert refused.status_code == 200 and "Tregojini aplikuesit" in refused.content.decode()
    decide(client, pending, decision="changes", message="Shtoni misionin në anglisht.")
    pending.refresh_from_db()
    assert pending.status == ApplicationStatus.CHANGES_REQUESTED
    assert "Shtoni misionin në anglisht." in mail.outbox[0].body
    edit = link(mail.outbox[0], "register/")
    client.logout()
    form = client.get(edit).content.decode()
    assert 'value="Qendra Qytetare Pukë"' in form and "Shtoni misionin" in form
    data = _form_data(pending)
    data["mission_en"] = "Fair elections everywhere."
    response = client.post(edit, data)
    assert response.status_code == 302
    pending.refresh_from_db()
    assert pending.status == ApplicationStatus.PENDING and pending.mission_en


def _form_data(application):
    return {
        "name": application.name, "intro": application.intro, "mission": application.mission,
        "focus_areas": [a.pk for a in application.focus_areas.all()],
        "seat": application.seat_id, "counties": [c.pk for c in application.counties.all()],
        "contact_email": application.contact_email, "nipt": application.nipt,
        "applicant_name": application.applicant_name, "applicant_role": application.applicant_role,
        "applicant_email": application.applicant_email, "consent": "on",
    }  # fmt: skip


def test_rejection_emails_the_reason(client, pending, moderator):
    decide(client, pending, decision="reject", message="Nuk punoni me zgjedhjet.")
    pending.refresh_from_db()
    assert pending.status == ApplicationStatus.REJECTED and pending.page is None
    assert "Nuk punoni me zgjedhjet." in mail.outbox[0].body
    assert not OrganisationPage.objects.exists()


def test_emails_follow_the_applicants_language(client, en_directory, valid, observation, en):
    english_area = observation.copy_for_translation(en)
    english_area.name = "Election observation"
    english_area.save()
    client.post(en_directory.url + "register/", {**valid, "focus_areas": [english_area.pk]})
    assert mail.outbox[0].subject.startswith("Confirm your application")
    assert "/en/" in mail.outbox[0].body


def test_the_queue_is_for_moderators_only(client, pending):
    user = User.objects.create_user("redaktor", password="x")
    user.groups.add(Group.objects.get(name="Editors"))
    client.force_login(user)
    assert client.get("/admin/organisations/applications/").status_code == 302
    assert decide(client, pending, decision="reject").status_code == 302
    pending.refresh_from_db()
    assert pending.status == ApplicationStatus.PENDING


def test_old_applications_lose_their_personal_data(pending, moderator, client, valid, form_url):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    decide(client, pending, decision="reject", message="Jo.")
    apply(client, form_url, {**valid, "name": "Tjetër", "applicant_email": "x@example.org"})
    long_ago = timezone.now() - datetime.timedelta(days=400)
    OrganisationApplication.objects.update(created_at=long_ago, decided_at=None)
    OrganisationApplication.objects.filter(pk=pending.pk).update(decided_at=long_ago)
    call_command("purge_applications", "--days", "180", stdout=io.StringIO())
    assert not OrganisationApplication.objects.exists()


def test_old_approved_applications_keep_the_profile_but_lose_the_applicant(
    pending, moderator, client
):
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    decide(client, pending, decision="approve", publish="on", message="")
    recent = OrganisationApplication.objects.get(pk=pending.pk)
    recent.pk, recent.public_id = None, uuid.uuid4()
    recent.name, recent.applicant_email = "E re", "re@example.org"
    recent.save()
    long_ago = timezone.now() - datetime.timedelta(days=400)
    OrganisationApplication.objects.filter(pk=pending.pk).update(decided_at=long_ago)
    out = io.StringIO()
    call_command("purge_applications", "--days", "180", stdout=out)
    assert "applications: 0 deleted, 1 erased;" in out.getvalue()
    old = OrganisationApplication.objects.get(pk=pending.pk)
    assert (old.applicant_name, old.applicant_role, old.applicant_email) == ("", "", None)
    assert old.status == ApplicationStatus.APPROVED and old.page and old.representative
    recent.refresh_from_db()
    assert recent.applicant_name == "Drita Marku" and recent.applicant_email == "re@example.org"
    assert recent.applicant_role == "Drejtoreshë"


def test_a_profile_and_its_translation_are_flagged_once(
    pending, make_org, en, en_directory, translate_page
):
    from organisations import lifecycle

    profile = make_org("Qendra Qytetare Pukë", nipt="L12345678A")
    translate_page(profile, en, {"Qendra Qytetare Pukë": "Pukë Civic Centre"})
    reasons = lifecycle.duplicates(pending)
    assert len(reasons) == 2  # the same name and NIPT, once each, named in Albanian
    assert all("Qendra Qytetare Pukë" in reason for reason in reasons)
