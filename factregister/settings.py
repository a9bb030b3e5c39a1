"""Settings for the fact register.

Every setting that differs between a laptop and production comes from an
environment variable with a typed default; `.env.example` lists them all.
With DATABASE_URL unset the register runs on a SQLite file in the project.
"""

import os
import tempfile
from pathlib import Path

import dj_database_url
from corsheaders.defaults import default_headers as cors_default_headers

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value not in (None, "") else default


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Environment -----------------------------------------------------------
DEBUG = env_bool("DEBUG", False)
SECRET_KEY = env_str("SECRET_KEY") or (
    # A development key is only acceptable while DEBUG is on; production must set one. Left empty,
    # Django refuses it the moment anything would sign with it, and factregister/wsgi.py reads it
    # at start, so no server runs without one; commands that sign nothing (makemigrations,
    # migrate, import_register) still run.
    "dev-only-insecure-key-change-me" if DEBUG else ""
)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
DATABASE_URL = env_str("DATABASE_URL")
REDIS_URL = env_str("REDIS_URL")

# The organisation that publishes the verdicts (ClaimReview `author`) and the
# public address the register is served from (absolute links in feeds and markup).
REGISTER_NAME = env_str("REGISTER_NAME", "Iran–Kazakhstan Visits Fact Register")
REGISTER_PUBLISHER_NAME = env_str("REGISTER_PUBLISHER_NAME", "Fact Register Desk")
REGISTER_PUBLIC_URL = env_str("REGISTER_PUBLIC_URL", "").rstrip("/")

# Largest CSV file an import accepts, in bytes.
IMPORT_MAX_BYTES = env_int("IMPORT_MAX_BYTES", 50 * 1024 * 1024)
# Where the admin keeps an uploaded CSV between its preview and the editor's Confirm (csvio/uploads.py):
# a folder every web worker of this machine can read and write, and no one else.
IMPORT_UPLOADS_DIR = env_str("IMPORT_UPLOADS_DIR") or str(Path(tempfile.gettempdir()) / "factregister-imports")
# Article intake: the largest article (file or fetched page) taken, in bytes; how long a fetch may wait for
# a connection or for each read; and how long the whole fetch (redirects and body included) may take.
INTAKE_MAX_BYTES = env_int("INTAKE_MAX_BYTES", 5 * 1024 * 1024)
INTAKE_FETCH_TIMEOUT = env_int("INTAKE_FETCH_TIMEOUT", 15)
INTAKE_FETCH_DEADLINE = env_int("INTAKE_FETCH_DEADLINE", 30)
# The intake fetches public addresses only; true lets it read this machine and private networks too.
INTAKE_ALLOW_PRIVATE_ADDRESSES = env_bool("INTAKE_ALLOW_PRIVATE_ADDRESSES", False)
# The source watch (manage.py watch_sources) fetches through the intake, with its own cap on a page's bytes and at
# least this many milliseconds between two requests to one host.
SOURCE_WATCH_MAX_BYTES = env_int("SOURCE_WATCH_MAX_BYTES", 2 * 1024 * 1024)
SOURCE_WATCH_HOST_SPACING_MS = env_int("SOURCE_WATCH_HOST_SPACING_MS", 1500)

# How many proxies (load balancer, CDN) stand in front of the app, each appending the address it
# was called from to X-Forwarded-For. 0: the header is ignored (any client can write it) and the
# client is the connection's address; 1 behind one load balancer: the header's last address. The
# API throttle and the login lockout both read the client's address this way
# (factregister.addresses.client_address).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)

