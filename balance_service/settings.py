"""Settings, read from the environment. They fail closed: no secret key, no debug by default.

See README.md, "Configuration", for every variable.
"""

import os
import secrets
import sys
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from balance_service import logs

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def duration(seconds: str) -> timedelta:
    """A number of seconds ("0.5", "30") as a timedelta, exactly: parsed as a Decimal, never a
    float. A negative or unreadable value stops the start."""
    try:
        value = Decimal(seconds.strip())
    except ArithmeticError:
        value = Decimal("NaN")
    if not value.is_finite() or value < 0:
        raise ImproperlyConfigured(f"{seconds!r} is not a number of seconds")
    return timedelta(microseconds=int(value * 1_000_000))


def env_duration(name: str, default: str) -> timedelta:
    return duration(os.environ.get(name, default))


DEBUG = env_bool("DEBUG")
# From the environment; for local work, the key `make run` keeps in var/secret_key (never in a
# container or a fresh clone, where a missing key stops everything).
_LOCAL_SECRET_KEY = BASE_DIR / "var" / "secret_key"
SECRET_KEY = os.environ.get("SECRET_KEY") or (
    _LOCAL_SECRET_KEY.read_text().strip() if _LOCAL_SECRET_KEY.is_file() else ""
)
# Commands that sign nothing (`check` without --deploy, `makemigrations`, `showmigrations`,
# `collectstatic`) run without a key, on a throwaway one: a clean clone can be checked. Everything
# else, the web server and `check --deploy` first, refuses to start without a real key.
_KEYLESS_COMMANDS = {"check", "makemigrations", "showmigrations", "collectstatic"}
if (
    not SECRET_KEY
    and Path(sys.argv[0]).name == "manage.py"
    and len(sys.argv) > 1
    and sys.argv[1] in _KEYLESS_COMMANDS
    and "--deploy" not in sys.argv
):
    SECRET_KEY = secrets.token_urlsafe(50)
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment (make run and make test do it for you).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "balance_service.admin_site.BooksAdminConfig",  # django.contrib.admin with the back office site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "drf_spectacular",
    "drf_spectacular_sidecar",  # Swagger UI's and ReDoc's files, served by the service itself
    "accounts",
    "ledger",
    "reports",
    "events",
]

MIDDLEWARE = [
    # Outermost: the request id, the request's log line and metrics cover every answer below.
    "balance_service.observability.RequestMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "balance_service.middleware.BodySizeLimitMiddleware",
    "balance_service.middleware.AdminLoginThrottleMiddleware",
    # Sessions, users and messages serve /admin/ only (the API authenticates by key).
    "balance_service.middleware.AdminSessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "balance_service.middleware.AdminAuthenticationMiddleware",
    "balance_service.middleware.AdminMessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "balance_service.urls"
WSGI_APPLICATION = "balance_service.wsgi.application"
APPEND_SLASH = False

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # The back office's look (admin/base_site.html): found before the admin's own templates.
        "DIRS": [BASE_DIR / "balance_service" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.tz",  # TIME_ZONE: the reports' business time zone
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Databases: PostgreSQL from DATABASE_URL, else an embedded SQLite file under var/ whose
# transactions start IMMEDIATE (they take the write lock up front), so concurrent requests
# queue instead of failing with "database is locked" half-way through.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=600, conn_health_checks=True)}
    # The hot paths' statements (ledger/sql/) are prepared once a connection has run them this
    # many times; 0 (for a pooler that cannot keep prepared statements, as PgBouncer before 1.21 in
    # transaction mode) turns preparing off. Django's own queries are never prepared.
    _prepare = int(os.environ.get("DATABASE_PREPARE_THRESHOLD", 2))
    DATABASES["default"].setdefault("OPTIONS", {})["prepare_threshold"] = _prepare or None
    if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
        # Django's, with a health check that asks the socket first (balance_service/postgresql).
        DATABASES["default"]["ENGINE"] = "balance_service.postgresql"
else:
    SQLITE_PATH = Path(os.environ.get("SQLITE_PATH", BASE_DIR / "var" / "db.sqlite3"))
    SQLITE_PATH.parent.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": SQLITE_PATH,
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 30,
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
            # A file, not Django's shared-cache memory database, so tests see real locking.
            "TEST": {"NAME": str(SQLITE_PATH.with_name(f"test_{SQLITE_PATH.name}"))},
        }
    }
    # The monthly report's covering index (`transaction_revenue_month`, `include=`) is for
    # PostgreSQL; SQLite builds it without the included columns, which only costs local runs some
    # speed. Silenced for SQLite alone, so a normal `make run` prints no warning.
    SILENCED_SYSTEM_CHECKS = ["models.W040"]
