"""The shared cache (Redis), as an optimisation the register can lose: a dead Redis is a cache miss.

Everything the cache holds can be rebuilt from the database: rendered public
pages, the freshness stamp, computed values (factregister.publiccache) and the
API throttle's counters. So when Redis cannot be reached (stopped, restarting,
network gone) every call here answers as a miss would, quickly, and the
register goes on serving from the database, slower but whole:

- reads (`get`, `get_many`, `has_key`) return the default, `{}`, False;
- writes (`set`, `add`, `touch`, `delete`...) do nothing (`add` and `touch`
  report False, `set_many` that no key was stored);
- `incr` raises ValueError as for a missing key, so the throttle starts a new
  count (readers are not throttled while Redis is away).

Short socket timeouts keep each failed call to milliseconds, and after a
failure the cache is not asked again for `retry_after` seconds, so a Redis that
hangs rather than refuses costs one timeout per few seconds per process, not one
per call. A warning is logged once a minute while it lasts. `/healthz` still
answers 503 for it (its probe writes and reads back a value, which a miss
cannot), so monitoring sees the outage that readers do not.
"""

import logging
import time
from typing import Any

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

# Seconds to connect and to wait for an answer; a Redis on the same network answers in well under 1 ms.
CONNECT_TIMEOUT = 0.25
READ_TIMEOUT = 0.5


class FailOpenRedisCache(RedisCache):
    """Django's Redis cache, answering as a miss while Redis cannot be reached (see the module)."""

    #: after a failed call, answer as a miss without asking Redis for this many seconds
    retry_after = 2.0
    #: while Redis stays away, log a warning at most this often
    warn_every = 60.0

    def __init__(self, server, params):
        options = {"socket_connect_timeout": CONNECT_TIMEOUT, "socket_timeout": READ_TIMEOUT}
        super().__init__(server, {**params, "OPTIONS": {**options, **params.get("OPTIONS", {})}})
        self._down_until = 0.0
        self._warned_at = -self.warn_every

    def _call(self, method: str, miss: Any, *args, **kwargs) -> Any:
        if time.monotonic() < self._down_until:
            return miss
        try:
            return getattr(super(), method)(*args, **kwargs)
        except RedisError as error:
            now = time.monotonic()
            self._down_until = now + self.retry_after
            if now - self._warned_at >= self.warn_every:
                self._warned_at = now
                logger.warning("The cache (Redis) cannot be reached; serving from the database meanwhile: %s", error)
            return miss

    def get(self, key, default=None, version=None):
        return self._call("get", default, key, default=default, version=version)

    def get_many(self, keys, version=None):
        return self._call("get_many", {}, keys, version=version)

    def has_key(self, key, version=None):
        return self._call("has_key", False, key, version=version)

    def set(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        self._call("set", None, key, value, timeout=timeout, version=version)

    def add(self, key, value, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("add", False, key, value, timeout=timeout, version=version)

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("touch", False, key, timeout=timeout, version=version)

    def set_many(self, data, timeout=DEFAULT_TIMEOUT, version=None):
        return self._call("set_many", list(data), data, timeout=timeout, version=version)

    def delete(self, key, version=None):
        return self._call("delete", False, key, version=version)

    def delete_many(self, keys, version=None):
        self._call("delete_many", None, keys, version=version)

    def clear(self):
        return self._call("clear", False)

    def incr(self, key, delta=1, version=None):
        unavailable = object()
        value = self._call("incr", unavailable, key, delta=delta, version=version)
        if value is unavailable:
            raise ValueError(f"Key '{key}' not found (the cache cannot be reached).")
        return value
