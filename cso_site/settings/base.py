"""Settings shared by every environment, safe for production as they stand.

DEBUG is off; secrets and hosts come from the environment. `dev.py` and `test.py` relax
what they must; `production.py` insists on what production needs.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url

from django.utils.translation import gettext_lazy as _

from wagtail.embeds.oembed_providers import vimeo as oembed_vimeo
from wagtail.embeds.oembed_providers import youtube as oembed_youtube

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
    "dialogue",
    "recommendations",
    "contact",
    "search",
    "roles",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "roles.apps.RolesUsersConfig",  # wagtail.users, groups named in the admin language
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
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.headers.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.CacheHeadersMiddleware",
    "core.pagecache.PageCacheMiddleware",  # a hit skips everything below
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.redirects.SubRouteRedirectMiddleware",  # a renamed page's sub-routes and filters
    "axes.middleware.AxesMiddleware",  # last: turns a locked-out sign-in into its page
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
# ASCII slugs: "Kutitë e votimit" -> kutite-e-votimit (the admin's script and the server both fold
# ë -> e, ç -> c), so addresses in citations, share links and emails are never percent-encoded.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
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
# What the task worker delivers queued email with (production queues: core.mailqueue).
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_MAX_ATTEMPTS = int(os.environ.get("EMAIL_MAX_ATTEMPTS", "6"))  # then it fails for good
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))  # seconds per SMTP conversation
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


def cache_settings(redis_url, pages_url=""):
    """The default cache (suggestions, facet counts), the page cache (`pages`, core.pagecache)
    and, apart from them, the one that holds rate limits and lockouts: no purge of pages can
    reset them. `pages_url` may put the pages on another Redis (see docs/deployment.md)."""
    if not redis_url:
        locmem = "django.core.cache.backends.locmem.LocMemCache"
        return {
            "default": {"BACKEND": locmem},
            "pages": {"BACKEND": locmem, "LOCATION": "pages", "OPTIONS": {"MAX_ENTRIES": 2000}},
            "ratelimit": {"BACKEND": locmem, "LOCATION": "ratelimit"},
        }
    redis = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": redis_url}
    return {
        "default": {**redis, "KEY_PREFIX": "cache"},
        "pages": {**redis, "LOCATION": pages_url or redis_url, "KEY_PREFIX": "pages"},
        "ratelimit": {**redis, "KEY_PREFIX": "limits"},
    }


PAGES_REDIS_URL = os.environ.get("PAGES_REDIS_URL", "").strip()
CACHES = cache_settings(REDIS_URL, PAGES_REDIS_URL)

# The page cache (core.pagecache): seconds a page may stay at most (0 turns it off), the query
# parameters it knows (every listing's filters and the search page's; any other parameter
# bypasses it), and the dates at which pages change without an edit.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600"))
# A search result page's content, for every visitor (search.views): seconds at most, 0 = never.
SEARCH_RESULTS_CACHE_SECONDS = int(os.environ.get("SEARCH_RESULTS_CACHE_SECONDS", "120"))
# A search's counts (total, facets) and hits for the same requests, until the content changes
# (search.counts): seconds at most, 0 = never.
SEARCH_COUNTS_CACHE_SECONDS = int(os.environ.get("SEARCH_COUNTS_CACHE_SECONDS", "600"))
PAGE_CACHE_PARAMETERS = frozenset(
    {"page", "q", "sort", "kind", "topic", "year", "type", "organisation", "election"}
    | {"audience", "county", "focus", "municipality"}
    | {"institution", "status", "source"}  # the recommendations register
)
PAGE_CACHE_BOUNDARIES = {
    "events.EventPage": ("start", "end", "registration_opens", "registration_closes"),
    "campaigns.CampaignPage": ("start_date", "end_date"),
    "dialogue.ConsultationPage": ("opens_at", "closes_at"),
}
CSRF_FAILURE_VIEW = "core.csrf.csrf_failure"

# A CDN or Varnish in front (wagtail.contrib.frontend_cache purges it on publish), e.g.
# FRONTEND_CACHE_URL=http://varnish:8000 (an HTTP PURGE endpoint) or
# FRONTEND_CACHE_URL=cloudflare://ZONE_ID with CLOUDFLARE_BEARER_TOKEN.
FRONTEND_CACHE_URL = os.environ.get("FRONTEND_CACHE_URL", "").strip()

# Seconds a shared cache may keep a public page (see core.middleware.CacheHeadersMiddleware).
PUBLIC_CACHE_MAX_AGE = int(os.environ.get("PUBLIC_CACHE_MAX_AGE", "300"))

# Wagtail
WAGTAIL_SITE_NAME = _("Elections and Civil Society")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", SITE_URL)
WAGTAILSEARCH_BACKENDS = search_backends(os.environ, DATABASES["default"]["ENGINE"])
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]  # never svg (script)
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", WAGTAILADMIN_BASE_URL)
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILEMBEDS_RESPONSIVE_HTML = True
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# A new translation goes live only when its translator publishes it, never with the
# untranslated (Albanian) text copied from the source.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False


def frontend_cache_settings(url, token=""):
    if url.startswith("cloudflare://"):
        zone = url.removeprefix("cloudflare://")
        backend = "wagtail.contrib.frontend_cache.backends.CloudflareBackend"
        return {"cdn": {"BACKEND": backend, "ZONEID": zone, "BEARER_TOKEN": token}}
    if url:
        backend = "wagtail.contrib.frontend_cache.backends.HTTPBackend"
        return {"cdn": {"BACKEND": backend, "LOCATION": url}}
    return {}


WAGTAILFRONTENDCACHE = frontend_cache_settings(
    FRONTEND_CACHE_URL, os.environ.get("CLOUDFLARE_BEARER_TOKEN", "")
)

# ADMINS: "Name <address>, Other <address>" or plain addresses: Django's default logging mails
# them every server error (500) when DEBUG is off.
ADMINS = [
    (entry.split("<")[0].strip() or entry, entry.split("<")[-1].rstrip(">").strip())
    for entry in env_list("ADMINS")
]

# Background work (django-tasks): run at once here; production.py uses the database queue and a
# worker (`manage.py db_worker`, deploy/). TASKS_BACKEND=immediate turns the worker off.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
PUBLICATION_PDF_MAX_SIZE = int(os.environ.get("PUBLICATION_PDF_MAX_SIZE", 40 * 1024 * 1024))
PUBLICATION_PDF_SYNC_LIMIT = int(os.environ.get("PUBLICATION_PDF_SYNC_LIMIT", 5 * 1024 * 1024))
SUPPORT_RATE_LIMIT = int(os.environ.get("SUPPORT_RATE_LIMIT", "10"))  # pledges per IP per hour
ORGANISATION_APPLICATION_RATE_LIMIT = int(  # organisation applications per client per hour
    os.environ.get("ORGANISATION_APPLICATION_RATE_LIMIT", "5")
)
# days before unanswered applications are purged and edit links expire (purge_applications)
ORGANISATION_APPLICATION_RETENTION_DAYS = int(
    os.environ.get("ORGANISATION_APPLICATION_RETENTION_DAYS", "180")
)
ORGANISATION_LOGO_MAX_SIZE = int(os.environ.get("ORGANISATION_LOGO_MAX_SIZE", str(2 * 1024 * 1024)))
REGISTRATION_RATE_LIMIT = int(os.environ.get("REGISTRATION_RATE_LIMIT", "10"))  # per IP per hour
CALENDAR_UID_DOMAIN = os.environ.get("CALENDAR_UID_DOMAIN", "cso-elections.example.org")
REGISTRATION_RETENTION_DAYS = int(os.environ.get("REGISTRATION_RETENTION_DAYS", "90"))
# How long an unconfirmed registration holds its seat (shorter when the event starts sooner).
REGISTRATION_HOLD_HOURS = int(os.environ.get("REGISTRATION_HOLD_HOURS", "24"))
# Emailed about registrations awaiting approval when an event names no organisers' address.
EVENT_ORGANISERS_GROUP = "Event organisers"
# Emails one recipient address may be sent per hour by the registration, pledge and new-link forms.
REGISTRATION_RECIPIENT_RATE_LIMIT = int(os.environ.get("REGISTRATION_RECIPIENT_RATE_LIMIT", "5"))
# Days after a campaign ends before purge_supporters removes its supporters' personal data.
SUPPORT_RETENTION_DAYS = int(os.environ.get("SUPPORT_RETENTION_DAYS", "30"))
SUPPORT_RECIPIENT_RATE_LIMIT = int(os.environ.get("SUPPORT_RECIPIENT_RATE_LIMIT", "5"))
NEW_LINK_RATE_LIMIT = int(os.environ.get("NEW_LINK_RATE_LIMIT", "10"))  # per client per hour
CONTACT_RATE_LIMIT = int(os.environ.get("CONTACT_RATE_LIMIT", "5"))  # messages per client per hour
# Days the Contact page's messages are kept before purge_contact_messages deletes them.
CONTACT_RETENTION_DAYS = int(os.environ.get("CONTACT_RETENTION_DAYS", "90"))
# One retention per kind of personal data, each purged by its purge_* command (core.purge) and all
# of them daily by purge_personal_data. The *_RETENTION_DAYS names above are the environment
# variables that set them; code reads this dict (core.purge.retention_days).
PERSONAL_DATA_RETENTION_DAYS = {
    "registrations": REGISTRATION_RETENTION_DAYS,  # after the event ends
    "supporters": SUPPORT_RETENTION_DAYS,  # after the campaign ends
    "applications": ORGANISATION_APPLICATION_RETENTION_DAYS,  # after the decision or last change
    "contact_messages": CONTACT_RETENTION_DAYS,  # after the message arrives
    "dialogue_unconfirmed": int(os.environ.get("DIALOGUE_UNCONFIRMED_RETENTION_DAYS", "7")),
}

# --- Web security: headers, embeds, uploads, admin sign-in (branch web; docs/security.md) -------
# Content-Security-Policy (core.headers): frames on public pages only from these video providers,
# the only ones the embed blocks accept (WAGTAILEMBEDS_FINDERS below).
CSP_FRAME_SRC = env_list(
    "CSP_FRAME_SRC",
    "https://www.youtube.com,https://www.youtube-nocookie.com,https://player.vimeo.com",
)
CSP_ADMIN_IMG_SRC = env_list("CSP_ADMIN_IMG_SRC", "https://i.ytimg.com,https://i.vimeocdn.com")
CSP_REPORT_URI = os.environ.get("CSP_REPORT_URI", "")  # optional: where browsers report violations
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [oembed_youtube, oembed_vimeo]}
]
# Where vulnerabilities are reported (/.well-known/security.txt, SECURITY.md).
SECURITY_CONTACT_EMAIL = os.environ.get("SECURITY_CONTACT_EMAIL", "security@zgjedhje.example.org")
# Editors' avatars are not fetched from Gravatar: no third party learns who uses the admin.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Nor does the dashboard ask releases.wagtail.org for updates (the admin's CSP would block it).
WAGTAIL_ENABLE_UPDATE_CHECK = False

# Admin sign-in throttling (django-axes, core.signin): failures counted per username AND client
# address (read through TRUSTED_PROXIES), so one attacker behind the office proxy cannot lock out
# every editor, in the "ratelimit" cache (shared Redis in production; nothing personal kept in the
# database, counters expire by themselves). A success resets that pair's count.
AUTHENTICATION_BACKENDS = [
    "core.signin.ThrottledBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.cache.AxesCacheHandler"
AXES_CACHE = "ratelimit"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_CLIENT_IP_CALLABLE = "core.security.client_ip"
AXES_USERNAME_CALLABLE = "core.signin.username"
AXES_LOCKOUT_CALLABLE = "core.signin.lockout_response"
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
AXES_RESET_ON_SUCCESS = True
AXES_ENABLE_ADMIN = False  # the cache handler keeps no records to show
if not REDIS_URL:
    # Without Redis (`make run`, tests) the counters live in one process's memory: fine there.
    SILENCED_SYSTEM_CHECKS = ["axes.W001"]
