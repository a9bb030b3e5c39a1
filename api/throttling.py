"""The feed's throttle: a counter per client and window in the shared cache, and its 429 answer."""

from django.http import JsonResponse
from rest_framework.settings import api_settings
from rest_framework.throttling import SimpleRateThrottle

from factregister.addresses import client_address
from factregister.limits import count_in_window


def throttled_response(wait: float) -> JsonResponse:
    """The 429 DRF would give, with Retry-After in whole seconds."""
    seconds = max(1, int(-(-wait // 1)))
    response = JsonResponse({"detail": f"Request was throttled. Expected available in {seconds} seconds."}, status=429)
    response["Retry-After"] = str(seconds)
    return response


def admit_read(request) -> JsonResponse | None:
    """The feed's throttle, counted on every read whether answered from the cache or not: None, or the 429."""
    throttle = FeedRateThrottle()
    if not throttle.allow_request(request, None):
        return throttled_response(throttle.wait())
    return None


class FeedRateThrottle(SimpleRateThrottle):
    """Anonymous throttling through the default cache (Redis when REDIS_URL is set).

    A counter per client and fixed window (factregister.limits.count_in_window), not
    DRF's list of every request time in the window: that list is read, grown and
    written back whole on each request, so its cost grows with the rate, and two
    hosts writing it at once lose each other's requests. An increment is one
    atomic step on Redis whatever the rate. A client may use up to twice the rate
    across a window boundary; that is the usual price of a fixed window.

    DRF copies DEFAULT_THROTTLE_RATES onto the class when the module is
    imported, so a changed setting would go unseen; reading it per request
    keeps the rate a setting in fact.

    It reads only the client's address (request.META), so it takes a plain
    Django request as well as DRF's: the feed counts a request before its
    cache is consulted. The feed is anonymous, so every caller is counted.
    The address is the one the login lockout uses too: X-Forwarded-For counts
    only as far as TRUSTED_PROXY_COUNT says proxies wrote it.
    """

    scope = "feed"
    # Set from the rate by SimpleRateThrottle.__init__ (parse_rate), which rest_framework-stubs leaves undeclared.
    num_requests: int
    duration: int

    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)

    def get_ident(self, request):
        return client_address(request)

    def get_cache_key(self, request, view):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def allow_request(self, request, view):
        if self.rate is None:
            return True
        self.key = self.get_cache_key(request, view)
        if self.key is None:
            return True
        count, self.window_ends = count_in_window(self.key, self.duration, now=self.timer())
        return count <= self.num_requests

    def wait(self):
        return max(1.0, self.window_ends - self.timer())
