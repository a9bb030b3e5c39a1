"""The public register's one way to the cache, and the stamp that says when it last changed.

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
outsiders when the desk works on what is not published. It is the newest
`PublicChange` row. The write core (claims.services.core) decides which of its
writes the public sees and calls `public_change()` for them, in their
transaction, whichever way the rows are written (save, bulk writes, COPY);
`migrate` moves it too. The stamp is read on the database the request reads (a
replica for an anonymous reader), so a lagging replica never gets its old rows
kept under a newer stamp. It is kept in the cache for REGISTER_STAMP_SECONDS
and forgotten at once when a public change is written and again when its
transaction commits. With a shared cache (REDIS_URL) every app server sees a
write at once.

A page is kept once per address and the query parameters it reads: each public view names
them (`public_page(reads=...)`, the API's views from their filters and pagination), and any
other parameter (`?utm_source=...`, a cache-busting `?x=1`) is dropped from the request before
the key is made and before the view sees it. The page is the same without them, so it is
answered as if they had not been sent; a redirect to the clean address would cost every such
reader a second request and lose nothing more. Each client address may have only so many pages
rendered per period (PUBLIC_PAGE_RATE, factregister.limits); a kept page is answered whatever
the count.

Public views never read `request.user` or the session and render no CSRF token,
so their responses carry no cookie and are the same for everyone: that is what
makes them safe to share.
"""

import datetime
import functools
import hashlib
import logging
from collections.abc import Callable, Iterable

from django.conf import settings
from django.core.cache import cache
from django.db import (
    DEFAULT_DB_ALIAS,
    DatabaseError,
    InterfaceError,
    OperationalError,
    router,
    transaction,
)
from django.http import HttpRequest, HttpResponse, HttpResponseBase, QueryDict
from django.urls import Resolver404, resolve
from django.utils import timezone, translation
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import http_date, quote_etag
from django.views.decorators.http import require_safe

from factregister.languages import language_of_path
from factregister.limits import PageWorkLimit
from factregister.models import PublicChange

logger = logging.getLogger(__name__)

# Bump when templates change in a way that must reach readers without a data change.
PAGE_VERSION = "1"
CACHE_SECONDS = 60 * 60
STAMP_KEY = "register-stamp:{alias}"
_EPOCH = datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC)
# Rows older than this are removed once a newer one is written: only the newest counts.
KEEP_CHANGES = datetime.timedelta(days=1)


# --- The stamp ---------------------------------------------------------------------------------
def _read_stamp(alias: str) -> datetime.datetime:
    value = PublicChange.objects.using(alias).order_by("-at").values_list("at", flat=True).first()
    if value is None:
        return _EPOCH
    if timezone.is_naive(value):
        value = timezone.make_aware(value, datetime.UTC)
    return value


def register_last_modified() -> datetime.datetime:
    """The time of the register's newest public change, as the database this request reads has it."""
    alias = router.db_for_read(PublicChange)
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


def _forget_stamp() -> None:
    cache.delete_many([STAMP_KEY.format(alias=alias) for alias in settings.DATABASES])


def public_change(using: str | None = None, *, at: datetime.datetime | None = None) -> None:
    """Record that what the public sees has changed: in the current transaction, and again once it commits.

    The row written now commits with the change, whatever happens after. The row written after the
    commit is later than anything a reader kept meanwhile: a page read between this row's time and the
    commit (another transaction's newer row already visible, this one's change not yet) is kept under
    an older stamp than the one after the commit. The kept stamp is forgotten both times.
    """
    alias = using or DEFAULT_DB_ALIAS
    PublicChange.objects.using(alias).create(at=at or timezone.now())
    _forget_stamp()
    connection = transaction.get_connection(alias)
    if connection.in_atomic_block and not any(func is _committed for _, func, _ in connection.run_on_commit):
        transaction.on_commit(_committed, using=alias)


def _committed() -> None:
    _forget_stamp()
    now = timezone.now()
    try:
        PublicChange.objects.create(at=now)
        PublicChange.objects.filter(at__lt=now - KEEP_CHANGES).delete()
    except DatabaseError:
        # The change is committed and its own row with it; only the second row is lost, and the
        # stamp then moves at the next change.
        logger.warning("The freshness stamp's row after a commit could not be written", exc_info=True)


