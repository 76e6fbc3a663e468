"""Local development: debug on, console email, SQLite, no environment needed."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-dev-only-not-for-production"  # noqa: F405
ALLOWED_HOSTS = ALLOWED_HOSTS or ["127.0.0.1", "localhost"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}  # noqa: F405
PUBLIC_CACHE_MAX_AGE = 0
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "0"))  # noqa: F405 - templates change under you
SERVE_MEDIA = True
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # Write-ahead log, synced at checkpoints rather than at every commit: `make demo` commits
    # thousands of times, and waiting for the disk at each made it take minutes for 40 s of work.
    # A crash of the server loses nothing; a power cut at worst the last commits.
    DATABASES["default"]["OPTIONS"]["init_command"] = (  # noqa: F405
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL"
    )

try:  # git-ignored, machine-specific overrides
    from .local import *  # noqa: F403
except ImportError:
    pass
