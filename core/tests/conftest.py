import uuid

import pytest
import redis

from cso_site.settings.base import cache_settings

REDIS_URL = "redis://127.0.0.1:6379/10"


@pytest.fixture
def page_cache(settings):
    """The page cache on (the test settings turn it off for the rest of the suite)."""
    settings.PAGE_CACHE_SECONDS = 600
    return settings


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run what would happen when the change's transaction commits (the purge among it)."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture
def on_redis(settings):
    """(server, prefix): every cache alias on a real Redis (db 10), each key starting with
    `prefix`; only those keys are deleted afterwards. (Emptying the database instead let one
    xdist worker's FLUSHDB land between another's MISS and HIT.)"""
    prefix = f"test-{uuid.uuid4().hex[:12]}"
    aliases = cache_settings(REDIS_URL)
    for alias in aliases.values():
        alias["KEY_PREFIX"] = f"{prefix}-{alias['KEY_PREFIX']}"
    settings.CACHES = aliases
    server = redis.Redis.from_url(REDIS_URL)
    yield server, prefix
    keys = list(server.scan_iter(f"{prefix}-*"))
    if keys:
        server.delete(*keys)
