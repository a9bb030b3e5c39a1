"""Request middleware: replica reads, and a friendly 503 while the database is down."""

import logging
import sys

from django.conf import settings
from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.cache import patch_cache_control

from factregister.languages import language_of_path
from factregister.routers import replica_reads_allowed

logger = logging.getLogger(__name__)

SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class ReplicaReadsMiddleware:
    """Let anonymous, read-only, public requests read from a replica.

    The admin, any request that writes (POST and the like) and anyone carrying a
    session cookie (an editor who may have just published something) read the
    primary, so replication lag never hides an editor's own change from them. The
    cookie is looked at, not the session: reading the session would make every
    public page vary on Cookie and spoil the shared cache.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/admin/"

    def __call__(self, request):
        allowed = (
            request.method in SAFE_METHODS
            and not request.path.startswith(self.admin_prefix)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
        )
        token = replica_reads_allowed.set(allowed)
        try:
            return self.get_response(request)
        finally:
            replica_reads_allowed.reset(token)


class DatabaseUnavailableMiddleware:
    """Answer a friendly 503 with Retry-After while the database cannot be reached.

    Pages get templates/503.html, the API a JSON body; neither touches the
    database or shows a traceback. A connection that failed is closed on the
    spot, so the next request opens a fresh one and the register recovers by
    itself once the database is back (CONN_HEALTH_CHECKS catches the ones that
    died between requests).

    Errors raised by views arrive through process_exception. One raised in
    another middleware has already become a 500 by the time it returns here;
    `note_database_failure` marks the request so that 500 becomes the 503 too.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        got_request_exception.connect(note_database_failure, dispatch_uid="factregister-database-unavailable")

    def __call__(self, request):
        response = self.get_response(request)
        if response.status_code == 500 and getattr(request, "database_unavailable", False):
            return database_unavailable_response(request)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_UNAVAILABLE):
            return database_unavailable_response(request)
        return None


# What a lost or refused connection raises (psycopg and sqlite3 errors arrive
# wrapped in these). OperationalError also covers a locked SQLite file or a
# cancelled statement: "try again shortly" is the right answer to those too.
DATABASE_UNAVAILABLE = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 15


def note_database_failure(sender, request=None, **kwargs):
    """got_request_exception receiver: remember that this request's 500 was the database's."""
    if request is not None and isinstance(sys.exc_info()[1], DATABASE_UNAVAILABLE):
        request.database_unavailable = True


def drop_broken_connections() -> None:
    """Close connections that failed so the next use reconnects instead of reusing a dead socket."""
    for conn in connections.all(initialized_only=True):
        if conn.connection is not None and not conn.in_atomic_block and not conn.is_usable():
            conn.close()


def database_unavailable_response(request) -> HttpResponse:
    logger.warning("Database unavailable while serving %s %s", request.method, request.path)
    response: HttpResponse
    drop_broken_connections()
    if request.path.startswith("/api/") or "application/json" in request.headers.get("Accept", ""):
        response = JsonResponse(
            {
                "detail": "The register's database cannot be reached just now. Try again shortly.",
                "retry_after": RETRY_AFTER_SECONDS,
            },
            status=503,
        )
    else:
        # Rendered without a request: no context processor runs, so nothing reads the database. In the
        # address's language, whichever layer the failure reached first.
        with translation.override(language_of_path(request.path_info)):
            page = render_to_string("503.html", {"retry_after": RETRY_AFTER_SECONDS})
        response = HttpResponse(page, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    patch_cache_control(response, no_store=True)
    return response