DATABASES["default"]["ATOMIC_REQUESTS"] = False  # services own their transactions

# A streaming replica of the PostgreSQL primary (optional): history pages, reports, the admin's
# lists and exports read there while it keeps up (balance_service/routers.py). In tests it is a
# mirror of the test database; the replica tests point it at the real replica themselves.
DATABASE_REPLICA_URL = os.environ.get("DATABASE_REPLICA_URL", "") if DATABASE_URL else ""
if DATABASE_REPLICA_URL:
    replica = dj_database_url.parse(DATABASE_REPLICA_URL, conn_max_age=600, conn_health_checks=True)
    replica["OPTIONS"] = {"connect_timeout": 2, **replica.get("OPTIONS", {})}  # a dead host fails fast
    replica["ATOMIC_REQUESTS"] = False
    replica["ENGINE"] = DATABASES["default"]["ENGINE"]
    replica["TEST"] = {"MIRROR": "default"}
    DATABASES["replica"] = replica
DATABASE_ROUTERS = ["balance_service.routers.ReplicaRouter"]
REPLICA_MAX_LAG = env_duration("REPLICA_MAX_LAG_SECONDS", "5")
REPLICA_CHECK_INTERVAL = env_duration("REPLICA_CHECK_SECONDS", "1")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-us"
TIME_ZONE = os.environ.get("TIME_ZONE", "Europe/Moscow")  # the business time zone (reports)
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# WhiteNoise serves the admin's static files from gunicorn: no separate web server needed.
# The container collects them into STATIC_ROOT; without one (make run, tests) they are served
# straight from the apps' folders.
STATIC_ROOT = os.environ.get("STATIC_ROOT") or None
WHITENOISE_USE_FINDERS = STATIC_ROOT is None

# Request bodies over this many bytes are refused with 413 before they are read.
DATA_UPLOAD_MAX_MEMORY_SIZE = int(os.environ.get("MAX_BODY_BYTES", 1024 * 1024))

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": ["accounts.authentication.ApiKeyAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["accounts.permissions.HasScope"],
    "DEFAULT_PARSER_CLASSES": ["balance_service.parsers.DecimalJSONParser"],
    "DEFAULT_RENDERER_CLASSES": ["balance_service.renderers.ApiJSONRenderer"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "balance_service.negotiation.ApiContentNegotiation",
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "EXCEPTION_HANDLER": "balance_service.errors.api_exception_handler",
    "UNAUTHENTICATED_USER": None,
    "COERCE_DECIMAL_TO_STRING": True,
}

