"""Who is asking: the client's real address, read through the reverse proxies we trust.

Behind nginx every request comes from the proxy's address; the client's own address is the last
entry of `X-Forwarded-For` that a trusted proxy appended. The header is read only when the request
comes from an address in `TRUSTED_PROXIES` (addresses or networks), and entries are walked from
the right, skipping our own proxies, so a client cannot choose its address by sending the header
itself. The rate limiter (core.ratelimit) and the admin sign-in lockout (django-axes) both use it.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies):
    networks = []
    for entry in proxies:
        try:
            networks.append(ipaddress.ip_network(entry.strip(), strict=False))
        except ValueError:
            continue  # a typo in the setting trusts nothing rather than failing every request
    return tuple(networks)


def _address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def is_trusted_proxy(address):
    address = _address(address) if isinstance(address, str) else address
    networks = _networks(tuple(settings.TRUSTED_PROXIES))
    return address is not None and any(address in network for network in networks)


def client_ip(request):
    """The client's address: REMOTE_ADDR, or, when that is a trusted proxy, the right-most
    address in X-Forwarded-For that is not one of our proxies."""
    remote = request.META.get("REMOTE_ADDR", "")
    if not is_trusted_proxy(remote):
        return remote
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    for entry in reversed(forwarded.split(",")):
        address = _address(entry)
        if address is None:
            return remote  # a malformed chain: fall back to what we know
        if not is_trusted_proxy(address):
            return str(address)
    return remote
