"""Production: everything that matters comes from the environment, or startup fails clearly."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def required_env(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(
            f"The environment variable {name} must be set in production (see README.md)."
        )
    return value


DEBUG = False
SECRET_KEY = required_env("SECRET_KEY")
ALLOWED_HOSTS = required_env("ALLOWED_HOSTS").split(",")
required_env("DATABASE_URL")
REDIS_URL = required_env("REDIS_URL")  # rate limits and caches must be shared by every worker
CACHES = cache_settings(REDIS_URL, PAGES_REDIS_URL)  # noqa: F405
SITE_URL = required_env("SITE_URL").rstrip("/")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", SITE_URL)

SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
# Preloading is a promise to browsers' built-in lists that is slow to undo: only when asked for.
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)  # noqa: F405
if not SECURE_HSTS_PRELOAD:
    SILENCED_SYSTEM_CHECKS = ["security.W021"]  # "preload is not set": deliberately so
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True

# Emails and other background work go through the database queue and its worker
# (`manage.py db_worker`); a slow or failing SMTP server never slows a request.
if os.environ.get("TASKS_BACKEND", "database") != "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    EMAIL_BACKEND = "core.mailqueue.QueuedEmailBackend"
