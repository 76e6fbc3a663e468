"""Wagtail's default Site record follows SITE_URL.

Wagtail builds every absolute page URL (the sitemap, the API's `html_url`, `Page.full_url` in
emails) from the Site record's hostname and port, which `migrate` leaves at localhost:80. This
sets them from SITE_URL: by `manage.py sync_site` (`make run` and deployments run it) and after
every `migrate`. Running it again changes nothing.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections

from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def address(site_url):
    """(hostname, port) of a URL such as https://zgjedhje.al or http://127.0.0.1:8000."""
    parts = urlsplit(site_url)
    scheme = parts.scheme.lower()
    if scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"SITE_URL must be an http(s) address, not {site_url!r}")
    port = parts.port or DEFAULT_PORTS[scheme]
    if scheme == "https" and port != 443:  # Wagtail's Site.root_url says http for other ports
        raise ValueError(
            f"SITE_URL: Wagtail's Site record serves https on port 443 only ({site_url!r})"
        )
    return parts.hostname, port


def sync_default_site(site_url=None, using=DEFAULT_DB_ALIAS):
    """Point the default Site at SITE_URL; returns the Site when it changed, else None."""
    hostname, port = address(settings.SITE_URL if site_url is None else site_url)
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is None or (site.hostname, site.port) == (hostname, port):
        return None
    site.hostname, site.port = hostname, port
    site.save(update_fields=["hostname", "port"])
    return site


def after_migrate(using=DEFAULT_DB_ALIAS, **kwargs):
    """post_migrate receiver (core's), once Wagtail's Site table exists."""
    if Site._meta.db_table in connections[using].introspection.table_names():
        sync_default_site(using=using)