def migrated(**kwargs) -> None:
    """After `migrate`: a data migration may have changed what the public sees."""
    using = kwargs.get("using") or DEFAULT_DB_ALIAS
    PublicChange.objects.using(using).create(at=timezone.now())
    _forget_stamp()


# --- Serving -------------------------------------------------------------------------------------
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


def serve(
    request: HttpRequest, respond: Callable[[], HttpResponseBase], *, variant: str = "", store: bool = True
) -> HttpResponseBase:
    """Answer a public read: 304 when the reader's copy is current, else `respond()`'s, marked to be kept.

    `variant` tells apart responses to one address (the API's formats). Only a 200
    without cookies is marked (and only when `store`); PublicPageMiddleware keeps the
    marked response as it leaves, its bytes and final headers alone, and answers the
    next reader of the address and variant with it under the same stamp.
    """
    tag, changed = etag(request, variant), int(stamp(request).timestamp())
    conditional = get_conditional_response(request, etag=quote_etag(tag), last_modified=changed)
    response: HttpResponseBase
    if conditional is not None:
        response = conditional
    else:
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
# (a throttle: None to admit it, else the refusal). Apps add theirs with `answer_early()`.
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

    Pages are served with no variant. Under /api/ only the prefixes an app registered with
    `answer_early()` are answered here, after their `admit` (the feed's throttle counts every
    read it answers); the admin never is.
    """

    SKIPPED_PREFIXES = ("/api/", "/admin/")
    limit = PageWorkLimit()

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in ("GET", "HEAD") or request.path_info.startswith("/admin/"):
            return self.get_response(request)
        reads = page_query(request)
        if reads is None:  # not a public read: a download, the health check, a 404
            return self.get_response(request)
        clean_query(request, reads)
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
        if admit is None:
            # A page that must be rendered counts against its reader's limit (the API's reads are
            # counted by their own throttle, kept or not).
            refused = self.limit.refusal(request)
            if refused is not None:
                return refused
        response = self.get_response(request)
        if getattr(response, "public_page_key", None) == key and not response.cookies:
            cache.set(key, HttpResponse(response.content, status=200, headers=dict(response.items())), CACHE_SECONDS)
        return response


def public_page(view=None, *, reads: Iterable[str] = ()):
    """A read-only public view served through `serve()`: cached, shared, and conditional.

    `reads` names the query parameters the view reads (`@public_page(reads=["page"])`); any other
    is dropped before the view is called and before the page's key is made.
    """
    if view is None:
        return functools.partial(public_page, reads=reads)

    @require_safe
    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        clean_query(request, frozenset(reads))
        return serve(request, lambda: view(request, *args, **kwargs))

    setattr(wrapper, "public_query", frozenset(reads))  # noqa: B010 - read by page_query()
    return wrapper


# --- The query parameters a page reads ------------------------------------------------------------
def page_query(request: HttpRequest) -> frozenset[str] | None:
    """The query parameters the public read at the request's address reads; None if it is no public read.

    A view served through `public_page` (or the API's PublicReadMixin) carries them as `public_query`.
    The address is resolved in its own language, as AddressLocaleMiddleware (below this layer) will.
    """
    path = request.path_info
    with translation.override(language_of_path(path)):
        try:
            match = resolve(path, getattr(request, "urlconf", None))
        except Resolver404:
            return None
    return getattr(match.func, "public_query", None)


def clean_query(request: HttpRequest, reads: frozenset[str]) -> None:
    """Keep in the request's query only the parameters in `reads`, as the reader ordered them.

    `?utm_source=x&page=2` and `?page=2&fbclid=y` both become `?page=2`: one page, one key.
    """
    if "\x00" in request.META.get("QUERY_STRING", "") or "%00" in request.META.get("QUERY_STRING", ""):
        return  # left whole for factregister.badinput, which answers it with a 400 naming the parameter
    query = QueryDict(mutable=True)
    for name, values in request.GET.lists():
        if name in reads:
            query.setlist(name, values)
    encoded = query.urlencode()
    if encoded != request.META.get("QUERY_STRING", ""):
        request.META["QUERY_STRING"] = encoded
        query._mutable = False
        request.GET = query  # type: ignore[assignment]


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
