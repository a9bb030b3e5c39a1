"""The public register's one door to the cache, and the stamp that says when it last changed.

Every public read (a page, a feed, the sitemap, the REST feed) is answered by
`serve()`: it makes the request conditional (ETag and Last-Modified from the
register's stamp, so an unchanged copy costs a 304) and marks the rendered
response to be kept; `PublicPageMiddleware` keeps it in the shared cache under a
key that carries the stamp and answers the next reader with it, before the
session, CSRF, auth and CSP layers. Pages get `serve()` through the
`public_page` decorator; the API's views call it from their dispatch.
`value()` keeps a computed value (a page's filter choices, a count over the
whole register) under the same stamp.

The stamp is the time of the register's newest change the public can see, and
only of those: an edit to a draft must not move it, or the headers would tell
outsiders when the desk works on what is not published. It is read from the
history rows of every model django-simple-history tracks, found from its
registry, and from any other dated rows a room adds with `watch_dates()`. The
rooms say which rows count (this package imports none of them): each narrows a
model's history to its public rows with `watch_history()`, or keeps all of them
out (an internal model); a model nobody narrowed counts whole, so a forgotten
one leaves pages fresh rather than stale. The stamp is read on the database the request reads (a
replica for an anonymous reader), so a lagging replica never gets its old rows
cached under a newer stamp. It is kept in the cache for
REGISTER_STAMP_SECONDS and forgotten whenever a history row is written (every
save and delete through the ORM) and when that transaction commits; the bulk
writers in factregister.history do the same. With a shared cache (REDIS_URL)
every app server sees a write at once.

Public views never read `request.user` or the session and render no CSRF token,
so their responses carry no cookie and are the same for everyone: that is what
makes them safe to share.
"""

import datetime
import functools
import hashlib
from collections.abc import Callable

from django.conf import settings
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connections, router, transaction
from django.db.models import QuerySet
from django.dispatch import receiver
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe
from simple_history.models import registered_models
from simple_history.signals import post_create_historical_record

# Bump when templates change in a way that must reach readers without a data change.
PAGE_VERSION = "1"
CACHE_SECONDS = 60 * 60
STAMP_KEY = "register-stamp:{alias}"
_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)

# --- What counts as a change ------------------------------------------------------------------
# model -> a function narrowing its history rows to those that change what the public sees
# (None: none do).
_history_filters: dict[type, Callable[[QuerySet], QuerySet] | None] = {}
# Other dated rows that mark a public change: (a function returning the rows, the date field).
_dated_rows: list[tuple[Callable[[], QuerySet], str]] = []


# The stamp's SQL, compiled once per database: the watched rows do not change while the process runs.
_stamp_sql: dict[str, tuple[str, list]] = {}


def watch_history(model, public: Callable[[QuerySet], QuerySet] | None) -> None:
    """Count only the history rows of `model` that `public(rows)` keeps; None: none of them (by default, all)."""
    _history_filters[model] = public
    _stamp_sql.clear()


def unwatched_history() -> list[type]:
    """The tracked models no room has said anything about: all their rows count."""
    return [model for model in registered_models.values() if model not in _history_filters]


def watch_dates(rows: Callable[[], QuerySet], field: str) -> None:
    """Count the newest `field` of `rows()` as a change too (for dated rows that keep no history)."""
    _dated_rows.append((rows, field))
    _stamp_sql.clear()


def _watched(alias: str) -> list[tuple[QuerySet, str]]:
    watched = []
    for model in registered_models.values():
        manager = getattr(model._meta, "simple_history_manager_attribute", None)
        if manager is None:
            continue
        public = _history_filters.get(model, lambda rows: rows)
        if public is None:
            continue
        rows = getattr(model, manager).using(alias).all()
        watched.append((public(rows), "history_date"))
    watched += [(rows().using(alias), field) for rows, field in _dated_rows]
    return watched


def _stamp_query(alias: str) -> tuple[str, list]:
    """The newest watched change, as one query: the newest row of each watched table, then the newest of those."""
    if alias not in _stamp_sql:
        parts, params = [], []
        for rows, field in _watched(alias):
            newest = rows.order_by(f"-{field}").values_list(field, flat=True)[:1]
            sql, part_params = newest.query.get_compiler(alias).as_sql()
            parts.append(f"SELECT ({sql}) AS changed")
            params += part_params
        union = " UNION ALL ".join(parts)
        _stamp_sql[alias] = (f"SELECT MAX(changed) AS register_stamp FROM ({union}) AS latest", params)
    return _stamp_sql[alias]


def _read_stamp(alias: str) -> datetime.datetime:
    sql, params = _stamp_query(alias)
    with connections[alias].cursor() as cursor:
        cursor.execute(sql, params)
        (value,) = cursor.fetchone()
    if value is None:
        return _EPOCH
    if isinstance(value, str):  # SQLite returns the aggregate of a subquery as text
        value = datetime.datetime.fromisoformat(value)
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


def register_last_modified() -> datetime.datetime:
    """The time of the register's newest public change, as the database this request reads has it."""
    alias = router.db_for_read(_any_watched_model())
    seconds = settings.REGISTER_STAMP_SECONDS
    if seconds <= 0:
        return _read_stamp(alias)
    # Kept per database: a replica's stamp must come from the replica's own rows.
    key = STAMP_KEY.format(alias=alias)
    stamp = cache.get(key)
    if stamp is None:
        stamp = _read_stamp(alias)
        cache.set(key, stamp, seconds)
    return stamp


def _any_watched_model():
    # The router picks the database for the request, not for a model; it asks for one all the same.
    return next(iter(registered_models.values()))


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


