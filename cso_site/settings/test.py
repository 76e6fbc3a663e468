"""Tests: fast hasher, in-memory email and cache. DATABASE_URL picks PostgreSQL for CI."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = cache_settings("")  # noqa: F405 - tests that need Redis say so (core/tests/test_ratelimit.py)
SITE_URL = "http://testserver"
TRUSTED_PROXIES = []
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"
# The test database is thrown away: no waiting for the disk at each commit (the migrations, the
# demo and the transactional tests commit thousands of times; on a busy disk that wait was most
# of their time).
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file, not memory: the concurrency tests open one connection per thread.
    DATABASES["default"]["TEST"] = {"NAME": str(BASE_DIR / ".test-db.sqlite3")}  # noqa: F405
    DATABASES["default"]["OPTIONS"]["init_command"] = "PRAGMA synchronous=OFF"  # noqa: F405
else:
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
SERVE_MEDIA = True
PAGE_CACHE_SECONDS = 0  # core/tests turn it on where they test it
SEARCH_LEMMA_TABLE = BASE_DIR / "core" / "tests" / "data" / "lemmas.tsv"  # noqa: F405 - a small table, never the shipped one
