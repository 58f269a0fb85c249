"""Security headers, HTTP methods and the API's JSON errors: the site-wide rules in one place.

Why middleware rather than per-view code: the rules must hold for every address, including
ones added later and Django's own views (set_language), so a reviewer reads the whole policy
here. Django's SecurityMiddleware still sets HSTS, nosniff and Referrer-Policy from the settings
(that is what `check --deploy` inspects); this module adds what Django 5.2 does not have.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from django.http import HttpRequest, HttpResponse, JsonResponse, StreamingHttpResponse
from django.http.response import HttpResponseBase
from django.urls import Resolver404, resolve
from django.utils import translation

from tpatlas.web.languages.paths import split

Handler = Callable[[HttpRequest], HttpResponseBase]

# Content-Security-Policy: everything from our own origin, nothing inline, nothing evaluated.
# Scripts are /static/ files (htmx, finder.js); htmx is told not to eval and not to inject its
# indicator <style> (the htmx-config meta in base.html); the body charts are inline SVG markup
# coloured by classes. An XSS that slipped into a page could run no script and load nothing
# from elsewhere; frame-ancestors 'none' keeps the site out of other sites' frames.
CONTENT_SECURITY_POLICY = "; ".join(
    (
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    )
)

# Permissions-Policy: the atlas uses no sensor, device or payment feature; none is allowed to
# the page or to anything it might ever embed (features a browser does not know are logged as
# errors in its console, so this lists only ones Chromium recognises).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)

API_PREFIX = "/api/v1/"  # where urls.py mounts the API; its errors are always JSON
READS = ("GET", "HEAD")
# Addresses (URL names) that take more than reads, among views that CSRF protects. Any other
# such address only reads. CSRF-exempt views (django-ninja's API operations) know their own
# methods and answer 405 with Allow themselves.
ACCEPTS = {
    "set_language": ("GET", "HEAD", "POST"),
    "finder": ("GET", "HEAD", "POST"),  # the form posts; it only reads (finder_view.py)
    "webinar-register": ("POST",),
    "webinar-cancel": ("POST",),
}
# Areas whose views take forms (accounts, learning, the admin): POST is theirs to handle, with
# CSRF; allauth's app API (/_allauth/) decides its own methods (DELETE logs out).
FORM_AREAS = ("/accounts/", "/learn/", "/me/", "/courses/", "/admin/", "/cart/", "/checkout/")
OWN_METHODS = ("/_allauth/",)
LOG_LINE_LIMIT = 300


class SecurityHeadersMiddleware:
    """Adds the CSP and Permissions-Policy to every response (a view may set its own)."""

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class HttpMethodsMiddleware:
    """Each address answers only the methods it takes.

    HEAD is answered as the GET would be (same status, headers and ETag), without the body:
    django-ninja routes only GET, and Django's ETag middleware only looks at GETs. OPTIONS gets
    an empty 200 with `Allow`; anything else an address does not take (PUT, PATCH, DELETE,
    TRACE, a POST to a page) is a 405 with `Allow`, before CSRF could answer a confusing 403.
    The API's operations are CSRF-exempt and route by method themselves: their 405 (and the
    Allow it names) is kept, in JSON. Under the API every error is JSON, `{"detail": ...}`.
    """

    def __init__(self, get_response: Handler) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponseBase:
        if request.method != "HEAD":
            return self._dispatch(request)
        request.method = "GET"
        try:
            response = self._dispatch(request)
        finally:
            request.method = "HEAD"
        return _without_body(response)

    def _dispatch(self, request: HttpRequest) -> HttpResponseBase:
        api = request.path_info.startswith(API_PREFIX)
        allowed = None if request.method == "GET" else _methods(request.path_info)
        if allowed is None:  # a GET, an unknown address (its 404 says so), or a view's own say
            response = self.get_response(request)
            return _api_answer(request, response) if api else response
        method = request.method or "GET"
        if method == "OPTIONS":
            return _options(allowed)
        if method not in allowed:
            return _not_allowed(method, allowed, api)
        response = self.get_response(request)
        return _api_answer(request, response) if api else response


class OneLineFormatter(logging.Formatter):
    """`LEVEL logger: message` on one line, without the traceback: a wrong Host header or an
    oversized body is a scan or a client's mistake, not a bug to debug."""

    def format(self, record: logging.LogRecord) -> str:
        message = " ".join(record.getMessage().split())
        if len(message) > LOG_LINE_LIMIT:
            message = message[: LOG_LINE_LIMIT - 1] + "…"
        return f"{record.levelname} {record.name}: {message}"


