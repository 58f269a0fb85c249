"""Which figure the charts are drawn on: male (the default) or female.

The switch on a monograph is a plain link (``?figure=female``) that works without JavaScript; the
choice is kept in a cookie, so it is a setting that holds on every monograph afterwards. The page
cache keys pages by it, as it does by language.
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse

from tpatlas.bodychart.figures import BODIES

COOKIE = "tpatlas_figure"
MAX_AGE = 365 * 24 * 3600


def chosen_body(request: HttpRequest) -> str:
    """``?figure=`` first, then the cookie, else male."""
    for value in (request.GET.get("figure"), request.COOKIES.get(COOKIE)):
        if value in BODIES:
            return value
    return BODIES[0]


def remember(request: HttpRequest, response: HttpResponse) -> HttpResponse:
    """Keep a choice made with ``?figure=`` (a response with a cookie is never cached)."""
    asked = request.GET.get("figure")
    if asked in BODIES and asked != request.COOKIES.get(COOKIE):
        response.set_cookie(COOKIE, asked, max_age=MAX_AGE, samesite="Lax", httponly=True)
    return response
