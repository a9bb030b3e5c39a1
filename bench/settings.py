"""Settings for the benchmark only: the register's own settings plus a trivial view.

The trivial view (`/bench/ping/`) is the framework's ceiling for the throughput
figures; production never routes to it because production never uses this file.
"""

import os

from factregister.settings import *  # noqa: F403
from factregister.settings import INSTALLED_APPS, REST_FRAMEWORK

# The synthetic register's generator (`manage.py generate_register`).
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]

ROOT_URLCONF = "bench.bench_urls"
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "testserver"]
DEBUG = False
# Measured over plain HTTP on loopback; production redirects to HTTPS.
SECURE_SSL_REDIRECT = False
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}

# Load generators come from one address: the feed's per-address limit would turn
# the measurement into a count of 429s. The throttle still runs (and costs what it costs).
REST_FRAMEWORK = {**REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": {"feed": "100000000/minute"}}

if os.environ.get("BENCH_NO_PAGE_CACHE"):
    # Cost growth measures the work behind a page, not a cache hit.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}

# For the same reason, no limit on the pages one address may have rendered (PUBLIC_PAGE_RATE);
# bench/cache_keys.py sets its own to measure the limit.
PUBLIC_PAGE_RATE = os.environ.get("PUBLIC_PAGE_RATE", "")
