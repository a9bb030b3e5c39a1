"""When did anything the public can see last change?

Public pages and the feed use this for Last-Modified/ETag and as part of their
cache keys, so a publish, unpublish, correction or edit is visible at once.
It reads the newest history row of each model: one indexed query, on the
database the page itself reads (a replica for an anonymous reader), so a
lagging replica never gets its old rows cached under a newer stamp.

That query is most of what a cached page costs, so the stamp itself is kept in
the cache for settings.REGISTER_STAMP_SECONDS. Every history row written (every
save and delete through the ORM) clears it at once and again when its
transaction commits, and the importer does the same for the rows it copies in
bulk; `register_changed()` is the one call for any other writer. With a shared
cache that reaches every app server; with a per-process cache, other processes
see the change when their copy expires.
"""

import datetime
import functools
import hashlib

from django.conf import settings
from django.core.cache import cache
from django.db import connections, router, transaction
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils import timezone
from django.views.decorators.http import condition, require_safe
from simple_history.signals import post_create_historical_record

from claims.models import Claim

_TABLES = [
    "claims_historicalclaim",
    "claims_historicalevidence",
    "claims_historicalvisit",
    "claims_historicalmetric",
    "claims_historicalfollowup",
    "sources_historicalsource",
    "sources_historicaloutlet",
]
_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
STAMP_KEY = "register-stamp:{alias}"


def register_last_modified() -> datetime.datetime:
    """The time of the newest change to anything in the register (history rows include deletions)."""
    alias = router.db_for_read(Claim)
    seconds = settings.REGISTER_STAMP_SECONDS
    if seconds > 0:
        # Kept per database: a replica's stamp must come from the replica's own rows.
        key = STAMP_KEY.format(alias=alias)
        stamp = cache.get(key)
        if stamp is None:
            stamp = _read_stamp(alias)
            cache.set(key, stamp, seconds)
        return stamp
    return _read_stamp(alias)


def _read_stamp(alias: str) -> datetime.datetime:
    union = " UNION ALL ".join(f"SELECT MAX(history_date) AS changed FROM {table}" for table in _TABLES)
    with connections[alias].cursor() as cursor:
        cursor.execute(f"SELECT MAX(changed) FROM ({union}) AS latest")
        (value,) = cursor.fetchone()
    if value is None:
        return _EPOCH
    if isinstance(value, str):  # SQLite returns the aggregate of a subquery as text
        value = datetime.datetime.fromisoformat(value)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


def _forget_stamp() -> None:
    cache.delete_many([STAMP_KEY.format(alias=alias) for alias in settings.DATABASES])


def register_changed(using: str | None = None) -> None:
    """Forget the kept stamp now and when the current transaction commits.

    Now, so this process's next read does not serve the old one; at commit, so
    a reader that re-read the stamp before the commit made the change visible
    does not keep the old one for REGISTER_STAMP_SECONDS (queued once per
    transaction, however many rows it writes).
    """
    _forget_stamp()
    connection = transaction.get_connection(using)
    if not any(func is _forget_stamp for _, func, _ in connection.run_on_commit):
        transaction.on_commit(_forget_stamp, using=using)


@receiver(post_create_historical_record, dispatch_uid="register-freshness")
def _history_row_written(sender, history_instance, using=None, **kwargs):
    register_changed(using=using)


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
