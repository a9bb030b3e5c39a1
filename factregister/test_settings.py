"""Settings for the test suite (pytest.ini names this module): the register's own, plus what tests need.

Production settings never ask whether a test runner is loaded; everything that
differs under test is here.
"""

from factregister.settings import *  # noqa: F403
from factregister.settings import DATABASES, INSTALLED_APPS, env_str

SECRET_KEY = env_str("SECRET_KEY") or "test-only-insecure-key"
# The benchmark's generator is tested too.
INSTALLED_APPS = [*INSTALLED_APPS, "bench"]

# One replica alias that mirrors the test database; the router reads from it only where a
# test lists it in DATABASE_READ_REPLICAS.
DATABASES = {**DATABASES, "replica_0": {**DATABASES["default"], "TEST": {"MIRROR": "default"}}}
DATABASE_READ_REPLICAS = list[str]()

# A configured public address, as production has; tests of the fallback (the request's own address) unset it.
REGISTER_PUBLIC_URL = "http://127.0.0.1:8000"

# Plain HTTP and static files straight from the folders, as on a developer's machine.
SECURE_SSL_REDIRECT = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Hashing passwords at production strength makes every test that logs in slow.
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

# A crawl of every public page renders hundreds from one address in a minute; the tests of the
# per-address limit (tests/test_page_work_limits.py) set their own rate.
PUBLIC_PAGE_RATE = ""
