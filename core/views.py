from django.core.cache import caches
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET

from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap

from core.mail import absolute
from core.sitemaps import LocalizedSitemap


@require_GET
@cache_control(public=True, max_age=3600)
def sitemap(request):
    return wagtail_sitemap(request, sitemaps={"pages": LocalizedSitemap})


@require_GET
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        "Disallow: /i18n/",
        "",
        f"Sitemap: {absolute(reverse('sitemap'))}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")


def _reachable(check):
    try:
        check()
    except Exception:  # any failure means "not reachable"
        return False
    return True


def _database():
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")


def _caches():
    for alias in ("default", "pages", "ratelimit"):
        caches[alias].get("health")


@never_cache
@require_GET
def health(request):
    """For load balancers and monitoring: 200 when the database and the caches answer, else
    503. Says nothing else."""
    status = {"database": _reachable(_database), "cache": _reachable(_caches)}
    body = {name: "ok" if up else "unreachable" for name, up in status.items()}
    return JsonResponse(body, status=200 if all(status.values()) else 503)
