# SPDX-License-Identifier: EUPL-1.2
"""Django settings, driven by environment variables with safe defaults for the demo.

WERKSPOOR_DATABASE_URL   sqlite:///path or postgresql://user:pw@host:port/name
WERKSPOOR_GEMEENTE       municipality configuration in definitions/gemeenten (default utrecht)
WERKSPOOR_DATA_DIR       where the default SQLite file and generated reports live
WERKSPOOR_SECRET_KEY     required when WERKSPOOR_PRODUCTION is set
WERKSPOOR_PRODUCTION     "1" turns on secure cookies and HSTS and disables debug
WERKSPOOR_AUDIT_*        the audit log's signed checkpoints (see the block below)
"""

import os
from pathlib import Path

import dj_database_url

REPO_ROOT = Path(__file__).resolve().parents[3]
DEFINITIONS_DIR = Path(os.environ.get("WERKSPOOR_DEFINITIONS_DIR", REPO_ROOT / "definitions"))
DATA_DIR = Path(os.environ.get("WERKSPOOR_DATA_DIR", REPO_ROOT / "data"))

PRODUCTION = os.environ.get("WERKSPOOR_PRODUCTION") == "1"
DEBUG = os.environ.get("WERKSPOOR_DEBUG") == "1" and not PRODUCTION

if PRODUCTION and not os.environ.get("WERKSPOOR_SECRET_KEY"):
    raise RuntimeError("WERKSPOOR_SECRET_KEY moet gezet zijn als WERKSPOOR_PRODUCTION=1.")
# The fallback key only protects a local demo with synthetic people.
SECRET_KEY = os.environ.get("WERKSPOOR_SECRET_KEY", "werkspoor-demo-only-not-secret")

ALLOWED_HOSTS = os.environ.get("WERKSPOOR_ALLOWED_HOSTS", "127.0.0.1,localhost,testserver").split(
    ","
)

WERKSPOOR_GEMEENTE = os.environ.get("WERKSPOOR_GEMEENTE", "utrecht")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "werkspoor.core",
    "werkspoor.registry",
    "werkspoor.employers",
    "werkspoor.applications",
    "werkspoor.payments",
    "werkspoor.exchange",
    "werkspoor.demo",
    "werkspoor.indicators",
    "werkspoor.reports",
    "werkspoor.duidingen",
    "werkspoor.referenties",
    "werkspoor.rules",
    "werkspoor.planning",
    "werkspoor.matching",
    "werkspoor.search",
    # Armoede, Schuldhulpverlening, Inburgering: registration, work lists, dossier sections.
    "werkspoor.debt",
    "werkspoor.inburgering",
    "werkspoor.poverty",
    "werkspoor.web",
    "werkspoor.themes",
    "werkspoor.substitutions",
]

MIDDLEWARE = [
    "werkspoor.core.trace.TraceContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "werkspoor.core.audit.middleware.ResidentPageAuditMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "werkspoor.conf.urls"
WSGI_APPLICATION = "werkspoor.conf.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "werkspoor.core.context_processors.gemeente",
                "werkspoor.themes.context_processors.thema",
            ],
        },
    },
]


PG_PREPARED_STATEMENTS = os.environ.get("WERKSPOOR_PG_PREPARED", "1") != "0"


def _database_from_url(url: str) -> dict:
    config = dj_database_url.parse(url, conn_max_age=60)
    if config["ENGINE"] == "django.db.backends.sqlite3":
        config["OPTIONS"] = {
            # WAL: readers never wait for the writer; NORMAL: no fsync per commit (safe in
            # WAL). A page cache and memory map per connection, kept across requests by the
            # persistent connection below (a new connection per request read every page anew).
            # The map covers the whole file (up to SQLite's limit of 2 GB; address space, not
            # memory): every request writes (audit log, logbook), which empties the other
            # workers' page caches, and a page outside the map is then copied in again with a
            # system call (the name index sat at 380 MB in a 460 MB demo database).
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA cache_size=-16000; "
                "PRAGMA mmap_size=2147418112; PRAGMA temp_store=MEMORY;"
            ),
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,  # seconds a writer waits for the lock (audit log under load)
        }
    elif config["ENGINE"] == "django.db.backends.postgresql" and PG_PREPARED_STATEMENTS:
        # Parameters bound by the server, and a statement run a second time on a connection
        # prepared there: PostgreSQL then plans it once (planning was about a quarter of
        # the database's time on a caseload page). Off behind a pooler that hands a session's
        # statements to other connections (PgBouncer in transaction mode).
        config["OPTIONS"] = {"server_side_binding": True, "prepare_threshold": 2}
    return config


DATABASE_URL = os.environ.get(
    "WERKSPOOR_DATABASE_URL", f"sqlite:///{DATA_DIR / 'werkspoor.sqlite3'}"
)
DATABASES = {"default": _database_from_url(DATABASE_URL)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True

LOGIN_URL = "/accounts/login/"
SESSION_COOKIE_AGE = 60 * 60 * 8
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if PRODUCTION:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("WERKSPOOR_LOG_LEVEL", "WARNING")},
}

