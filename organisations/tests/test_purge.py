"""purge_applications: nothing about an applicant is kept past the retention, whatever state
the application was left in, and no uploaded logo file is left behind unless a profile uses it."""

import datetime
import io
import os

import pytest

from django.core import mail
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.utils import timezone

from wagtail.images import get_image_model

from organisations.models import ApplicationStatus, OrganisationApplication
from organisations.tests.conftest import link

pytestmark = pytest.mark.django_db
LONG_AGO = timezone.now() - datetime.timedelta(days=400)


def purge():
    out = io.StringIO()
    call_command("purge_applications", "--days", "180", stdout=out)
    return out.getvalue()


def age(application, **fields):
    OrganisationApplication.objects.filter(pk=application.pk).update(
        created_at=LONG_AGO, updated_at=LONG_AGO, **fields
    )


def old_file(name, content=b"png"):
    saved = default_storage.save(f"organisation-applications/{name}", ContentFile(content))
    stamp = LONG_AGO.timestamp()
    os.utime(default_storage.path(saved), (stamp, stamp))
    return saved


def test_abandoned_pending_and_changes_requested_applications_are_purged_with_their_logos(
    client, pending, moderator, form_url, valid
):
    from organisations.tests.test_application import png

    client.post(form_url, {**valid, "name": "E re", "applicant_email": "e@example.org"})
    fresh = OrganisationApplication.objects.get(name="E re")  # unconfirmed, recent: kept
    client.post(f"/admin/organisations/applications/{pending.pk}/",
                {"decision": "changes", "message": "Shtoni logon."})  # fmt: skip
    pending.logo.save("logo.png", png(), save=True)
    logo = pending.logo.name
    age(pending, decided_at=LONG_AGO)
    never_answered = OrganisationApplication.objects.create(
        status=ApplicationStatus.PENDING, name="Pa përgjigje", intro="x", seat=pending.seat,
        contact_email="a@example.org", applicant_name="A", applicant_role="B",
        applicant_email="a@example.org", confirmed_at=LONG_AGO,
    )  # fmt: skip
    age(never_answered)
    assert "applications: 2 deleted, 0 erased" in purge()
    assert list(OrganisationApplication.objects.all()) == [fresh]
    assert not default_storage.exists(logo)


def test_a_resubmitted_application_is_not_purged_for_an_old_request(client, pending, moderator):
    client.post(f"/admin/organisations/applications/{pending.pk}/",
                {"decision": "changes", "message": "Shtoni misionin."})  # fmt: skip
    OrganisationApplication.objects.filter(pk=pending.pk).update(
        created_at=LONG_AGO, decided_at=LONG_AGO, status=ApplicationStatus.PENDING
    )  # resubmitted today (updated_at is now)
    purge()
    assert OrganisationApplication.objects.filter(pk=pending.pk).exists()


def test_an_approved_applicants_logo_file_goes_and_the_profiles_copy_stays(
    client, form_url, valid, moderator
):
    from organisations.tests.test_application import png

    client.post(form_url, {**valid, "logo": png()})
    client.post(link(mail.outbox[0], "register/confirm/"))
    application = OrganisationApplication.objects.get()
    logo = application.logo.name
    client.post(f"/admin/organisations/applications/{application.pk}/",
                {"decision": "approve", "publish": "on", "message": ""})  # fmt: skip
    application.refresh_from_db()
    image = application.page.logo
    age(application, decided_at=LONG_AGO)
    assert "applications: 0 deleted, 1 erased" in purge()
    application.refresh_from_db()
    assert not application.logo and not default_storage.exists(logo)
    assert application.applicant_email is None and application.page.logo == image
    assert default_storage.exists(get_image_model().objects.get(pk=image.pk).file.name)


def test_logo_files_that_nothing_uses_are_deleted_and_used_ones_kept(pending):
    orphan = old_file("orphan.png")
    young = default_storage.save("organisation-applications/young.png", ContentFile(b"png"))
    used = old_file("used.png")
    OrganisationApplication.objects.filter(pk=pending.pk).update(logo=used)
    output = purge()
    assert "1 unused logo file(s) deleted" in output
    assert not default_storage.exists(orphan)
    assert default_storage.exists(young) and default_storage.exists(used)
    default_storage.delete(young)
    default_storage.delete(used)
