"""Hardening: security headers, no inline code under the CSP, HTTPS settings, secret keys,
cookies, body limits and quiet logs for bad Host headers."""

from __future__ import annotations

import doctest
import io
import json
import logging
import os
import re
import runpy
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.test import Client, override_settings

from tpatlas.kb import KnowledgeBase
from tpatlas.web import env, security
from tpatlas.web.env import DEVELOPMENT_KEY, require_secret_key

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "src" / "tpatlas" / "web" / "static" / "tpatlas"
SETTINGS_FILE = str(Path(env.__file__).with_name("settings.py"))
STRONG_KEY = "p7Hq2LxW9vTn4Rk8ZsYb3MdFg6JcEa1UoQiNw5BhXyKmVt0PlGr-_zS8uDe2CfAj"
PAGES = [
    "/",
    "/muscles/",
    "/muscles/by-pain/",
    "/connections/",
    "/conditions/",
    "/techniques/",
    "/finder/",
    "/finder/?text=deep+ache+behind+my+right+knee&worse=stairs",
    "/finder/?zone=right-popliteal-fossa&zone=right-upper-calf&flag=fever",
    "/search/?q=sitting+bone",
    "/search/suggest/?q=hams",
    "/data/",
    "/api/",
    "/muscles/no-such-muscle/",
]
INLINE = re.compile(
    r"<script(?![^>]*\bsrc=)[^>]*>"  # an inline script
    r"|<style\b"  # a style block
    r"|\sstyle\s*="  # a style attribute
    r"|\son[a-z]+\s*="  # an event handler attribute
    r"|\s(?:data-)?hx-on"  # htmx's inline handlers (evaluated)
    r"|hx-trigger=\"[^\"]*\["  # an htmx trigger filter (evaluated)
    r"|javascript:",
    re.I,
)


@pytest.fixture
def client() -> Client:
    return Client()


# --- headers and the Content-Security-Policy --------------------------------------------------


@pytest.mark.parametrize("path", ["/", "/muscles/hamstrings/", "/finder/", "/api/v1/muscles"])
def test_every_response_carries_the_security_headers(client: Client, path: str) -> None:
    response = client.get(path)
    csp = response["Content-Security-Policy"]
    assert csp == security.CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    policy = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert f"{feature}=()" in policy
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["X-Frame-Options"] == "DENY"


def test_no_page_has_inline_code_the_policy_would_block(client: Client, kb: KnowledgeBase) -> None:
    paths = PAGES + [f"/muscles/{m}/" for m in kb.muscles]
    for path in paths:
        html = client.get(path).content.decode()
        found = INLINE.search(html)
        assert found is None, f"{path}: {found and html[found.start() - 80 : found.end() + 80]}"


def test_htmx_is_told_not_to_eval_or_inject_styles(client: Client) -> None:
    html = client.get("/").content.decode()
    meta = re.search(r"<meta name=\"htmx-config\" content='([^']*)'>", html)
    assert meta, "base.html must configure htmx"
    config = json.loads(meta.group(1))
    assert config["allowEval"] is False and config["includeIndicatorStyles"] is False
    # The vendored htmx (2.x) knows both options and reads this meta tag.
    htmx = (STATIC / "htmx.min.js").read_text()
    assert re.search(r'version:"2\.', htmx)
    for needle in ("allowEval", "includeIndicatorStyles", 'meta[name="htmx-config"]'):
        assert needle in htmx, needle


# --- HTTPS settings ---------------------------------------------------------------------------


@pytest.fixture
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[pytest.MonkeyPatch]:
    for name in list(os.environ):
        if name.startswith("TPATLAS_") and name != "TPATLAS_DATA_DIR":
            monkeypatch.delenv(name)
    monkeypatch.delenv("DEBUG", raising=False)
    monkeypatch.setenv("SECRET_KEY", STRONG_KEY)
    yield monkeypatch


def load_settings(**environ: str) -> dict[str, Any]:
    """The settings file run afresh under these environment variables."""
    os.environ.update(environ)
    return runpy.run_path(SETTINGS_FILE, run_name="settings_under_test")


def test_https_features_are_off_for_a_plain_http_run(clean_env: pytest.MonkeyPatch) -> None:
    s = load_settings()
    assert not s["SECURE_SSL_REDIRECT"] and not s["SESSION_COOKIE_SECURE"]
    assert not s["CSRF_COOKIE_SECURE"] and s["SECURE_HSTS_SECONDS"] == 0
    assert s["SECURE_PROXY_SSL_HEADER"] is None
    # DEBUG keeps them off even when TPATLAS_HTTPS is set (a local copy of production's env).
    s = load_settings(TPATLAS_HTTPS="1", DEBUG="1")
    assert not s["SECURE_SSL_REDIRECT"] and s["SECURE_HSTS_SECONDS"] == 0


