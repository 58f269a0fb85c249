"""The visitor's currency: their own choice (the header's selector, kept in a cookie and on the
profile) always wins; before they choose, the currency of their browser's language region
(es-MX -> MXN, en-GB -> GBP), otherwise the store's default. Never a guess from location.

The choice is read from the request alone for visitors who are not signed in, so the page
cache can key pages by it (see page_cache.cache_key).
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.store import default_currency

COOKIE = "currency"
COOKIE_AGE = 365 * 24 * 3600


def offered() -> list[str]:
    return list(load_catalogue().store.currencies)


def anonymous_currency(request: HttpRequest) -> str:
    """The cookie, else the browser's languages: no database, so cache keys can use it."""
    chosen = request.COOKIES.get(COOKIE, "").upper()
    if chosen in load_catalogue().store.currencies:
        return chosen
    return default_currency(request.headers.get("Accept-Language", ""), load_catalogue().store)


def currency_for(request: HttpRequest) -> str:
    """The cookie (the visitor's latest choice), else the signed-in person's profile, else the
    browser's languages."""
    if request.COOKIES.get(COOKIE, "").upper() in load_catalogue().store.currencies:
        return request.COOKIES[COOKIE].upper()
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        profile = getattr(user, "profile", None)
        if profile is not None and profile.currency in load_catalogue().store.currencies:
            return str(profile.currency)
    return anonymous_currency(request)


@csrf_exempt  # like set_language: cached pages carry no CSRF token; it only sets a preference
@require_POST
def set_currency(request: HttpRequest) -> HttpResponse:
    code = request.POST.get("currency", "").upper()
    target = request.POST.get("next") or request.headers.get("Referer") or "/"
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    if code in load_catalogue().store.currencies:
        response.set_cookie(COOKIE, code, max_age=COOKIE_AGE, samesite="Lax")
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated and hasattr(user, "profile"):
            user.profile.currency = code
            user.profile.save(update_fields=["currency"])
    return response


def currency_context(request: HttpRequest) -> dict[str, Any]:
    """For every template: the visitor's currency and the ones offered, for the selector."""
    return {"CURRENCY": currency_for(request), "CURRENCIES": offered()}
