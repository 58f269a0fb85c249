"""Cache headers for the read API: public for a while, with an ETag so clients can revalidate.

Django's ConditionalGetMiddleware computes the ETag from the content and answers 304 to a
matching If-None-Match; this middleware adds Cache-Control to successful API reads.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

MAX_AGE = 300


class ApiCacheControlMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            request.method in ("GET", "HEAD")
            and request.path.startswith("/api/v1/")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
        ):
            response["Cache-Control"] = f"public, max-age={MAX_AGE}"
        return response