def test_tpatlas_https_turns_on_redirect_secure_cookies_and_hsts(
    clean_env: pytest.MonkeyPatch,
) -> None:
    s = load_settings(TPATLAS_HTTPS="1")
    assert s["SECURE_SSL_REDIRECT"] and s["SESSION_COOKIE_SECURE"] and s["CSRF_COOKIE_SECURE"]
    assert s["SECURE_HSTS_SECONDS"] == 31536000
    assert s["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and s["SECURE_HSTS_PRELOAD"]
    assert s["SESSION_COOKIE_HTTPONLY"] and s["CSRF_COOKIE_HTTPONLY"]


def test_hsts_redirect_and_proxy_header_can_be_set_from_the_environment(
    clean_env: pytest.MonkeyPatch,
) -> None:
    s = load_settings(
        TPATLAS_HTTPS="1",
        TPATLAS_HSTS_SECONDS="600",
        TPATLAS_HSTS_INCLUDE_SUBDOMAINS="0",
        TPATLAS_HSTS_PRELOAD="no",
        TPATLAS_SSL_REDIRECT="0",
        TPATLAS_PROXY_SSL_HEADER="X-Forwarded-Proto",
    )
    assert s["SECURE_HSTS_SECONDS"] == 600 and not s["SECURE_SSL_REDIRECT"]
    assert not s["SECURE_HSTS_INCLUDE_SUBDOMAINS"] and not s["SECURE_HSTS_PRELOAD"]
    assert s["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_PROTO", "https")
    s = load_settings(TPATLAS_PROXY_SSL_HEADER="HTTP_X_FORWARDED_SSL=on")
    assert s["SECURE_PROXY_SSL_HEADER"] == ("HTTP_X_FORWARDED_SSL", "on")


@pytest.mark.parametrize(
    ("name", "value"),
    [
        ("TPATLAS_HTTPS", "maybe"),
        ("TPATLAS_HSTS_SECONDS", "a year"),
        ("TPATLAS_HSTS_SECONDS", "-1"),
        ("TPATLAS_HSTS_PRELOAD", "sure"),
        ("TPATLAS_PROXY_SSL_HEADER", "X Forwarded Proto"),
    ],
)
def test_a_bad_https_setting_fails_naming_the_variable(
    clean_env: pytest.MonkeyPatch, name: str, value: str
) -> None:
    with pytest.raises(ImproperlyConfigured, match=name):
        load_settings(**{name: value})


def test_check_deploy_is_clean_in_a_production_configuration(tmp_path: Path) -> None:
    environ = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TPATLAS_", "DJANGO_", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS"))
    }
    environ.update(
        DJANGO_SETTINGS_MODULE="tpatlas.web.settings",
        DEBUG="0",
        TPATLAS_HTTPS="1",
        SECRET_KEY=STRONG_KEY,
        ALLOWED_HOSTS="atlas.example.org",
        TPATLAS_DATA_DIR=str(tmp_path),
    )
    script = (
        "import django; django.setup(); from django.core.management import call_command; "
        "call_command('check', '--deploy', '--fail-level', 'WARNING')"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], env=environ, capture_output=True, text=True, cwd=ROOT
    )
    assert done.returncode == 0, done.stderr
    assert "no issues" in done.stdout + done.stderr


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_HSTS_SECONDS=31536000)
def test_with_https_on_plain_http_redirects_and_https_gets_hsts(client: Client) -> None:
    response = client.get("/muscles/")
    assert response.status_code == 301 and response["Location"] == "https://testserver/muscles/"
    secure = client.get("/muscles/", secure=True)
    assert secure.status_code == 200
    assert secure["Strict-Transport-Security"].startswith("max-age=31536000")


@override_settings(
    SECURE_SSL_REDIRECT=True, SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https")
)
def test_behind_a_proxy_the_forwarded_scheme_counts(client: Client) -> None:
    assert client.get("/", HTTP_X_FORWARDED_PROTO="https").status_code == 200
    assert client.get("/", HTTP_X_FORWARDED_PROTO="http").status_code == 301


# --- secret key -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "key",
    [
        "build",
        "x" * 60,
        "abab" * 20,
        "abcdefgh" * 8,
        "django-insecure-" + STRONG_KEY,
        "changeme-" + STRONG_KEY,
        STRONG_KEY[:40] + "-secret-key",
    ],
)
def test_a_weak_secret_key_is_refused_with_how_to_make_one(
    monkeypatch: pytest.MonkeyPatch, key: str
) -> None:
    monkeypatch.setenv("SECRET_KEY", key)
    with pytest.raises(ImproperlyConfigured) as err:
        require_secret_key(debug=False)
    message = str(err.value)
    assert message.startswith("SECRET_KEY is too weak")
    assert "secrets.token_urlsafe(50)" in message