# --- Applications ----------------------------------------------------------
INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "corsheaders",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "import_export",
    "simple_history",
    "csp",
    "axes",
    # Shared machinery: the freshness stamp and the system checks on the settings.
    "factregister",
    # The register's apps, each depending only on those above it in this list.
    "sources",
    "claims",
    "intake",
    "accounts",
    "csvio",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages, feeds, the API and CSV downloads go compressed to clients that accept gzip (static files are
    # WhiteNoise's, above). Django's gzip pads its output against BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "factregister.middleware.DatabaseUnavailableMiddleware",
    "factregister.middleware.ReplicaReadsMiddleware",
    "factregister.addresses.RequestAddressMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    # A kept public page is answered here, before the layers below, which have nothing to do for it.
    "factregister.publiccache.PublicPageMiddleware",
    # The page's language from its address (/fa/..., /ru/..., /kk/...; English unprefixed), before the
    # layers that render: a kept page above was stored under its full address, language prefix and all.
    "factregister.languages.AddressLocaleMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # A NUL character anywhere in the address, or an admin lookup the database cannot run, is a 400.
    "factregister.badinput.BadInputMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # After logging in with a password someone else chose, every admin page leads to the password change page.
    "accounts.passwords.OneTimePasswordMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "factregister.urls"
WSGI_APPLICATION = "factregister.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "factregister.context_processors.register",
                "factregister.languages.language_context",
            ],
        },
    },
]

# --- Database --------------------------------------------------------------
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))}
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": env_str("SQLITE_PATH", str(BASE_DIR / "db.sqlite3")),
            "OPTIONS": {
                # WAL lets readers go on while an import writes; IMMEDIATE makes a
                # writer wait for the lock (up to the timeout) instead of failing.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }

# Read replicas (PostgreSQL): public reads go to them, the admin, imports and every
# write to the primary (factregister/routers.py).
DATABASE_REPLICA_URLS = env_list("DATABASE_REPLICA_URLS")
for _n, _url in enumerate(DATABASE_REPLICA_URLS):
    _replica = dj_database_url.parse(_url, conn_max_age=env_int("DB_CONN_MAX_AGE", 60))
    DATABASES[f"replica_{_n}"] = {**_replica, "TEST": {"MIRROR": "default"}}
DATABASE_READ_REPLICAS = [f"replica_{n}" for n in range(len(DATABASE_REPLICA_URLS))]
DATABASE_ROUTERS = ["factregister.routers.ReplicaRouter"]

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache -----------------------------------------------------------------
# Everything cached can be rebuilt from the database: with Redis unreachable the cache answers
# as a miss and the register serves from the database (factregister/redis_cache.py).
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "factregister.redis_cache.FailOpenRedisCache", "LOCATION": REDIS_URL}}
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "factregister"}}
# Public pages and the feed check the register's freshness stamp on every request
# (factregister/publiccache.py). It is kept in the cache for this many seconds; every
# write clears it when it commits, so with a shared cache (REDIS_URL) readers see
# a write at once, and with the per-process cache another process sees it within
# this many seconds. 0 reads the stamp from the database on every request.
REGISTER_STAMP_SECONDS = env_int("REGISTER_STAMP_SECONDS", 1)
# How many public pages one client address may have rendered per period ("300/minute"; empty: no
# limit). A page answered from the cache does not count. factregister/limits.py.
PUBLIC_PAGE_RATE = env_str("PUBLIC_PAGE_RATE", "300/minute")
# Sessions (editors only: public pages read none) live in the database, so any app host can
# serve any editor and the cache is never asked who is logged in. A cached copy could outlive
# a logout made while Redis was unreachable.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Auth ------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
    # A one-time password is replaced by another, never by itself.
    {"NAME": "accounts.passwords.NotTheCurrentPasswordValidator"},
]
LOGIN_URL = "admin:login"
AUTHENTICATION_BACKENDS = [
    # Checks the lockout before any password is tried; must come first.
    "axes.backends.AxesStandaloneBackend",
    # Django's ModelBackend, refusing the register's system account (which command-line jobs act as).
    "accounts.backends.AccountBackend",
]

# --- Login rate limiting (django-axes) ------------------------------------------
# After AXES_FAILURE_LIMIT wrong passwords for one username from one address,
# that pair is locked out for AXES_COOLOFF_HOURS; after AXES_USERNAME_FAILURE_LIMIT
# for one username from all addresses together, the username is locked out everywhere
# (accounts/lockout.py). Unlock early with `manage.py axes_reset_username USERNAME`
# (or `axes_reset` for everyone).
AXES_ENABLED = env_bool("AXES_ENABLED", True)
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_USERNAME_FAILURE_LIMIT = env_int("AXES_USERNAME_FAILURE_LIMIT", 15)
AXES_COOLOFF_TIME = env_int("AXES_COOLOFF_HOURS", 1)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_HANDLER = "accounts.lockout.LockoutHandler"
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False
AXES_LOCKOUT_TEMPLATE = "admin/locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429  # axes's own default, set here so the lockout page (accounts.lockout) can read it
AXES_LOCKOUT_CALLABLE = "accounts.lockout.lockout_response"
# Locked out per client address as the throttle sees it (TRUSTED_PROXY_COUNT).
AXES_CLIENT_IP_CALLABLE = "factregister.addresses.client_address"

