"""`make run` prints the development admin login for the address it serves."""

import io

import pytest

from django.contrib.auth import authenticate
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_the_dev_admin_is_printed_for_the_served_address(settings):
    settings.DEBUG = True
    out = io.StringIO()
    call_command("ensure_dev_admin", "--address", "0.0.0.0:9000", stdout=out)
    assert "http://0.0.0.0:9000/admin/" in out.getvalue()
    assert authenticate(username="admin", password="admin-dev-only").is_superuser


def test_the_dev_admin_is_refused_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError):
        call_command("ensure_dev_admin")
