"""Picking the language of a request.

``LanguageMiddleware`` replaces Django's LocaleMiddleware: a page's language is its address's
(``/es/...`` Spanish, any other English; a cookie never changes what an address shows, so a
cached page is the same for everyone), and the API's is its ``lang`` parameter, else the
Accept-Language header, else English; either way the response says it in Content-Language.

``RememberedLanguageMiddleware`` sits before the page cache: a visitor who chose Spanish with
the switcher (the language cookie) and opens an English address is sent to the same page under
/es/; a first visit to the home page goes by Accept-Language. The redirect is never cached for
anyone else (``Cache-Control: private`` and ``Vary: Cookie, Accept-Language``).
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect, JsonResponse
from django.http.response import HttpResponseBase
from django.middleware.locale import LocaleMiddleware
from django.utils import translation

from tpatlas.web.languages.paths import DEFAULT, accepted_language, alternates, codes, split
from tpatlas.web.security import API_PREFIX


def api_language(request: HttpRequest) -> str | None:
    """``?lang=``, else Accept-Language, else English; None for a ``lang`` we do not have."""
    asked = request.GET.get("lang")
    if asked is not None:
        return asked if asked in codes() else None
    return accepted_language(request.headers.get("Accept-Language", "")) or DEFAULT


def request_language(request: HttpRequest) -> str:
    """The language a request is answered in, from the request alone (the page cache's key)."""
    if request.path.startswith(API_PREFIX):
        return api_language(request) or DEFAULT
    return split(request.path)[0]


class LanguageMiddleware(LocaleMiddleware):
    def __call__(self, request: HttpRequest) -> HttpResponseBase | Awaitable[HttpResponseBase]:
        if request.path_info.startswith(API_PREFIX) and api_language(request) is None:
            asked = request.GET.get("lang")
            body = {"detail": f"unknown lang {asked!r}", "field": "lang", "allowed": codes()}
            return JsonResponse(body, status=422)
        return super().__call__(request)

    def process_request(self, request: HttpRequest) -> None:
        if not request.path_info.startswith(API_PREFIX):
            super().process_request(request)
            return
        lang = api_language(request) or DEFAULT
        translation.activate(lang)
        request.LANGUAGE_CODE = lang


def preferred_language(request: HttpRequest) -> str | None:
    """The language the visitor chose (the switcher's cookie); on a first visit to the home
    page, the browser's."""
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen in codes():
        return chosen
    if chosen is None and request.path == "/":
        return accepted_language(request.headers.get("Accept-Language", ""))
    return None


class RememberedLanguageMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        target = self.redirect_to(request)
        if target is None:
            return self.get_response(request)
        response = HttpResponseRedirect(target)
        response["Vary"] = "Cookie, Accept-Language"
        response["Cache-Control"] = "private, max-age=0"
        return response

    @staticmethod
    def redirect_to(request: HttpRequest) -> str | None:
        if request.method not in ("GET", "HEAD") or request.headers.get("HX-Request"):
            return None
        if split(request.path)[0] != DEFAULT:
            return None  # the address says its language
        wanted = preferred_language(request)
        if wanted is None or wanted == DEFAULT:
            return None
        found = alternates(request.path)
        if found is None or wanted not in found:
            return None
        query = request.META.get("QUERY_STRING", "")
        return found[wanted] + (f"?{query}" if query else "")