def test_a_strong_key_is_accepted_and_debug_may_use_the_development_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SECRET_KEY", STRONG_KEY)
    assert require_secret_key(debug=False) == STRONG_KEY
    monkeypatch.setenv("SECRET_KEY", "build")
    assert require_secret_key(debug=True) == "build"  # a DEBUG run never serves the public
    monkeypatch.delenv("SECRET_KEY")
    assert require_secret_key(debug=True) == DEVELOPMENT_KEY
    with pytest.raises(ImproperlyConfigured, match=r"SECRET_KEY is not set.*token_urlsafe"):
        require_secret_key(debug=False)


def test_the_env_helpers_examples_hold() -> None:
    assert doctest.testmod(env).failed == 0


def test_the_test_settings_key_passes_the_check() -> None:
    assert env.weak_key_reason(settings.SECRET_KEY) is None


# --- cookies and CSRF -------------------------------------------------------------------------


def test_pages_set_no_cookie_and_the_language_form_posts_without_a_token() -> None:
    """Pages carry no per-visitor token, so a rendered page can be cached and shared; the only
    form that posts switches the language, which a forged request could do no harm with."""
    assert settings.SESSION_COOKIE_HTTPONLY and settings.CSRF_COOKIE_HTTPONLY
    client = Client(enforce_csrf_checks=True)
    page = client.get("/muscles/hamstrings/")
    assert not page.cookies and "csrfmiddlewaretoken" not in page.content.decode()
    switched = client.post("/i18n/setlang/", {"language": "es", "next": "/muscles/hamstrings/"})
    assert switched.status_code == 302
    spanish = client.get("/muscles/hamstrings/", follow=True)  # remembered: to /es/...
    assert "Isquiotibiales" in spanish.content.decode()


# --- request bodies and API errors ------------------------------------------------------------


def test_an_oversized_api_body_is_a_json_413(client: Client) -> None:
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE == 128 * 1024
    body = json.dumps({"text": "ache " * 40_000})
    response = client.post("/api/v1/finder", data=body, content_type="application/json")
    assert response.status_code == 413
    assert response["Content-Type"].startswith("application/json")
    assert "128 kB" in response.json()["detail"]


def test_an_unknown_api_endpoint_is_a_json_404(client: Client) -> None:
    response = client.get("/api/v1/no-such-endpoint")
    assert response.status_code == 404 and response.json() == {"detail": "Not Found"}


@pytest.fixture
def log_lines() -> Iterator[io.StringIO]:
    """Everything the configured handlers write, in one buffer (handlers keep the stderr they
    were created with, so capsys cannot see them)."""
    buffer = io.StringIO()
    handlers = {
        h
        for name in ("", "django", "django.request", "django.security")
        for h in logging.getLogger(name).handlers
        if isinstance(h, logging.StreamHandler) and not isinstance(h, logging.FileHandler)
    }
    old = {h: h.setStream(buffer) for h in handlers}
    yield buffer
    for h, stream in old.items():
        if stream is not None:
            h.setStream(stream)


def test_a_wrong_host_is_a_plain_400_and_one_log_line(
    client: Client, log_lines: io.StringIO
) -> None:
    response = client.get("/muscles/", HTTP_HOST="attacker.example")
    assert response.status_code == 400 and b"Traceback" not in response.content
    api = client.get("/api/v1/muscles", HTTP_HOST="attacker.example")
    assert api.status_code == 400 and api.json() == {"detail": "Bad Request"}
    lines = log_lines.getvalue().splitlines()
    assert len(lines) == 2, lines  # one per request
    assert all(line.startswith("ERROR django.security.DisallowedHost: ") for line in lines)
    assert "attacker.example" in lines[0]


def test_the_one_line_formatter_drops_tracebacks() -> None:
    try:
        raise ValueError("boom")
    except ValueError:
        record = logging.LogRecord(
            "django.security.X", logging.ERROR, __file__, 1, "bad\nhost", None, sys.exc_info()
        )
    line = security.OneLineFormatter().format(record)
    assert line == "ERROR django.security.X: bad host"


def test_every_environment_variable_the_settings_read_is_in_the_readme() -> None:
    source = Path(SETTINGS_FILE).read_text()
    names = set(re.findall(r'env_\w+\(\s*"([A-Z_]+)"', source))
    assert {"TPATLAS_HTTPS", "TPATLAS_HSTS_SECONDS", "TPATLAS_PROXY_SSL_HEADER"} <= names
    readme = (ROOT / "README.md").read_text()
    assert "## Deployment" in readme and "check --deploy" in readme
    for name in sorted(names):
        assert f"`{name}`" in readme, name
