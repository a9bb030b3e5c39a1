"""Limits on the work one client can make the register do: a counter per client address and window.

A fixed window counted in the default cache (Redis when REDIS_URL is set): `cache.add` opens the
window's counter, `cache.incr` counts, one atomic step whatever the rate and however many app hosts
count at once. A client may use up to twice the rate across a window boundary, the usual price of a
fixed window. The REST feed's throttle (api.throttling) and the public pages' limit
(`PageWorkLimit`, used by factregister.publiccache) both count this way, by the client address
factregister.addresses.client_address gives.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.html import format_html
from django.utils.translation import gettext

from factregister.addresses import client_address

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_rate(rate: str | None) -> tuple[int, int] | None:
    """'120/minute' as (120, 60): requests and seconds. None or an empty rate means no limit."""
    if not rate:
        return None
    count, period = rate.split("/")
    return int(count), PERIODS[period.strip()[0]]


def count_in_window(key: str, duration: int, now: float | None = None) -> tuple[int, float]:
    """Count one more request under `key` in the current window of `duration` seconds.

    Returns the count so far in the window, and the time the window ends.
    """
    window = int((time.time() if now is None else now) // duration)
    counter = f"{key}:{window}"
    cache.add(counter, 0, duration + 1)
    try:
        count = cache.incr(counter)
    except ValueError:  # expired between the add and the increment
        cache.set(counter, 1, duration + 1)
        count = 1
    return count, float((window + 1) * duration)


def retry_after(window_ends: float) -> int:
    """Whole seconds until the window ends, at least one."""
    return max(1, int(-(-(window_ends - time.time()) // 1)))


class PageWorkLimit:
    """How many public pages one client address may have the register render per period (PUBLIC_PAGE_RATE).

    Only pages the register has to render count: a page answered from the shared cache costs
    next to nothing and is never refused. Past the limit the client gets a 429 with Retry-After
    and a short plain page saying when to try again.
    """

    scope = "public-page-work"

    def refusal(self, request) -> HttpResponse | None:
        """Count this request's page work: None while within the limit, else the 429 to answer."""
        rate = parse_rate(settings.PUBLIC_PAGE_RATE)
        address = client_address(request)
        if rate is None or address is None:
            return None
        allowed, duration = rate
        count, window_ends = count_in_window(f"limit:{self.scope}:{address}", duration)
        if count <= allowed:
            return None
        return too_many_requests(retry_after(window_ends))


def too_many_requests(seconds: int) -> HttpResponse:
    """A plain 429 page for readers, with Retry-After in whole seconds."""
    title = gettext("Too many requests")
    text = gettext(
        "Your address has asked for more pages than the register serves to one reader in a short time. "
        "Please try again in %(seconds)s seconds."
    ) % {"seconds": seconds}
    body = format_html(
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{}</title></head>'
        "<body><h1>{}</h1><p>{}</p></body></html>",
        title,
        title,
        text,
    )
    response = HttpResponse(body, status=429, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(seconds)
    response["Cache-Control"] = "no-store"
    return response