# --- The door ------------------------------------------------------------------------------------
def stamp(request: HttpRequest) -> datetime.datetime:
    """The register's stamp, read once per request."""
    found = getattr(request, "_register_stamp", None)
    if found is None:
        found = register_last_modified()
        setattr(request, "_register_stamp", found)  # noqa: B010 - HttpRequest declares no such attribute
    return found


def etag(request: HttpRequest, variant: str = "") -> str:
    """The response's validator: the stamp, the full address asked for (scheme, host, path, query), the variant.

    The scheme and host are part of it because pages and feeds link to the address they were asked on.
    """
    where = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    tag = f"{PAGE_VERSION}|{stamp(request).isoformat()}|{where}|{variant}"
    return hashlib.sha256(tag.encode()).hexdigest()[:32]


def serve(request: HttpRequest, respond: Callable[[], HttpResponse], *, variant: str = "", store: bool = True):
    """Answer a public read: 304 when the reader's copy is current, else `respond()`'s, marked to be kept.

    `variant` tells apart responses to one address (the API's formats). Only a 200
    without cookies is marked (and only when `store`); PublicPageMiddleware keeps the
    marked response as it leaves, its bytes and final headers alone, and answers the
    next reader of the address and variant with it under the same stamp.
    """
    tag, changed = etag(request, variant), int(stamp(request).timestamp())
    response = get_conditional_response(request, etag=quote_etag(tag), last_modified=changed)
    if response is None:
        response = respond()
        if hasattr(response, "render") and callable(response.render):
            response = response.render()
        if store and response.status_code == 200 and not response.cookies and not response.streaming:
            setattr(response, "public_page_key", _page_key(tag))  # noqa: B010 - HttpResponse declares no such attribute
    if response.status_code in (200, 304):
        response["ETag"] = quote_etag(tag)
        response["Last-Modified"] = http_date(changed)
        # Shared caches may keep a copy but must ask again each time; the ask is a cheap 304.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    return response


def _page_key(tag: str) -> str:
    return f"public-page:{tag}"


# Address prefixes whose reads the middleware may answer, each with the variant a request asks
# for (None: not one that is kept) and what must admit a request before a kept copy is given
# (a throttle: None to admit it, else the refusal). Rooms add theirs with `answer_early()`.
_early: list[tuple[str, Callable[[HttpRequest], str | None], Callable[[HttpRequest], HttpResponse | None]]] = []


def answer_early(
    prefix: str,
    *,
    variant: Callable[[HttpRequest], str | None],
    admit: Callable[[HttpRequest], HttpResponse | None],
) -> None:
    """Let PublicPageMiddleware answer kept reads under `prefix` (served with `variant`) once `admit` lets them."""
    _early.append((prefix, variant, admit))


class PublicPageMiddleware:
    """Answer a kept public read before the session, CSRF, authentication, messages and CSP layers.

    Those layers have nothing to do for a public read: its view reads no session or user and
    renders no CSRF token, and the headers they add (Content-Security-Policy, X-Frame-Options)
    are the same for every reader. So what `serve()` kept is kept once more on its way out,
    headers and all, and the next GET or HEAD of the same address and variant under the same
    stamp is answered here, conditional like any other (a 304 when the reader's copy is
    current). What sits above this layer (security headers, compression, CORS, replica
    routing, the 503 while the database is down) runs on every request as before.

    Pages are served with no variant. Under /api/ only the prefixes a room registered with
    `answer_early()` are answered here, after their `admit` (the feed's throttle counts every
    read it answers); the admin never is.
    """

    SKIPPED_PREFIXES = ("/api/", "/admin/")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        path = request.path_info
        rule = next(((variant, admit) for prefix, variant, admit in _early if path.startswith(prefix)), None)
        if rule is None and path.startswith(self.SKIPPED_PREFIXES):
            return self.get_response(request)
        variant, admit = rule or (None, None)
        wanted = variant(request) if variant else ""
        if wanted is None:
            return self.get_response(request)
        try:
            key = _page_key(etag(request, wanted))
        except (OperationalError, InterfaceError):
            # The stamp could not be read: the view meets the same failure, and the layers above
            # know what to answer then.
            return self.get_response(request)
        kept = cache.get(key)
        if kept is not None:
            refused = admit(request) if admit else None
            if refused is not None:
                return refused
            current = get_conditional_response(
                request, etag=kept["ETag"], last_modified=int(stamp(request).timestamp())
            )
            if current is None:
                return kept
            for header in ("ETag", "Last-Modified", "Cache-Control"):
                current[header] = kept[header]
            return current
        response = self.get_response(request)
        if getattr(response, "public_page_key", None) == key and not response.cookies:
            cache.set(key, HttpResponse(response.content, status=200, headers=dict(response.items())), CACHE_SECONDS)
        return response


def public_page(view):
    """A read-only public view served through the door: cached, shared, and conditional."""

    @require_safe
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        return serve(request, lambda: view(request, *args, **kwargs))

    return wrapper


def value(request: HttpRequest | None, name: str, compute: Callable):
    """`compute()`'s value, kept in the shared cache until the register changes.

    For figures that scan the whole published register (a page's choices, an
    aggregate) but change only when the register does. With a request, the
    stamp it has already read is reused: no query at all on a hit.
    """
    current = stamp(request) if request is not None else register_last_modified()
    key = f"register-data:{name}:{current.isoformat()}|{PAGE_VERSION}"
    found = cache.get(key)
    if found is None:
        found = compute()
        cache.set(key, found, CACHE_SECONDS)
    return found
