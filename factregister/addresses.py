"""Addresses: the register's own public address, and the address of the client a request came from.

The register's public address is where its permalinks, feeds, sitemap, API and ClaimReview point.

REGISTER_PUBLIC_URL when it is set (production sets it: `check --deploy` warns
when it is not): every absolute link a page, feed, sitemap or API answer carries
is then built from it, whatever host the request named. Otherwise the address
the request came in on, so that a developer serving on another port
(`PORT=8001 make run`) gets links that work; outside a request (a command),
http://127.0.0.1:8000. The public cache keys every answer on the scheme and host
as well (factregister.publiccache.etag), so with several ALLOWED_HOSTS one
address's links are never served to another.

The client's address (`client_address`) trusts X-Forwarded-For only as far as
TRUSTED_PROXY_COUNT proxies wrote it; the API throttle and the login lockout share it.
"""

import contextvars
import ipaddress
import os

from django.conf import settings
from django.core.checks import Error, Warning, register

DEFAULT = "http://127.0.0.1:8000"
_request = contextvars.ContextVar("register_request", default=None)


class RequestAddressMiddleware:
    """Remembers the request being served, for public_address()."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request.set(request)
        try:
            return self.get_response(request)
        finally:
            _request.reset(token)


def public_address() -> str:
    """The register's public base address, without a trailing slash."""
    if settings.REGISTER_PUBLIC_URL:
        return settings.REGISTER_PUBLIC_URL
    request = _request.get()
    if request is not None:
        return f"{request.scheme}://{request.get_host()}"
    return DEFAULT


def absolute(path: str) -> str:
    return f"{public_address()}{path}"


@register(deploy=True)
def public_address_is_set(app_configs, **kwargs):
    if settings.REGISTER_PUBLIC_URL:
        return []
    return [
        Warning(
            "REGISTER_PUBLIC_URL is not set: links in feeds, the sitemap, the API and ClaimReview will use "
            "whatever host a request names.",
            hint="Set REGISTER_PUBLIC_URL to the register's public address, e.g. https://register.example.org.",
            id="factregister.W001",
        )
    ]


# --- The client's address ------------------------------------------------------------------
def client_address(request) -> str | None:
    """The address of the client that sent `request`, as far as the register can trust it.

    With TRUSTED_PROXY_COUNT = 0 the connection's own address (REMOTE_ADDR): X-Forwarded-For is
    written by the client and ignored. With N proxies in front, each appending the address it was
    called from, the client is the N-th address from the end of X-Forwarded-For (what the
    outermost trusted proxy saw); anything before it is the client's own say. The API throttle
    and the login lockout (django-axes) both count by this address.
    """
    connection = request.META.get("REMOTE_ADDR")
    proxies = settings.TRUSTED_PROXY_COUNT
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if proxies <= 0 or not forwarded.strip():
        return connection
    hops = [hop.strip() for hop in forwarded.split(",")]
    client = hops[-min(proxies, len(hops))]
    try:
        return str(ipaddress.ip_address(client))
    except ValueError:  # fewer proxies than configured, or a header no proxy wrote
        return connection


# Names earlier versions read; the register now reads TRUSTED_PROXY_COUNT alone.
FORMER_PROXY_SETTINGS = ("API_NUM_PROXIES", "AXES_PROXY_COUNT")


@register()
def one_proxy_setting(app_configs, **kwargs):
    return [
        Error(
            f"The environment sets {name}, which the register no longer reads.",
            hint="Set TRUSTED_PROXY_COUNT instead (the number of proxies in front of the app; see docs/deploy.md), "
            f"and remove {name}.",
            id="factregister.E001",
        )
        for name in FORMER_PROXY_SETTINGS
        if os.environ.get(name, "").strip() not in ("", "0")
    ]
