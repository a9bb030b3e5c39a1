"""Conditional GET and a shared page cache for the public register.

Every public response is stamped with `register_last_modified()` (one query,
itself kept in the cache for REGISTER_STAMP_SECONDS and forgotten by every
write): it is the Last-Modified date, it makes the ETag, and it is part of the
cache key. Publishing, unpublishing, correcting or editing anything writes a
history row, which moves the stamp, so browsers get a fresh page and the cache
is bypassed at once; nothing has to be purged by hand. A cached page costs no
query at all.

Public views never read `request.user` or the session and render no CSRF token,
so the responses carry no cookie, do not vary on Cookie and are the same for
everyone: that is what makes them safe to share.
"""

import functools
import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.views.decorators.http import condition, require_safe

from claims.freshness import register_last_modified

# Bump when templates change in a way that must reach readers without a data change.
PAGE_VERSION = "1"
CACHE_SECONDS = 60 * 60


def register_stamp(request, *args, **kwargs):
    """The register's last change, read once per request."""
    if not hasattr(request, "_register_stamp"):
        request._register_stamp = register_last_modified()
    return request._register_stamp


def register_etag(request, *args, **kwargs):
    stamp = register_stamp(request).isoformat()
    digest = hashlib.sha256(f"{PAGE_VERSION}|{stamp}|{request.get_full_path()}".encode()).hexdigest()
    return digest[:32]


def stamped(name: str, compute, *, request=None):
    """`compute()`'s value, kept in the shared cache until the register changes.

    For figures that scan the whole published register (a page's choices, an
    aggregate) but change only when the register does. With a request, the
    stamp it has already read is reused: no query at all on a hit.
    """
    stamp = register_stamp(request) if request is not None else register_last_modified()
    key = f"register-data:{name}:{stamp.isoformat()}|{PAGE_VERSION}"
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, CACHE_SECONDS)
    return value


def stored_response(key: str) -> HttpResponse | None:
    """The response `cached_response` stored under `key`, if there is one."""
    return cache.get(f"{key}|{PAGE_VERSION}")


def cached_response(key: str, respond) -> HttpResponse:
    """The response stored under `key` in the shared cache, or `respond()`'s, rendered and stored.

    `key` must carry the register stamp, so any change to the register moves it.
    What is stored is the rendered bytes and headers alone: a DRF response would
    otherwise pickle its data and a template response its context alongside.
    Only a 200 without cookies is shared; anything else is answered and forgotten.
    """
    response = stored_response(key)
    if response is not None:
        return response
    key = f"{key}|{PAGE_VERSION}"
    response = respond()
    if hasattr(response, "render") and callable(response.render):
        response = response.render()
    if response.status_code != 200 or response.cookies or response.streaming:
        return response
    lean = HttpResponse(response.content, status=response.status_code, headers=dict(response.items()))
    cache.set(key, lean, CACHE_SECONDS)
    return lean


def _cached(view):
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        return cached_response(f"public-page:{register_etag(request)}", lambda: view(request, *args, **kwargs))

    return wrapper


def public_page(view):
    """Read-only, cacheable, answers 304 when nothing changed since the reader's copy."""
    conditional = require_safe(condition(etag_func=register_etag, last_modified_func=register_stamp)(_cached(view)))

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = conditional(request, *args, **kwargs)
        # Shared caches may keep a copy but must ask again each time; the ask is a cheap 304.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        return response

    return wrapper