# --- Internationalisation ----------------------------------------------------
# The public pages in four languages: English at the addresses the register has always had, the
# others under their code (/fa/claims/); factregister/languages.py. Each name is the language's own.
LANGUAGE_CODE = "en-gb"
LANGUAGES = [
    ("en-gb", "English"),
    ("fa", "فارسی"),
    ("ru", "Русский"),
    ("kk", "Қазақша"),
]
# The interface's translations (make messages), and how each language writes a date.
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["factregister.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static files ----------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"] if (BASE_DIR / "static").is_dir() else []
# Serve straight from the app folders while developing; production runs collectstatic.
WHITENOISE_USE_FINDERS = DEBUG
WHITENOISE_AUTOREFRESH = DEBUG
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}

# --- Security (production values when DEBUG is off) ---------------------------
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_TLS_PROXY") else None
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy on every response (django-csp). No inline script
# anywhere: JSON-LD blocks are data, not script, so they are unaffected; the
# API docs load their script from a file. Inline style attributes are allowed
# only because the Django admin's own templates use a few.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# --- REST framework --------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_RENDERER_CLASSES": [
        "rest_framework.renderers.JSONRenderer",
        "rest_framework.renderers.BrowsableAPIRenderer",
    ],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "api.negotiation.FeedContentNegotiation",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    # JSON whatever goes wrong: a bad value is a 400 naming its parameter, anything else a logged 500.
    "EXCEPTION_HANDLER": "api.exceptions.feed_exception_handler",
    "UNAUTHENTICATED_USER": None,
    # Counted per client address (factregister.addresses.client_address) in the default cache
    # (Redis when REDIS_URL is set).
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.FeedRateThrottle"],
    "DEFAULT_THROTTLE_RATES": {"feed": env_str("API_THROTTLE_RATE", "120/minute")},
    # DRF's own reading of the address, for any throttle that does not go through client_address.
    "NUM_PROXIES": TRUSTED_PROXY_COUNT,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Fact register feed",
    # The description partners read (syncing, caching, errors) lives with the feed: api/schema.py.
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "api.schema.describe_the_feed"],
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    # Deep links put a link inside each operation's button, which assistive technology cannot reach
    # (axe nested-interactive).
    "SWAGGER_UI_SETTINGS": {"deepLinking": False},
    "REDOC_DIST": "SIDECAR",
    "ENUM_NAME_OVERRIDES": {
        "OutletKindEnum": "sources.models.OutletKind",
        "SourceKindEnum": "sources.models.SourceKind",
    },
    "SORT_OPERATION_PARAMETERS": False,
}

# --- CORS: anyone may read the feed and the register's downloads; nothing else is open. ------
CORS_URLS_REGEX = r"^/(api/.*|claims\.(csv|xlsx))$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOW_CREDENTIALS = False
# A browser client's conditional GET (If-None-Match, If-Modified-Since) needs a preflight that allows them.
CORS_ALLOW_HEADERS = [*cors_default_headers, "if-none-match", "if-modified-since"]
# Lets browser clients read the next page (Link), the validators and the throttle's wait.
CORS_EXPOSE_HEADERS = ["Link", "ETag", "Last-Modified", "Retry-After", "Content-Disposition"]

# --- Import / export -------------------------------------------------------
IMPORT_EXPORT_SKIP_ADMIN_LOG = False
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "add"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"

# --- Logging ---------------------------------------------------------------
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    # django-axes logs every login at INFO; lockouts are WARNING and still show.
    "loggers": {"axes": {"level": "WARNING"}},
}
