"""Registrations belong to the event as a whole: deleting a translation loses none of them, and
the event itself cannot be deleted while they hold personal data (issue 13, item 3)."""

import pytest

from django.db.models import ProtectedError
from django.urls import reverse

from events.models import EventIndexPage, EventPage, Registration
from events.models import RegistrationStatus as S
from events.registration import erase_personal_data

pytestmark = pytest.mark.django_db

STATUSES = [S.CONFIRMED] * 5 + [S.PENDING, S.WAITING, S.CANCELLED, S.ATTENDED] * 2


@pytest.fixture
def english(event, en_home, en, translate_page):
    translate_page(EventIndexPage.objects.get(), en, {"Aktivitetet": "Events"})
    return translate_page(event, en, {"Tryeza me KQZ-në": "Round table with the CEC"})


def register_13(page):
    for n, status in enumerate(STATUSES):
        Registration.objects.create(
            event=page, name=f"Çlirim Ëmbla {n}", email=f"p{n}@example.org", status=status
        )
    assert Registration.objects.count() == 13


def test_deleting_the_english_translation_keeps_all_13_registrations(admin_client, event, english):
    register_13(english)
    response = admin_client.post(reverse("wagtailadmin_pages:delete", args=[english.pk]))
    assert response.status_code == 302
    assert not EventPage.objects.filter(pk=english.pk).exists()
    rows = Registration.objects.all()
    assert rows.count() == 13
    assert set(rows.values_list("event_id", flat=True)) == {event.pk}
    assert rows.filter(status=S.CONFIRMED).count() == 5
    assert all(row.email for row in rows)
    body = admin_client.get(reverse("event_registrations", args=[event.pk])).content.decode()
    assert body.count("Çlirim Ëmbla") >= 13


def test_deleting_the_whole_event_is_refused_in_the_admin_with_the_reason(admin_client, event):
    register_13(event)
    url = reverse("wagtailadmin_pages:delete", args=[event.pk])
    response = admin_client.post(url, follow=True)
    assert response.redirect_chain[0][1] == 302
    assert "cannot be deleted" in response.content.decode() or "nuk mund të fshihet" in (
        response.content.decode()
    )
    assert EventPage.objects.filter(pk=event.pk).exists()
    assert Registration.objects.count() == 13


def test_deleting_the_listing_above_the_event_is_refused_too(admin_client, event):
    register_13(event)
    listing = event.get_parent()
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[listing.pk]))
    assert EventPage.objects.filter(pk=event.pk).exists()


def test_bulk_delete_is_refused(admin_client, event):
    register_13(event)
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"]) + f"?id={event.pk}"
    response = admin_client.post(url, {"site_name": "x"})
    assert response.status_code == 302
    assert EventPage.objects.filter(pk=event.pk).exists()


def test_deleting_the_last_translation_is_refused_by_the_model(event, english):
    register_13(event)
    english.delete()
    assert Registration.objects.filter(event=event).count() == 13
    with pytest.raises(ProtectedError):
        EventPage.objects.get(pk=event.pk).delete()
    assert Registration.objects.count() == 13


def test_deletion_is_allowed_after_the_purge_and_the_counts_stay(admin_client, event):
    event.start, event.end = event.start.replace(year=2020), event.end.replace(year=2020)
    event.save()
    register_13(event)
    erase_personal_data(event.end.replace(year=2021))
    admin_client.post(reverse("wagtailadmin_pages:delete", args=[event.pk]))
    assert not EventPage.objects.filter(pk=event.pk).exists()
    rows = Registration.objects.all()
    assert rows.count() == 13 and rows.filter(status=S.CONFIRMED).count() == 5
    assert {row.event_label for row in rows} == {"Tryeza me KQZ-në"}


def test_the_data_migration_gives_existing_rows_their_title_and_keeps_everything(event):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("events.migrations.0002_keep_records_with_the_whole_page")
    register_13(event)
    Registration.objects.update(event_title="")
    before = list(Registration.objects.values_list("pk", "status", "email", "event_id"))
    migration.fill_titles(apps, None)
    assert list(Registration.objects.values_list("pk", "status", "email", "event_id")) == before
    assert set(Registration.objects.values_list("event_title", flat=True)) == {event.title}
    uuids = set(Registration.objects.values_list("public_id", flat=True))
    assert len(uuids) == 13 and None not in uuids
