"""The page cache on a real Redis (db 10): hits across processes' shared memory, purges by
generation, and rate limits in their own key space untouched by any purge.

Each test gives every cache alias a key prefix of its own and deletes only its own keys: both
tests used to empty database 10, and on two xdist workers one test's FLUSHDB landed between the
other's MISS and HIT (6 failures in 6 runs of `-n 2` on this file alone; 2 in 5 whole suites)."""

import uuid

import pytest
import redis

from django.core.cache import caches

from core import pagecache
from cso_site.settings.base import cache_settings

pytestmark = pytest.mark.django_db
REDIS_URL = "redis://127.0.0.1:6379/10"


@pytest.fixture
def on_redis(page_cache):
    """(server, prefix): the three aliases on Redis, each key starting with `prefix`."""
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    aliases = cache_settings(REDIS_URL)
    for alias in aliases.values():
        alias["KEY_PREFIX"] = f"{prefix}-{alias['KEY_PREFIX']}"
    page_cache.CACHES = aliases
    server = redis.Redis.from_url(REDIS_URL)
    yield server, prefix
    keys = list(server.scan_iter(f"{prefix}-*"))
    if keys:
        server.delete(*keys)


def test_pages_are_shared_through_redis_and_purged_by_generation(client, home, on_redis):
    server, prefix = on_redis
    assert client.get(home.url)["X-Cache"] == "MISS"
    assert client.get(home.url)["X-Cache"] == "HIT"
    caches["ratelimit"].set("client:203.0.113.9", 3, 3600)
    spaces = {key.decode().split(":")[0] for key in server.scan_iter(f"{prefix}-*")}
    # each alias in its own key space
    assert spaces == {f"{prefix}-pages", f"{prefix}-limits", f"{prefix}-cache"}
    pagecache.bump()
    assert client.get(home.url)["X-Cache"] == "MISS"
    assert caches["ratelimit"].get("client:203.0.113.9") == 3
    assert client.get(home.url)["X-Cache"] == "HIT"


def test_a_lost_generation_key_never_revives_old_pages(client, home, on_redis):
    server, prefix = on_redis
    client.get(home.url)
    assert server.delete(f"{prefix}-pages:1:generation") == 1
    assert client.get(home.url)["X-Cache"] == "MISS"
