"""Settings of the continuing-education platform: accounts (django-allauth), email, the
certificate rules' time factor. Imported by settings.py; read from the environment.

EMAIL_HOST           SMTP server; without it, email is printed on the console (make run)
EMAIL_PORT           default 587 (25 when EMAIL_USE_TLS is off)
EMAIL_HOST_USER, EMAIL_HOST_PASSWORD, EMAIL_USE_TLS (default on), DEFAULT_FROM_EMAIL
CE_MIN_TIME_FACTOR   share of a course's approved hours a learner must spend before it can be
                     completed (default 1.0; tests and the demo lower it)
SITE_URL             the public address, for links in emails and PDFs (default 127.0.0.1:8000)
STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET   card payments through Stripe Checkout (both needed)
STORE_BANK_DETAILS   the text an invoice gives for paying by bank transfer
"""

from __future__ import annotations

from typing import Any

from tpatlas.web.env import env_bool, env_int, env_str


def env_float(name: str, default: float) -> float:
    from django.core.exceptions import ImproperlyConfigured

    raw = env_str(name)
    if raw is None:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a number, got {raw!r}") from None
    if not 0 <= value <= 10:
        raise ImproperlyConfigured(f"{name} must be between 0 and 10, got {value}")
    return value


PLATFORM_APPS = [
    "django.contrib.admin",
    "allauth",
    "allauth.account",
    "allauth.headless",
    "simple_history",
    "tpatlas.web.accounts",
    "tpatlas.web.learning",
    "tpatlas.web.credentials",
    "django_tasks",
    "django_tasks_db",
    "tpatlas.web.webinars",
    "tpatlas.web.store",
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
# Argon2 first: new passwords are hashed with it; older hashes still verify and are upgraded.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Accounts: email and password, or a code sent by email; the email address must be verified (by
# a code) before a certificate can be issued. allauth's rate limits are on by default and count
# in the default cache (a real one, never the dummy).
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_EMAIL_VERIFICATION_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
# URL names, not paths: they are resolved in the page's language (/es/... for Spanish).
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Trigger Point Atlas] "
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "dashboard"
HEADLESS_CLIENTS = ("app",)  # a phone app uses /_allauth/app/v1/ with session tokens

EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if EMAIL_HOST
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
EMAIL_PORT = env_int("EMAIL_PORT", 587 if EMAIL_USE_TLS else 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "") or ""
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "") or ""
EMAIL_TIMEOUT = 10
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Trigger Point Atlas <ce@example.org>")

CE_MIN_TIME_FACTOR = env_float("CE_MIN_TIME_FACTOR", 1.0)
# Completion records are kept six years (NCBTMB's rule), whatever happens to the account.
CE_RECORD_YEARS = 6

# Background tasks (webinar emails and reminders): rows in the database (django-tasks-db), run
# by a separate process, its `django-admin db_worker`, which `make run` starts beside the server.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# The store. Without both Stripe keys the card option is hidden; invoices always work.
SITE_URL = (env_str("SITE_URL", "http://127.0.0.1:8000") or "").rstrip("/")
STRIPE_SECRET_KEY = env_str("STRIPE_SECRET_KEY")
STRIPE_WEBHOOK_SECRET = env_str("STRIPE_WEBHOOK_SECRET")
STRIPE_API_BASE = env_str("STRIPE_API_BASE")  # tests: a local server standing in for Stripe
STORE_BANK_DETAILS = env_str(
    "STORE_BANK_DETAILS",
    "Bank transfer details are sent by the provider (set STORE_BANK_DETAILS).",
)

PLATFORM_MIDDLEWARE: dict[str, Any] = {
    "after_auth": [
        "allauth.account.middleware.AccountMiddleware",
        "simple_history.middleware.HistoryRequestMiddleware",
    ]
}
