"""Tells the database router when a request may read from a replica."""

from django.conf import settings

from factregister.routers import replica_reads_allowed

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
