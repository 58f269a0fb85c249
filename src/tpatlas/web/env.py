"""Small typed readers for environment variables that fail loudly, naming the variable.

A typo in a deployment's environment should stop the server at start-up with a message that
says which variable is wrong and what it accepts, never run half-configured (a production site
that silently falls back to plain HTTP or to a guessable secret key is worse than one that does
not start).
"""

from __future__ import annotations

import os
import re

from django.core.exceptions import ImproperlyConfigured

TRUE = {"1", "true", "yes", "on"}
FALSE = {"0", "false", "no", "off", ""}

# The key a DEBUG run uses when SECRET_KEY is not set. Never accepted without DEBUG.
DEVELOPMENT_KEY = "insecure-development-key-do-not-use-in-production"
GENERATE_KEY = 'python -c "import secrets; print(secrets.token_urlsafe(50))"'
# The thresholds Django's own deployment check uses (security.W009).
MIN_KEY_LENGTH = 50
MIN_KEY_CHARACTERS = 5
# Words that mark a placeholder someone meant to replace. Six letters or more, so a random key
# contains one by chance about once in ten million keys.
PLACEHOLDER_WORDS = (
    "changeme",
    "change-me",
    "change_me",
    "secret",
    "password",
    "insecure",
    "example",
    "placeholder",
)
HEADER_NAME = re.compile(r"^[A-Za-z0-9_-]+$")


def env_bool(name: str, default: bool = False) -> bool:
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE:
        return True
    if value in FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name} must be one of 1/0, true/false, yes/no, on/off; got {raw!r}"
    )


def env_int(name: str, default: int, minimum: int = 0) -> int:
    """A whole number of at least ``minimum``; an empty value means the default."""
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        value = minimum - 1
    if value < minimum:
        raise ImproperlyConfigured(
            f"{name} must be a whole number of at least {minimum}; got {raw!r}"
        )
    return value


def env_str(name: str, default: str | None = None) -> str | None:
    raw = os.environ.get(name)
    return raw if raw not in (None, "") else default


def env_list(name: str, default: list[str]) -> list[str]:
    raw = os.environ.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def env_proxy_ssl_header(name: str) -> tuple[str, str] | None:
    """SECURE_PROXY_SSL_HEADER from a header name, e.g. ``X-Forwarded-Proto`` or
    ``HTTP_X_FORWARDED_PROTO`` (value ``https``), or ``NAME=value`` for another value.

    Only set this behind a proxy that always sets (or strips) the header: otherwise a client
    could claim HTTPS by sending it."""
    raw = env_str(name)
    if raw is None:
        return None
    header, _, value = raw.strip().partition("=")
    header, value = header.strip(), value.strip() or "https"
    if not HEADER_NAME.match(header):
        raise ImproperlyConfigured(
            f"{name} must be a request header name such as X-Forwarded-Proto or "
            f"HTTP_X_FORWARDED_PROTO (optionally =value, default https); got {raw!r}"
        )
    meta = header.upper().replace("-", "_")
    return (meta if meta.startswith("HTTP_") else f"HTTP_{meta}", value)


def weak_key_reason(key: str) -> str | None:
    """Why a secret key is too weak to sign sessions and CSRF tokens with, or None.

    >>> weak_key_reason("changeme")
    'it is 8 characters long (at least 50 are needed)'
    >>> weak_key_reason("abcdef" * 10)
    'it repeats "abcdef"'
    """
    lowered = key.lower()
    if lowered.startswith("django-insecure-"):
        return 'it starts with "django-insecure-" (the key startproject writes for development)'
    if len(key) < MIN_KEY_LENGTH:
        return f"it is {len(key)} characters long (at least {MIN_KEY_LENGTH} are needed)"
    if len(set(key)) < MIN_KEY_CHARACTERS:
        return f"it uses only {len(set(key))} different characters"
    for size in range(1, 17):
        unit = key[:size]
        if (unit * (len(key) // size + 1))[: len(key)] == key:
            return f'it repeats "{unit}"'
    word = next((w for w in PLACEHOLDER_WORDS if w in lowered), None)
    if word:
        return f'it contains "{word}", which marks a placeholder'
    return None


def require_secret_key(debug: bool) -> str:
    """SECRET_KEY from the environment, refused if weak; only a DEBUG run may fall back to a
    throwaway key (or use a weak one), because only a DEBUG run never serves the public."""
    key = env_str("SECRET_KEY")
    if not key:
        if debug:
            return DEVELOPMENT_KEY
        raise ImproperlyConfigured(
            "SECRET_KEY is not set. Set the SECRET_KEY environment variable to a long random "
            f"string, e.g. the output of: {GENERATE_KEY} "
            "(make run does this for you and keeps it in var/secret_key), "
            "or set DEBUG=1 for development."
        )
    reason = None if debug else weak_key_reason(key)
    if reason:
        raise ImproperlyConfigured(
            f"SECRET_KEY is too weak: {reason}. Generate a strong one with: {GENERATE_KEY} "
            "(or set DEBUG=1 for development, where the built-in key is used)."
        )
    return key
