"""One rate limiter for every public form, on the shared `ratelimit` cache.

Limits count per client (the real address, core.security.client_ip) and per recipient email
address, in fixed windows. A form asks `limit.exceeded(request, email)` before it acts, and
counts with `limit.hit(request, email)` only once the input passed validation, so that typos in a
CSO office behind one shared connection do not lock it out, while the per-recipient count stops
the form being used to mail-bomb someone.

The `ratelimit` cache alias is apart from the page and data caches: purging them never resets a
limit. On Redis (production) counters are shared by every worker and survive restarts.
"""

import hashlib
import time
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches

from core.security import client_ip

CACHE_ALIAS = "ratelimit"


def _digest(value):
    return hashlib.sha256(value.encode()).hexdigest()[:32]


def normalise_email(email):
    """One key per mailbox however it is typed (case, compatibility forms, outer spaces)."""
    return unicodedata.normalize("NFKC", (email or "").strip()).casefold()


@dataclass(frozen=True)
class Limit:
    """`per_client` / `per_recipient` are numbers or the names of settings holding them."""

    scope: str
    per_client: int | str
    per_recipient: int | str | None = None
    window: int = 3600

    def _allowed(self, value):
        return getattr(settings, value) if isinstance(value, str) else value

    def _keys(self, request, recipient):
        bucket = int(time.time() // self.window)
        keys = [(f"rl:{self.scope}:{bucket}:c:{_digest(client_ip(request))}", self.per_client)]
        if recipient and self.per_recipient is not None:
            mailbox = _digest(normalise_email(recipient))
            keys.append((f"rl:{self.scope}:{bucket}:r:{mailbox}", self.per_recipient))
        return keys

    def exceeded(self, request, recipient=None):
        """True when the client, or the recipient, has used up its attempts in this window."""
        cache = caches[CACHE_ALIAS]
        keys = self._keys(request, recipient)
        counts = cache.get_many([key for key, _ in keys])
        return any(counts.get(key, 0) >= self._allowed(limit) for key, limit in keys)

    def hit(self, request, recipient=None):
        """Count one valid attempt for the client and the recipient."""
        cache = caches[CACHE_ALIAS]
        for key, _ in self._keys(request, recipient):
            cache.add(key, 0, timeout=self.window)
            try:
                cache.incr(key)
            except ValueError:  # expired between add and incr
                cache.set(key, 1, timeout=self.window)
