"""Whole pages and API reads, rendered once per address, language and data version.

The knowledge base cannot change while the process runs, so a monograph rendered once is the
same for every visitor who reads it in the same language. This middleware keeps the rendered
bytes (and a gzip copy) in Django's cache, answers ``If-None-Match`` with 304 from the stored
ETag, and serves gzip to clients that accept it. The key holds the data and course versions
(a new knowledge base or catalogue is never served stale), the language (the address's:
/es/... is Spanish, anything else English, whatever the cookie says; for the API its ``lang`` or
Accept-Language, as tpatlas.web.languages chooses) and the currency (cookie or
Accept-Language, as the store chooses it). Pages with a query string (a
search, a described pain) are rendered each time; API reads are cached with theirs, since
their filters are finite.

The finder API is a POST, but its answer is a pure function of the request body, the language
and the data: answers are kept too, keyed by a hash of the body, in each process's own memory
only (descriptions of pain are health information; they never go to a shared cache).

It sits early in the middleware list: a hit skips sessions, locale, CSRF and the view.
"""

from __future__ import annotations

import gzip
import hashlib
from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import caches
from django.http import HttpRequest, HttpResponse, HttpResponseNotModified

from tpatlas.ce.catalogue import catalogue_version
from tpatlas.kb.version import data_version
from tpatlas.web.languages.middleware import request_language
from tpatlas.web.languages.paths import unprefixed
from tpatlas.web.pages.figure_choice import chosen_body
from tpatlas.web.store.currency import anonymous_currency

CACHE_ALIAS = "pages"
FINDER_ALIAS = "finder"  # always this process's memory (see the module docstring)
FINDER_PATH = "/api/v1/finder"
TIMEOUT = 24 * 3600
MIN_GZIP = 512  # smaller bodies gain nothing from compression
KEPT_HEADERS = ("Content-Type", "Content-Language", "Cache-Control", "X-Frame-Options")
PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate"  # revalidate with the ETag each time
# Language switching, files served from disk, and everything about a person.
# The store's pages are personal (a cart, an order) or edited in the admin (policies).
# Webinars change in the database at any time and show each reader's zone and registration.
NEVER = ("/i18n/", "/data/", "/static/", "/accounts/", "/_allauth/", "/me/", "/learn/", "/admin/",
         "/verify/", "/api/v1/me/", "/cart/", "/checkout/", "/currency/", "/store/",
         "/policies/", "/webinars/", "/api/v1/webinars")  # fmt: skip


@dataclass(frozen=True)
class Entry:
    body: bytes
    gzipped: bytes | None
    etag: str
    headers: tuple[tuple[str, str], ...]


def cacheable(request: HttpRequest) -> bool:
    if request.method not in ("GET", "HEAD") or unprefixed(request.path).startswith(NEVER):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES:  # signed in: the header is personal
        return False
    return request.path.startswith("/api/v1/") or not request.META.get("QUERY_STRING")


def cache_key(request: HttpRequest) -> str:
    lang = request_language(request)
    # The path is hashed: a cache key must be short and free of spaces and control characters.
    address = request.get_full_path().encode()
    if request.method == "POST":
        address += b"\0" + request.body
    digest = hashlib.sha256(address).hexdigest()[:40]
    # The currency too: every page's header shows the selector, course pages show prices.
    currency = anonymous_currency(request)
    figure = chosen_body(request)  # the male or female figure under the monographs' charts
    return f"page:{data_version()}{catalogue_version()}:{lang}:{currency}:{figure}:{digest}"


def _finder_post(request: HttpRequest) -> bool:
    return (
        request.method == "POST"
        and request.path == FINDER_PATH
        and request.content_type == "application/json"
        and int(request.META.get("CONTENT_LENGTH") or 0) <= settings.DATA_UPLOAD_MAX_MEMORY_SIZE
    )


def _entry(response: HttpResponse) -> Entry | None:
    """What to keep of a response, or None when it must not be shared between visitors."""
    if (
        response.status_code != 200
        or response.streaming
        or response.cookies
        or "private" in response.get("Cache-Control", "")
        or "no-store" in response.get("Cache-Control", "")
    ):
        return None
    body = response.content
    etag = f'"{data_version()}-{hashlib.sha1(body, usedforsecurity=False).hexdigest()[:16]}"'
    gzipped = gzip.compress(body, compresslevel=6, mtime=0) if len(body) >= MIN_GZIP else None
    headers = tuple((h, response[h]) for h in KEPT_HEADERS if response.has_header(h))
    return Entry(body, gzipped, etag, headers)


def _serve(request: HttpRequest, entry: Entry) -> HttpResponse:
    if request.headers.get("If-None-Match") == entry.etag:
        response: HttpResponse = HttpResponseNotModified()
    else:
        use_gzip = entry.gzipped is not None and "gzip" in request.headers.get(
            "Accept-Encoding", ""
        )
        body = entry.gzipped if use_gzip and entry.gzipped is not None else entry.body
        response = HttpResponse(body)
        if use_gzip:
            response["Content-Encoding"] = "gzip"
        response["Content-Length"] = str(len(body))
        for name, value in entry.headers:
            response[name] = value
    response["ETag"] = entry.etag
    response["Vary"] = "Accept-Encoding, Accept-Language, Cookie"
    if not response.has_header("Cache-Control"):
        response["Cache-Control"] = PAGE_CACHE_CONTROL
    return response


class PageCacheMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        finder = _finder_post(request)
        if not (finder or cacheable(request)):
            return self.get_response(request)
        request.get_host()  # a wrong Host is refused (400) before any cached page is served
        cache = caches[FINDER_ALIAS if finder else CACHE_ALIAS]
        key = cache_key(request)
        entry = cache.get(key)
        if entry is None:
            response = self.get_response(request)
            entry = _entry(response)
            if entry is None:
                return response
            cache.set(key, entry, TIMEOUT)
        return _serve(request, entry)
