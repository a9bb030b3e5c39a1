"""`/healthz`: is the register able to serve? For load balancers and monitoring.

Answers JSON: 200 when the database and the cache both answer, 503 (with
Retry-After) when either does not. It names what failed but never how, so
nothing about the servers leaks to the public.
"""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from factregister.middleware import RETRY_AFTER_SECONDS, drop_broken_connections


def database_ok(alias: str) -> bool:
    try:
        with connections[alias].cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        drop_broken_connections()
        return False
    return True


def cache_ok() -> bool:
    # A key of its own: with one shared key, two checks at once (two app servers, or two workers of one)
    # read each other's value and both answered 503 to the balancer.
    key = f"healthz-probe-{uuid.uuid4().hex}"
    try:
        cache.set(key, "ok", 10)
        found = cache.get(key) == "ok"
        cache.delete(key)
        return found
    except Exception:  # noqa: BLE001 - each cache client raises its own errors (redis, memcached...)
        return False


@never_cache
@require_safe
def healthz(request):
    databases = {alias: database_ok(alias) for alias in [DEFAULT_DB_ALIAS, *settings.DATABASE_READ_REPLICAS]}
    checks: dict[str, str | dict[str, str]] = {
        "database": "ok" if databases[DEFAULT_DB_ALIAS] else "unavailable",
        "cache": "ok" if cache_ok() else "unavailable",
    }
    if settings.DATABASE_READ_REPLICAS:
        checks["replicas"] = {
            alias: "ok" if ok else "unavailable" for alias, ok in databases.items() if alias != DEFAULT_DB_ALIAS
        }
    healthy = checks["database"] == "ok" and checks["cache"] == "ok"
    response = JsonResponse({"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503)
    if not healthy:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response