def _methods(path: str) -> tuple[str, ...] | None:
    """What the address takes, or None if there is no such address or its view decides."""
    lang, rest = split(path)  # /es/accounts/ is /accounts/ in Spanish
    if rest.startswith(OWN_METHODS):
        return None
    if rest.startswith(FORM_AREAS):
        return ("GET", "HEAD", "POST")
    try:
        with translation.override(lang):  # resolving /es/... needs Spanish active
            match = resolve(path)
    except Resolver404:
        return None
    if match.view_name in ACCEPTS:
        return ACCEPTS[match.view_name]
    if getattr(match.func, "csrf_exempt", False):
        return None
    return READS


def _allow(methods: Iterable[str]) -> str:
    """The Allow header: HEAD wherever GET is (see HttpMethodsMiddleware), and OPTIONS."""
    names = {m.strip().upper() for m in methods if m.strip()}
    if "GET" in names:
        names.add("HEAD")
    return ", ".join(sorted(names | {"OPTIONS"}))


def _options(allowed: Iterable[str]) -> HttpResponse:
    response = HttpResponse(status=200, content_type="text/plain; charset=utf-8")
    response["Allow"] = _allow(allowed)
    response["Content-Length"] = "0"
    return response


def _not_allowed(method: str, allowed: Iterable[str], api: bool) -> HttpResponse:
    allow = _allow(allowed)
    if api:
        detail = f"{method} is not allowed here; use {allow}."
        response: HttpResponse = _json(405, {"detail": detail, "allowed": allow.split(", ")})
    else:
        response = HttpResponse(
            f"{method} is not allowed here; this address takes {allow}.\n",
            status=405,
            content_type="text/plain; charset=utf-8",
        )
        response["Content-Length"] = str(len(response.content))
    response["Allow"] = allow
    return response


def _api_answer(request: HttpRequest, response: HttpResponseBase) -> HttpResponseBase:
    """The API's response, with any error that is not already JSON turned into JSON: ninja's
    405 (plain text), Django's 404 for an unknown endpoint, a 400 for a bad Host header, a 500."""
    if response.status_code < 400 or _is_json(response):
        return response
    if response.status_code != 405:
        answer = _json(response.status_code, {"detail": response.reason_phrase})
        # Django marks a response it already logged (a bad Host header is logged by
        # django.security); keep the mark so django.request does not log it a second time.
        logged = getattr(response, "_has_been_logged", False)
        answer._has_been_logged = logged  # type: ignore[attr-defined]
        return answer
    allowed = _allow(response.get("Allow", "").split(",")).split(", ")
    if request.method == "OPTIONS":
        return _options(allowed)
    return _not_allowed(request.method or "GET", allowed, api=True)


def _is_json(response: HttpResponseBase) -> bool:
    return response.get("Content-Type", "").startswith("application/json")


def _json(status: int, body: dict[str, object]) -> JsonResponse:
    response = JsonResponse(body, status=status)
    response["Content-Length"] = str(len(response.content))
    return response


def _without_body(response: HttpResponseBase) -> HttpResponseBase:
    """The answer to a HEAD: the GET's status and headers (Content-Length included), no body."""
    if isinstance(response, StreamingHttpResponse):
        response.streaming_content = iter(())
    elif isinstance(response, HttpResponse):
        response.content = b""
    return response
