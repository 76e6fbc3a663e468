"""Costly cached values missed by several requests at the same moment are filled once
(core.fragments.read_or_fill with `once`: a search's counts and hits): the others wait for
them, and fill them themselves when the first fails or takes longer than the lock lives.

Two threads stand for two workers, on the test cache (locmem, shared by threads as a process's
memory is) and on a real Redis (db 10, each test's keys under its own prefix)."""

import threading
import time
import uuid

import pytest

from core import fragments


@pytest.fixture(params=["locmem", "redis"])
def shared_cache(request):
    """Two keys of the test cache: locmem, or a real Redis (`on_redis`)."""
    if request.param == "redis":
        _server, prefix = request.getfixturevalue("on_redis")
    else:
        prefix = f"locmem-{uuid.uuid4().hex[:12]}"
    return [f"{prefix}:a", f"{prefix}:b"]


class Holder(threading.Thread):
    """A request that misses `keys` first and fills them when `release` is set (raising when
    told to), as a worker counting a search does."""

    def __init__(self, keys, fills, fail=False):
        super().__init__(daemon=True)
        self.keys, self.fills, self.fail = keys, fills, fail
        self.filling, self.release = threading.Event(), threading.Event()
        self.result = self.error = None

    def fill(self, missing):
        self.fills.append(("holder", list(missing)))
        self.filling.set()
        assert self.release.wait(10)
        if self.fail:
            raise RuntimeError("the database went away")
        return {key: f"value of {key}" for key in missing}

    def run(self):
        try:
            self.result = fragments.read_or_fill(self.keys, self.fill, 60, once=True)
        except RuntimeError as error:
            self.error = error

    def __enter__(self):
        self.start()
        assert self.filling.wait(10)
        return self

    def __exit__(self, *_exc):
        self.release.set()
        self.join(10)


def waiter_fill(fills):
    def fill(missing):
        fills.append(("waiter", list(missing)))
        return {key: f"value of {key}" for key in missing}

    return fill


def test_the_second_request_waits_for_the_first_and_nothing_is_filled_twice(
    shared_cache, monkeypatch
):
    keys, fills, pauses = shared_cache, [], []
    with Holder(keys, fills) as holder:

        def pause(seconds):
            pauses.append(seconds)
            holder.release.set()  # the first finishes while the second waits
            time.sleep(seconds)

        monkeypatch.setattr(fragments, "_sleep", pause)
        waited = fragments.read_or_fill(keys, waiter_fill(fills), 60, once=True)
    expected = {key: f"value of {key}" for key in keys}
    assert waited == holder.result == expected
    assert fills == [("holder", keys)]
    assert pauses  # it did wait
    assert fragments.read_or_fill(keys, waiter_fill(fills), 60, once=True) == expected
    assert len(fills) == 1


def test_when_the_first_fails_the_waiting_one_fills_it(shared_cache):
    keys, fills = shared_cache, []
    with Holder(keys, fills, fail=True) as holder:
        threading.Timer(0.05, holder.release.set).start()
        waited = fragments.read_or_fill(keys, waiter_fill(fills), 60, once=True)
    assert isinstance(holder.error, RuntimeError)
    assert waited == {key: f"value of {key}" for key in keys}
    assert [who for who, _keys in fills] == ["holder", "waiter"]


def test_a_lock_held_too_long_delays_the_others_only_while_it_lives(shared_cache, monkeypatch):
    keys, fills = shared_cache, []
    monkeypatch.setattr(fragments, "LOCK_SECONDS", 1)  # whole seconds on Redis
    with Holder(keys, fills):
        started = time.monotonic()
        waited = fragments.read_or_fill(keys, waiter_fill(fills), 60, once=True)
        assert 0.9 < time.monotonic() - started < 5
    assert waited == {key: f"value of {key}" for key in keys}
    assert [who for who, _keys in fills] == ["holder", "waiter"]


def test_values_already_kept_are_read_without_a_lock(shared_cache, monkeypatch):
    keys, fills = shared_cache, []
    fragments.read_or_fill(keys[:1], waiter_fill(fills), 60, once=True)
    with Holder(keys[1:], fills):  # another request is filling the other key
        monkeypatch.setattr(fragments, "_sleep", lambda _s: pytest.fail("waited for nothing"))
        assert fragments.read_or_fill(keys[:1], waiter_fill(fills), 60, once=True) == {
            keys[0]: f"value of {keys[0]}"
        }
    assert [who for who, _keys in fills] == ["waiter", "holder"]
