"""Background work as deployed: emails and Wagtail's indexing queued in the database and run by
the worker (`manage.py db_worker`); a failing SMTP server delays an email but never loses it."""

import datetime

import pytest
from django_tasks_db.models import DBTaskResult

from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone

from wagtail.models import Page

from core import mailqueue
from core.demo import ensure_locales
from core.mail import send
from home.demo import ensure_home
from home.factories import StandardPageFactory

QUEUED = {
    "TASKS": {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}},
    "EMAIL_BACKEND": "core.mailqueue.QueuedEmailBackend",
    "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}
# A real SMTP client talking to a port where nothing listens: the connection is refused.
DEAD_SMTP = {
    **QUEUED,
    "EMAIL_DELIVERY_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_PORT": 9,
    "EMAIL_TIMEOUT": 2,
    "EMAIL_MAX_ATTEMPTS": 2,
}


def run_worker():
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def send_one():
    send(
        "core/emails/new_link",
        "person@example.org",
        "sq",
        {"url": "https://example.org/x"},
        attachments=[
            ("event.ics", "BEGIN:VCALENDAR\r\nSUMMARY:Tryeza e rrumbullakët\r\n", "text/calendar")
        ],
    )


def test_a_message_survives_the_queue_whole():
    message = mail.EmailMultiAlternatives("Çështje ë", "Tekst", "a@example.org", ["b@example.org"])
    message.attach_alternative("<p>Tekst</p>", "text/html")
    message.attach("a.ics", b"BEGIN:VCALENDAR", "text/calendar")
    copy = mailqueue.from_payload(mailqueue.to_payload(message))
    assert (copy.subject, copy.to, copy.alternatives[0][0]) == (
        "Çështje ë",
        ["b@example.org"],
        "<p>Tekst</p>",
    )
    assert copy.attachments[0][1] == "BEGIN:VCALENDAR"  # text/* parts come back as text


@pytest.mark.django_db(transaction=True)
@override_settings(**QUEUED)
def test_an_email_waits_for_the_worker_and_then_goes_out():
    send_one()
    assert mail.outbox == []  # the request did not talk to any mail server
    assert DBTaskResult.objects.count() == 1
    run_worker()
    assert [m.to for m in mail.outbox] == [["person@example.org"]]
    assert mail.outbox[0].attachments[0][0] == "event.ics"


@pytest.mark.django_db(transaction=True)
@override_settings(**DEAD_SMTP)
def test_a_failing_mail_server_gets_retries_with_a_delay_then_a_record_of_the_failure():
    send_one()
    run_worker()
    first, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert first.status == "SUCCESSFUL" and first.return_value == "retrying"
    assert retry.status == "READY" and retry.run_after > timezone.now()  # later, not now
    assert retry.args_kwargs["args"][1] == 2
    DBTaskResult.objects.filter(pk=retry.pk).update(run_after=timezone.now())
    run_worker()
    retry.refresh_from_db()
    assert retry.status == "FAILED"  # the last attempt failed for good and is kept
    assert "Connection refused" in str(retry.exception_class_path) + str(retry.traceback)


def test_retries_wait_longer_each_time():
    delays = [mailqueue.retry_delay(n) for n in range(1, 6)]
    assert delays == sorted(delays) and delays[0] == datetime.timedelta(minutes=1)


@pytest.mark.django_db(transaction=True)
def test_wagtails_indexing_runs_on_the_worker_and_search_stays_right():
    ensure_locales()  # transactional tests start from whatever the previous one left
    with override_settings(**QUEUED):
        page = StandardPageFactory(parent=ensure_home(), title="Vëzhguesit e qendrave të votimit")
        assert not Page.objects.live().search("vëzhguesit").results()  # queued, not yet indexed
        run_worker()
        assert page.pk in [p.pk for p in Page.objects.live().search("vëzhguesit")]


@pytest.mark.django_db(transaction=True)
def test_a_search_cached_before_the_worker_indexed_a_page_is_purged_when_it_has(client):
    """Publishing purges at commit, but the index follows on the worker: a search in between
    (cached, finding nothing) must not outlive the indexing."""
    ensure_locales()
    title = "Vëzhguesit e qendrave të votimit në Kukës"
    with override_settings(**QUEUED, SEARCH_RESULTS_CACHE_SECONDS=120):
        StandardPageFactory(parent=ensure_home(), title=title)
        url = "/sq/kerko/?q=vezhguesit"
        assert title not in client.get(url).content.decode()  # queued: not found yet
        run_worker()
        assert title in client.get(url).content.decode()