# Rate limits (429 with Retry-After): per API client, per address for the unauthenticated schema
# and docs, per address for admin logins. Counted in each worker's memory, each worker allowing
# its share of the rate (accounts/throttling.py). WEB_WORKERS: the gunicorn workers sharing the rate
# (gunicorn.conf.py exports it). A client's address is the socket's (REMOTE_ADDR): X-Forwarded-For
# is written by the client and means nothing unless the operator declares NUM_PROXIES, the number
# of proxies in front of the service; the address the outermost of them saw is then the client's.
WEB_WORKERS = max(1, int(os.environ.get("WEB_CONCURRENCY") or 1))
REST_FRAMEWORK |= {
    "DEFAULT_THROTTLE_CLASSES": [
        "accounts.throttling.ClientRateThrottle",
        "accounts.throttling.AnonymousRateThrottle",
    ],
    "DEFAULT_THROTTLE_RATES": {
        "client": os.environ.get("THROTTLE_RATE", "6000/min"),
        "anon": os.environ.get("THROTTLE_ANON_RATE", "120/min"),
        "admin_login": os.environ.get("ADMIN_LOGIN_RATE", "20/hour"),
    },
    "NUM_PROXIES": int(os.environ.get("NUM_PROXIES") or 0),
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Balance service API",
    "DESCRIPTION": "Users' money: deposits, withdrawals, transfers, reservations for orders, balances.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # The docs pages load their scripts from this service (drf-spectacular-sidecar), never a CDN.
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SERVE_AUTHENTICATION": [],
    "PREPROCESSING_HOOKS": ["balance_service.schema.strip_optional_slash"],
    "POSTPROCESSING_HOOKS": ["drf_spectacular.hooks.postprocess_schema_enums", "balance_service.schema.add_probes"],
    # Event types and transaction types are both fields named `type`: each enum gets its own name.
    "ENUM_NAME_OVERRIDES": {
        "EventTypeEnum": "ledger.outbox.EVENT_TYPE_CHOICES",
        "TransactionTypeEnum": "ledger.models.Transaction.Type",
    },
}

IDEMPOTENCY_KEY_TTL_HOURS = int(os.environ.get("IDEMPOTENCY_KEY_TTL_HOURS", 24))

# Events and webhooks (docs/events.md). Events and finished deliveries are kept this many days.
EVENT_RETENTION_DAYS = int(os.environ.get("EVENT_RETENTION_DAYS", 30))
# Seconds between the tries of a webhook delivery; after the last one fails it is marked failed.
# The default grows from 5 s to a day and spans about 4 days.
_RETRY_DELAYS = "5,30,120,600,1800,3600,7200,14400,28800,43200,86400,86400,86400"
WEBHOOK_RETRY_DELAYS = [duration(seconds) for seconds in env_list("WEBHOOK_RETRY_DELAYS", _RETRY_DELAYS)]
# An endpoint that has not answered within this many seconds is retried later.
WEBHOOK_TIMEOUT = env_duration("WEBHOOK_TIMEOUT_SECONDS", "10")
# A worker's claim on a delivery lapses after this long (a worker killed mid-delivery): it is tried again.
WEBHOOK_LEASE = env_duration("WEBHOOK_LEASE_SECONDS", "120")
# Expiring reservations, in seconds. A reserve without `expires_at` expires after the default TTL
# (empty: never); `expires_at` may be at most the maximum TTL ahead. `run_worker` releases the
# expired ones every RESERVATION_SWEEP_SECONDS.
RESERVATION_DEFAULT_TTL = (
    int(os.environ["RESERVATION_DEFAULT_TTL"]) if os.environ.get("RESERVATION_DEFAULT_TTL") else None
)
RESERVATION_MAX_TTL = int(os.environ.get("RESERVATION_MAX_TTL", 30 * 24 * 3600))
RESERVATION_SWEEP_INTERVAL = env_duration("RESERVATION_SWEEP_SECONDS", "5")
# What else `run_worker` runs, one round every WORKER_TICK_SECONDS: webhook deliveries and the
# events' retention (docs/events.md).
WORKER_JOBS = ["events.jobs.EventsJob"]
WORKER_TICK = env_duration("WORKER_TICK_SECONDS", "0.5")

# How long a signed link to a monthly report stays valid, in seconds.
REPORT_LINK_MAX_AGE = int(os.environ.get("REPORT_LINK_MAX_AGE", 3600))
# A worker remembers an authenticated API key this long (0: never): a key revoked or re-scoped
# elsewhere (the admin, another worker) stops working within this many seconds.
API_KEY_CACHE_SECONDS = int(os.environ.get("API_KEY_CACHE_SECONDS", 5))

# Behind a TLS-terminating proxy: trust its X-Forwarded-Proto when told to.
if env_bool("SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 0 if DEBUG else 31536000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"

# JSON lines on standard output (LOG_FORMAT=text for a terminal), with request ids, redacted:
# balance_service/logs.py; gunicorn.conf.py gives gunicorn the same configuration.
LOGGING = logs.config()
