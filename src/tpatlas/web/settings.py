"""Django settings, read from the environment (see Configuration and Deployment in the README).

DATABASE_URL   database (default: SQLite at $TPATLAS_DATA_DIR/tpatlas.sqlite3)
SECRET_KEY     required unless DEBUG is on; a weak one is refused
DEBUG          off unless set to 1/true
ALLOWED_HOSTS  comma-separated (default: 127.0.0.1,localhost)
TPATLAS_DATA_DIR  where SQLite and other runtime files live (default: ./var)

HTTPS (all off unless TPATLAS_HTTPS=1 and DEBUG is off, so `make run` works over plain HTTP):
TPATLAS_HTTPS                   the site is served over HTTPS: redirect, secure cookies, HSTS
TPATLAS_SSL_REDIRECT            redirect HTTP to HTTPS (default: TPATLAS_HTTPS)
TPATLAS_HSTS_SECONDS            Strict-Transport-Security max-age (default: 31536000, a year)
TPATLAS_HSTS_INCLUDE_SUBDOMAINS HSTS covers subdomains too (default: on)
TPATLAS_HSTS_PRELOAD            HSTS says the site may be preloaded (default: on)
TPATLAS_PROXY_SSL_HEADER        header a TLS-terminating proxy sets, e.g. X-Forwarded-Proto

Several app servers:
TPATLAS_CACHE_URL  shared cache for rendered pages and rate limits: redis://host:6379/0 or
                   memcached://host:11211 (default: memory of each process)
TPATLAS_RATE_LIMITS  off, or the per-client limits (default on; see web/rate_limit.py)
"""

from __future__ import annotations

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from tpatlas.web.cache_config import cache_settings
from tpatlas.web.env import (
    env_bool,
    env_int,
    env_list,
    env_proxy_ssl_header,
    env_str,
    require_secret_key,
)
from tpatlas.web.platform_settings import *  # noqa: F403  (accounts, email, CE rules)
from tpatlas.web.platform_settings import PLATFORM_APPS, PLATFORM_MIDDLEWARE

WEB_DIR = Path(__file__).resolve().parent
DATA_DIR = Path(env_str("TPATLAS_DATA_DIR", "var") or "var").resolve()

DEBUG = env_bool("DEBUG")
SECRET_KEY = require_secret_key(DEBUG)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "tpatlas.web.pages",
    *PLATFORM_APPS,
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "tpatlas.web.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before CSRF and the views: 405 for methods an address does not take, HEAD as GET.
    "tpatlas.web.security.HttpMethodsMiddleware",
    # Compresses what the page cache does not (it stores its own gzip copy).
    "django.middleware.gzip.GZipMiddleware",
    "tpatlas.web.rate_limit.RateLimitMiddleware",
    # A visitor who chose Spanish is sent from an English address to /es/ before the cache.
    "tpatlas.web.languages.middleware.RememberedLanguageMiddleware",
    "tpatlas.web.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # LocaleMiddleware with the API's own choice (lang, Accept-Language): web/languages/.
    "tpatlas.web.languages.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    "tpatlas.web.api.caching.ApiCacheControlMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    *PLATFORM_MIDDLEWARE["after_auth"],
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tpatlas.web.urls"
WSGI_APPLICATION = "tpatlas.web.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [WEB_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "tpatlas.web.store.currency.currency_context",
                "tpatlas.web.languages.context.languages",
            ],
            "libraries": {"languages": "tpatlas.web.languages.tags"},
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL") or f"sqlite:///{DATA_DIR / 'tpatlas.sqlite3'}",
        conn_max_age=60,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("es", _("Spanish"))]
LOCALE_PATHS = [WEB_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600  # the switcher's choice is remembered for the next visit
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "staticfiles"
STATICFILES_DIRS = [WEB_DIR / "static"]
# Hashed file names and gzip copies made by collectstatic: browsers keep static files for a year.
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 365 * 24 * 3600

CACHES = cache_settings(env_str("TPATLAS_CACHE_URL"))
RATE_LIMITS = env_str("TPATLAS_RATE_LIMITS", "on")
# Behind a proxy, the header that carries the client's address (e.g. X-Forwarded-For), so rate
# limits count clients, not the proxy.
TPATLAS_CLIENT_IP_HEADER = (
    "HTTP_" + header.upper().replace("-", "_")
    if (header := env_str("TPATLAS_CLIENT_IP_HEADER"))
    else None
)

# Request bodies: the finder's JSON is well under a kilobyte; anything past this is refused
# (the API answers a JSON 413) before it is read into memory.
DATA_UPLOAD_MAX_MEMORY_SIZE = 128 * 1024

# Cookies scripts cannot read. The CSRF token travels in the forms ({% csrf_token %}); htmx only
# sends GETs, so no script needs the cookie.
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Headers from Django's SecurityMiddleware; CSP and Permissions-Policy come from
# tpatlas.web.security.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# HTTPS: opt-in, so a local run over http://127.0.0.1 is never redirected or pinned by HSTS.
HTTPS = env_bool("TPATLAS_HTTPS") and not DEBUG
SECURE_SSL_REDIRECT = env_bool("TPATLAS_SSL_REDIRECT", HTTPS)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# Read (and checked) whether or not HTTPS is on, so a typo fails before it matters.
_hsts_seconds = env_int("TPATLAS_HSTS_SECONDS", 31536000)
_hsts_subdomains = env_bool("TPATLAS_HSTS_INCLUDE_SUBDOMAINS", True)
_hsts_preload = env_bool("TPATLAS_HSTS_PRELOAD", True)
SECURE_HSTS_SECONDS = _hsts_seconds if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS and _hsts_subdomains
SECURE_HSTS_PRELOAD = HTTPS and _hsts_preload
SECURE_PROXY_SSL_HEADER = env_proxy_ssl_header("TPATLAS_PROXY_SSL_HEADER")

# A request with a wrong Host header or an oversized body is a client's mistake or a scan:
# one line in the log (django.security.*), not a traceback.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"one_line": {"()": "tpatlas.web.security.OneLineFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "security": {"class": "logging.StreamHandler", "formatter": "one_line"},
    },
    "loggers": {
        "django.security": {"handlers": ["security"], "level": "WARNING", "propagate": False},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
