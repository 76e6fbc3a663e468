"""Admin sign-in throttling: locked by username and client address together."""

import time
from datetime import timedelta

import pytest

from django.test import override_settings

from core.models import User

pytestmark = pytest.mark.django_db

PROXY = "10.0.0.5"
PASSWORD = "Zgjedhje-të-lira-2026!"


@pytest.fixture
def editor(db):
    return User.objects.create_user("drita", "drita@example.org", PASSWORD, is_superuser=True)


@pytest.fixture
def other_editor(db):
    return User.objects.create_user("arben", "arben@example.org", PASSWORD, is_superuser=True)


def sign_in(client, username, password, remote="203.0.113.7", forwarded=None):
    meta = {"REMOTE_ADDR": remote}
    if forwarded:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client.post("/admin/login/", {"username": username, "password": password}, **meta)


def signed_in(response):
    return response.status_code == 302 and "_auth_user_id" in response.client.session


def lock(client, username, **where):
    responses = [sign_in(client, username, "wrong", **where) for _ in range(5)]
    assert [r.status_code for r in responses[:4]] == [200] * 4  # the form, with its error
    assert responses[4].status_code == 429
    return responses[4]


def test_wrong_passwords_lock_that_user_from_that_address(client, editor):
    response = lock(client, "drita")
    html = response.content.decode()
    assert "Sign-in paused" in html and "15 minutes" in html
    assert "Hyrja u pezullua" in html and "15 minuta" in html  # the Albanian text first
    refused = sign_in(client, "drita", PASSWORD)
    assert refused.status_code == 429
    assert "_auth_user_id" not in client.session


def test_changing_the_case_or_spacing_of_the_username_does_not_buy_more_tries(client, editor):
    for name in ["drita", "Drita", " DRITA", "drita ", "dRiTa"]:
        last = sign_in(client, name, "wrong")
    assert last.status_code == 429


def test_the_same_user_from_another_address_is_not_locked(client, editor):
    lock(client, "drita", remote="198.51.100.9")
    assert signed_in(sign_in(client, "drita", PASSWORD, remote="203.0.113.7"))


def test_another_user_from_the_same_address_is_not_locked(client, editor, other_editor):
    lock(client, "drita")
    assert signed_in(sign_in(client, "arben", PASSWORD))


@override_settings(TRUSTED_PROXIES=[PROXY])
def test_another_editor_behind_the_same_proxy_is_not_locked(client, editor):
    lock(client, "drita", remote=PROXY, forwarded="203.0.113.7")
    # the attacker's own address is locked, whatever it writes in the header
    assert (
        sign_in(client, "drita", PASSWORD, remote=PROXY, forwarded="203.0.113.7").status_code == 429
    )
    forged = sign_in(client, "drita", PASSWORD, remote=PROXY, forwarded="1.2.3.4, 203.0.113.7")
    assert forged.status_code == 429
    # the editor herself, at her office behind the same proxy, signs in
    assert signed_in(sign_in(client, "drita", PASSWORD, remote=PROXY, forwarded="192.0.2.44"))


def test_an_untrusted_address_cannot_pick_its_identity_with_the_header(client, editor):
    for n in range(5):
        last = sign_in(client, "drita", "wrong", forwarded=f"192.0.2.{n}")
    assert last.status_code == 429


@override_settings(AXES_COOLOFF_TIME=timedelta(seconds=2))
def test_a_correct_password_after_lockout_is_refused_until_the_cool_off_ends(client, editor):
    lock(client, "drita")
    assert sign_in(client, "drita", PASSWORD).status_code == 429
    time.sleep(2.2)
    assert signed_in(sign_in(client, "drita", PASSWORD))


def test_a_success_resets_the_count(client, editor):
    for _ in range(4):
        sign_in(client, "drita", "wrong")
    assert signed_in(sign_in(client, "drita", PASSWORD))
    client.logout()
    for _ in range(4):
        assert sign_in(client, "drita", "wrong").status_code == 200


def test_the_counters_live_in_the_ratelimit_cache_not_the_default_one(client, editor):
    from django.core.cache import caches

    for _ in range(5):
        sign_in(client, "drita", "wrong")
    caches["default"].clear()  # a page-cache purge
    assert sign_in(client, "drita", PASSWORD).status_code == 429


def test_an_administrator_lifts_a_pause_with_axes_reset_ip_username(client, editor):
    from django.core.management import call_command

    lock(client, "Drita")
    call_command("axes_reset_ip_username", "203.0.113.7", "drita")
    assert signed_in(sign_in(client, "drita", PASSWORD))