# --- Werkplek (web): login throttling, security headers, roles, OpenID Connect ------------
# See docs/inloggen.md. django-axes locks a username+address after repeated failures.
INSTALLED_APPS.append("axes")
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.clickjacking.XFrameOptionsMiddleware") + 1,
    "werkspoor.core.security.ContentSecurityPolicyMiddleware",
)
# Cache-Control: no-store on every response unless a public view opts in (core/security.py);
# outside the session and CSRF middleware, so it sees the cookies they set.
MIDDLEWARE.insert(
    MIDDLEWARE.index("whitenoise.middleware.WhiteNoiseMiddleware") + 1,
    "werkspoor.core.security.CacheControlMiddleware",
)
MIDDLEWARE.append("axes.middleware.AxesMiddleware")
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "werkspoor.web.auth_backends.ModelBackend",  # one query for the permissions
]
AXES_FAILURE_LIMIT = int(os.environ.get("WERKSPOOR_LOGIN_MAX_POGINGEN", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("WERKSPOOR_LOGIN_BLOKKADE_UUR", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_LOCKOUT_TEMPLATE = "web/geblokkeerd.html"
AXES_VERBOSE = False
AXES_RESET_ON_SUCCESS = True
SESSION_SAVE_EVERY_REQUEST = False
LOGIN_REDIRECT_URL = "/start/"  # on to the role's own start page (web/start_pages.py)
LOGOUT_REDIRECT_URL = "/"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if PRODUCTION:
    SECURE_HSTS_PRELOAD = os.environ.get("WERKSPOOR_HSTS_PRELOAD") == "1"
# Pins the workspace's "today" (ISO date) for a demo city that ends in the past; empty = today.
WERKSPOOR_VANDAAG = os.environ.get("WERKSPOOR_VANDAAG", "")
# Pins the registry's stand (ISO date): the last day with registered facts; empty = derived.
WERKSPOOR_STAND = os.environ.get("WERKSPOOR_STAND", "")
# "0": do not precompute the published figures after an import or the demo (benchmarks).
WERKSPOOR_VOORBEREKENEN = os.environ.get("WERKSPOOR_VOORBEREKENEN", "1") != "0"
# After a duiding is approved the quarter's PDF is made anew: "achtergrond" (another process),
# "direct" (in the request) or "uit" (only the stale PDF is removed).
WERKSPOOR_PDF_NA_GOEDKEURING = os.environ.get("WERKSPOOR_PDF_NA_GOEDKEURING", "achtergrond")
# Pins the registry's first data day (ISO date); empty = the first registered event.
WERKSPOOR_EERSTE_DATUM = os.environ.get("WERKSPOOR_EERSTE_DATUM", "")

# --- Audit log: signed checkpoints outside the database (docs/auditlog.md) -----------------
# The private key (PEM file) comes from configuration in production, never from the database;
# without WERKSPOOR_PRODUCTION the demo generates a pair in DATA_DIR/auditlog/.
WERKSPOOR_AUDIT_PRIVATE_KEY = os.environ.get("WERKSPOOR_AUDIT_PRIVATE_KEY", "")
if PRODUCTION and not WERKSPOOR_AUDIT_PRIVATE_KEY:
    raise RuntimeError(
        "WERKSPOOR_AUDIT_PRIVATE_KEY moet gezet zijn als WERKSPOOR_PRODUCTION=1 "
        "(het pad van de Ed25519-sleutel voor de checkpoints van het auditlog)."
    )
# Public key file(s) for verification, separated by os.pathsep; empty = the private key's.
WERKSPOOR_AUDIT_PUBLIC_KEY = os.environ.get("WERKSPOOR_AUDIT_PUBLIC_KEY", "")
WERKSPOOR_AUDIT_CHECKPOINT_DIR = Path(
    os.environ.get("WERKSPOOR_AUDIT_CHECKPOINT_DIR", DATA_DIR / "auditlog" / "checkpoints")
)
WERKSPOOR_AUDIT_CHECKPOINT_RECORDS = int(
    os.environ.get("WERKSPOOR_AUDIT_CHECKPOINT_RECORDS", "1000")
)
WERKSPOOR_AUDIT_CHECKPOINT_SECONDS = int(
    os.environ.get("WERKSPOOR_AUDIT_CHECKPOINT_SECONDS", "300")
)

from werkspoor.api import conf as api_conf  # noqa: E402
from werkspoor.brp.conf import brp_settings  # noqa: E402
from werkspoor.conf.oidc import oidc_settings  # noqa: E402
from werkspoor.logbook import conf as logbook_conf  # noqa: E402

# --- REST API v1 for other systems (werkspoor/api/conf.py) ---------------------------------
INSTALLED_APPS += api_conf.APPS
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1, api_conf.MIDDLEWARE
)
globals().update(api_conf.api_settings(os.environ))

# --- Logboek Dataverwerkingen (werkspoor/logbook/conf.py): OTLP only when configured -------
INSTALLED_APPS += logbook_conf.APPS
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware"), logbook_conf.MIDDLEWARE
)
globals().update(logbook_conf.logbook_settings(os.environ))

# --- BRP Personen Bevragen (werkspoor/brp/conf.py): off without WERKSPOOR_BRP_URL ----------
INSTALLED_APPS.append("werkspoor.brp")
globals().update(brp_settings(os.environ))

globals().update(oidc_settings(os.environ))
if WERKSPOOR_OIDC_ENABLED:  # noqa: F821  (set by the line above)
    INSTALLED_APPS.append("mozilla_django_oidc")
    AUTHENTICATION_BACKENDS.append("werkspoor.web.oidc.RoleMappingOIDCBackend")
