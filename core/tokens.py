"""Links that stand in for a login: signed, expiring, single-purpose, with opaque ids.

A token names its object by `public_id` (a random UUID, never the sequential pk), carries its
expiry, and is signed with a salt per purpose, so a confirmation link cannot be used to withdraw
or manage. When the model defines `token_state()`, a digest of it goes into the token and must
still match when the link is used: the link dies when that state changes (Django's password reset
links work the same way), e.g. an edit link once its round of changes is answered.
"""

import datetime
import hashlib
import uuid
import zlib

from django.core import signing
from django.utils import timezone

SALT = "core.tokens"


def _fingerprint(obj):
    state = obj.token_state() if hasattr(obj, "token_state") else ""
    return hashlib.sha256(str(state).encode()).hexdigest()[:16]


class Link:
    def __init__(self, purpose):
        self.purpose = purpose
        self.signer = signing.Signer(salt=f"{SALT}.{purpose}")

    def make(self, obj, expires_at):
        """A token for `obj` valid until `expires_at` (a datetime, or a timedelta from now)."""
        if isinstance(expires_at, datetime.timedelta):
            expires_at = timezone.now() + expires_at
        payload = {
            "i": str(obj.public_id),
            "e": int(expires_at.timestamp()),
            "s": _fingerprint(obj),
        }
        return self.signer.sign_object(payload, compress=True)

    def read(self, token, queryset):
        """The object the token is for, or None when it is tampered with, for another purpose,
        expired, unknown, or its state has changed since it was made."""
        payload = self.payload(token)
        if payload is None:
            return None
        obj = queryset.filter(public_id=payload["i"]).first()
        if obj is None or _fingerprint(obj) != payload["s"]:
            return None
        return obj

    def payload(self, token):
        try:
            payload = self.signer.unsign_object(str(token or "")[:2000])
        except (signing.BadSignature, ValueError, TypeError, zlib.error):
            return None
        if not isinstance(payload, dict) or not {"i", "e", "s"} <= payload.keys():
            return None
        if not isinstance(payload["e"], int) or payload["e"] < timezone.now().timestamp():
            return None
        try:
            payload["i"] = str(uuid.UUID(str(payload["i"])))
        except ValueError:
            return None
        return payload
