"""Per-client limits on the addresses that cost work: the finder, search suggestions and
handout PDFs (sign-up and login have allauth's own limits). A client over its limit gets 429
with ``Retry-After``.

Counting uses Django's cache, so several app servers sharing a cache (TPATLAS_CACHE_URL) share
the counts. Windows are fixed (a count per client per minute): simple and cheap, and a client
learns exactly when to try again. TPATLAS_RATE_LIMITS is ``off`` (benchmarks) or overrides
limits, e.g. ``finder=30/60,suggest=240/60`` (requests per seconds).

>>> parse_limits("finder=30/60")["finder"]
(30, 60)
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from functools import cache as memo

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ImproperlyConfigured
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext as _

from tpatlas.web.languages.paths import unprefixed

DEFAULTS = {"finder": (60, 60), "suggest": (240, 60), "search": (120, 60), "pdf": (20, 60)}


@memo
def parse_limits(text: str | None) -> dict[str, tuple[int, int]]:
    limits = dict(DEFAULTS)
    if not text or text == "on":
        return limits
    if text == "off":
        return {}
    for part in text.split(","):
        try:
            name, rate = part.strip().split("=")
            count, seconds = (int(x) for x in rate.split("/"))
        except ValueError:
            raise ImproperlyConfigured(
                f"TPATLAS_RATE_LIMITS: {part!r} is not name=requests/seconds (or 'off')"
            ) from None
        if name not in DEFAULTS or count < 1 or seconds < 1:
            raise ImproperlyConfigured(
                f"TPATLAS_RATE_LIMITS: {part!r}; names are {', '.join(DEFAULTS)}"
            )
        limits[name] = (count, seconds)
    return limits


def bucket(request: HttpRequest) -> str | None:
    """Which limit a request counts against, if any."""
    path = unprefixed(request.path)  # /es/finder/ counts as /finder/
    if path == "/api/v1/finder" and request.method == "POST":
        return "finder"
    if path == "/finder/" and (request.GET.get("text") or request.GET.get("zone") or request.POST):
        return "finder"
    if path == "/search/suggest/":
        return "suggest"
    if path == "/api/v1/search":
        return "search"
    if path == "/handouts/handout.pdf":  # a PDF is drawn for each request
        return "pdf"
    return None


def client(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or behind a proxy the first X-Forwarded-For."""
    header = getattr(settings, "TPATLAS_CLIENT_IP_HEADER", None)
    if header:
        forwarded = request.META.get(header, "")
        if forwarded:
            return str(forwarded).split(",")[0].strip()
    return str(request.META.get("REMOTE_ADDR", "unknown"))


def _too_many(request: HttpRequest, retry: int) -> HttpResponse:
    message = _("Too many requests; please wait %(seconds)s seconds and try again.") % {
        "seconds": retry
    }
    if request.path.startswith("/api/"):
        response = HttpResponse(json.dumps({"detail": message}), content_type="application/json")
    else:
        response = HttpResponse(f"<p>{message}</p>", content_type="text/html; charset=utf-8")
    response.status_code = 429
    response["Retry-After"] = str(retry)
    response["Cache-Control"] = "no-store"
    return response


class RateLimitMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        limits = parse_limits(getattr(settings, "RATE_LIMITS", "on"))
        name = bucket(request) if limits else None
        if name and name in limits:
            count, seconds = limits[name]
            now = time.time()
            window = int(now // seconds)
            key = f"rate:{name}:{client(request)}:{window}"
            cache.add(key, 0, seconds + 1)
            try:
                used = cache.incr(key)
            except ValueError:  # expired between add and incr: this is the first request
                cache.set(key, 1, seconds + 1)
                used = 1
            if used > count:
                return _too_many(request, int((window + 1) * seconds - now) + 1)
        return self.get_response(request)
