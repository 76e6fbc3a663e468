"""URL configuration.

Language-neutral URLs (admin, API, sitemap, robots, language switch, media) come first; every
public page lives under its language prefix (`/sq/...`, `/en/...`), and `/` redirects to the
visitor's preferred language (LocaleMiddleware).
"""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.generic import RedirectView

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from core import csrf as core_csrf
from core import views as core_views
from core.api import api_router
from core.securitytxt import security_txt

private_urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
]

public_urlpatterns = [
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", core_views.sitemap, name="sitemap"),
    path("robots.txt", core_views.robots_txt, name="robots_txt"),
    path(".well-known/security.txt", security_txt, name="security_txt"),
    path("favicon.ico", RedirectView.as_view(url=settings.STATIC_URL + "img/favicon.svg")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("health/", core_views.health, name="health"),
    path("csrf/", core_csrf.csrf_cookie, name="csrf_cookie"),
]

urlpatterns = private_urlpatterns + public_urlpatterns

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

if settings.SERVE_MEDIA:  # development and tests; production serves media from its web server
    from core.media import serve_media

    media_prefix = settings.MEDIA_URL.strip("/")
    urlpatterns += [
        re_path(
            rf"^{media_prefix}/(?P<path>.*)$", serve_media, {"document_root": settings.MEDIA_ROOT}
        )
    ]

urlpatterns += i18n_patterns(
    path("", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
