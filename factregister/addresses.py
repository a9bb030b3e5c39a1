"""The register's public address: where its permalinks, feeds, sitemap, API and ClaimReview point.

REGISTER_PUBLIC_URL when it is set (production sets it: `check --deploy` warns
when it is not): every absolute link a page, feed, sitemap or API answer carries
is then built from it, whatever host the request named. Otherwise the address
the request came in on, so that a developer serving on another port
(`PORT=8001 make run`) gets links that work; outside a request (a command),
http://127.0.0.1:8000. The public cache keys every answer on the scheme and host
as well (factregister.publiccache.etag), so with several ALLOWED_HOSTS one
address's links are never served to another.
"""

import contextvars

from django.conf import settings
from django.core.checks import Warning, register

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
