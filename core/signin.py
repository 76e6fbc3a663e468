"""Admin sign-in throttling with django-axes: who is trying, and what a locked-out person sees.

Failures are counted per (username, client address) in the "ratelimit" cache (see settings), so
an attacker guessing one editor's password is stopped, while the same editor signing in from
elsewhere, and every other editor behind the same office proxy, are not. The client address is
read through the trusted proxies (core.security.client_ip).
"""

import math

from axes.backends import AxesStandaloneBackend

from django.conf import settings
from django.contrib.auth.backends import ModelBackend
from django.shortcuts import render


def username(request, credentials=None):
    """The username tried, trimmed and case-folded, so "Admin" and "admin " count together."""
    source = credentials if credentials is not None else getattr(request, "POST", {})
    value = source.get(settings.AXES_USERNAME_FORM_FIELD) or ""
    return str(value).strip().casefold()


def lockout_response(request, original_response=None, credentials=None):
    """A bilingual page, answered with 429, saying how long to wait."""
    minutes = math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    context = {"minutes": minutes}
    return render(request, "core/lockout.html", context, status=429)


class ThrottledBackend(AxesStandaloneBackend):
    """django-axes's check, for sign-ins made through a request (every sign-in over the web);
    code that authenticates without one (shell, tests' client.login) is not throttled."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)

    def get_user(self, user_id):
        """Sessions started with force_login name the first backend: load users as Django's."""
        return ModelBackend().get_user(user_id)
