"""The page cache on a real Redis (db 10): hits across processes' shared memory, purges by
generation, and rate limits in their own key space untouched by any purge.

Each test gives every cache alias a key prefix of its own and deletes only its own keys
(`on_redis`, core/tests/conftest.py): both tests used to empty database 10, and on two xdist
workers one test's FLUSHDB landed between the other's MISS and HIT (6 failures in 6 runs of
`-n 2` on this file alone; 2 in 5 whole suites)."""

import pytest

from django.core.cache import caches

from core import pagecache

pytestmark = pytest.mark.django_db


def test_pages_are_shared_through_redis_and_purged_by_generation(
    client, home, page_cache, on_redis
):
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


def test_a_lost_generation_key_never_revives_old_pages(client, home, page_cache, on_redis):
    server, prefix = on_redis
    client.get(home.url)
    assert server.delete(f"{prefix}-pages:1:generation") == 1
    assert client.get(home.url)["X-Cache"] == "MISS"
