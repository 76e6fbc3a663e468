"""Settings shared by every environment, safe for production as they stand.

DEBUG is off; secrets and hosts come from the environment. `dev.py` and `test.py` relax
what they must; `production.py` insists on what production needs.
"""

import os
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

from cso_site.settings.search import search_backends

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_bool(name, default=False):
    """Read a boolean from the environment: 1/true/yes/on are true."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated list from the environment."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "core",
    "home",
    "publications",
    "organisations",
    "campaigns",
    "events",
    "search",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail.api.v2",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "rest_framework",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.CacheHeadersMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "cso_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "cso_site.wsgi.application"

# DATABASE_URL, e.g. postgres://user:password@host:5432/name; else SQLite in the project folder.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Take the write lock when a transaction starts, so concurrent registrations for the last
    # seat queue up instead of both reading "one seat left" (PostgreSQL uses SELECT FOR UPDATE).
    DATABASES["default"].setdefault("OPTIONS", {})["transaction_mode"] = "IMMEDIATE"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "core.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages: Albanian first (the default), then English.
LANGUAGE_CODE = "sq"
LANGUAGES = [("sq", "Shqip"), ("en", "English")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# locale/: the site's own strings (`make messages` rewrites it). locale_admin/: the Albanian
# translation of Wagtail's and wagtail-localize's admin (domains django and djangojs), which they
# do not ship; makemessages never writes there. Earlier entries win, so the site's own wording
# takes precedence where a msgid is shared.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale_admin"]
# Languages offered under Account -> Preferred language. Without a choice, the admin follows the
# browser (LocaleMiddleware) when it is one of these, else LANGUAGE_CODE.
WAGTAILADMIN_PERMITTED_LANGUAGES = [("sq", "Shqip"), ("en", "English")]
# Password reset emails in the recipient's preferred admin language, not the requester's browser's.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "core.admin_forms.PasswordResetForm"  # noqa: S105
WAGTAILADMIN_USER_LOGIN_FORM = "core.admin_forms.LoginForm"  # a translated "Password" label
LANGUAGE_COOKIE_NAME = "cso_language"
TIME_ZONE = "Europe/Tirane"
USE_I18N = True
USE_TZ = True
FORMAT_MODULE_PATH = ["cso_site.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
SERVE_MEDIA = env_bool("SERVE_MEDIA")  # let Django serve MEDIA_ROOT (small deployments only)
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Email: SMTP unless a settings module says otherwise (console in dev, locmem in tests).
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# Security defaults that hold everywhere; production.py adds HTTPS-only settings.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"  # Wagtail's preview views override this for themselves
SESSION_COOKIE_HTTPONLY = True

# --- The shared foundation (see docs/security.md) -----------------------------------------------
# REDIS_URL: the shared cache of every worker (redis://host:6379/0). Unset under `make run` and
# the tests: each process then keeps its own memory. Production refuses to start without it.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
# TRUSTED_PROXIES: addresses or networks (comma-separated) of the reverse proxies in front of the
# site; X-Forwarded-For is read only from them (core.security.client_ip). Empty: trust no header.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
# SITE_URL: the public address every email link, the sitemap and the API use.
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").strip().rstrip("/")


def cache_settings(redis_url):
    """The default cache and, apart from it, the one that holds rate limits and lockouts: no
    purge of the default cache (pages, suggestions) can reset them."""
    if not redis_url:
        return {
            "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
            "ratelimit": {
                "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
                "LOCATION": "ratelimit",
            },
        }
    redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    return {
        "default": {**redis, "KEY_PREFIX": "cache"},
        "ratelimit": {**redis, "KEY_PREFIX": "limits"},
    }


CACHES = cache_settings(REDIS_URL)

# Seconds a shared cache may keep a public page (see core.middleware.CacheHeadersMiddleware).
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "300"))

# Wagtail
WAGTAIL_SITE_NAME = _("Elections and Civil Society")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
WAGTAILSEARCH_BACKENDS = search_backends(os.environ, DATABASES["default"]["ENGINE"])
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# A new translation goes live only when its translator publishes it, never with the
# untranslated (Albanian) text copied from the source.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
PUBLICATION_PDF_MAX_SIZE = int(os.environ.get("PUBLICATION_PDF_MAX_SIZE", 40 * 1024 * 1024))
PUBLICATION_PDF_SYNC_LIMIT = int(os.environ.get("PUBLICATION_PDF_SYNC_LIMIT", 5 * 1024 * 1024))
SUPPORT_RATE_LIMIT = int(os.environ.get("SUPPORT_RATE_LIMIT", "10"))  # pledges per IP per hour
ORGANISATION_APPLICATION_RATE_LIMIT = int(  # organisation applications per IP per hour
    os.environ.get("ORGANISATION_APPLICATION_RATE_LIMIT", "5")
)
ORGANISATION_LOGO_MAX_SIZE = int(os.environ.get("ORGANISATION_LOGO_MAX_SIZE", str(2 * 1024 * 1024)))
REGISTRATION_RATE_LIMIT = int(os.environ.get("REGISTRATION_RATE_LIMIT", "10"))  # per IP per hour
CALENDAR_UID_DOMAIN = os.environ.get("CALENDAR_UID_DOMAIN", "cso-elections.example.org")
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "90"))
