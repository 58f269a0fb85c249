"""API routes. Errors are JSON with a message (and the field and allowed values where useful).

Errors raised outside the routes (a 405, an unknown endpoint, a bad Host header) are turned
into JSON by tpatlas.web.security.HttpMethodsMiddleware.
"""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest, HttpResponse
from django.utils.translation import get_language
from ninja import NinjaAPI
from ninja.errors import ValidationError
from ninja.parser import Parser

from tpatlas.bodychart import BodyChart
from tpatlas.finder import FinderInputError, build_query, choir, find
from tpatlas.finder.query import query_from_text
from tpatlas.web.api import ce, reads, webinars
from tpatlas.web.api.openapi import enrich
from tpatlas.web.api.schemas import ErrorOut, FinderIn, FinderOut
from tpatlas.web.knowledge import kb
from tpatlas.web.pages.finder_language import localize_answer


class ObjectBodyParser(Parser):
    """JSON bodies must be objects: a list or a bare value is a 400, not an empty request."""

    def parse_body(self, request: HttpRequest) -> dict[str, Any]:
        data = json.loads(request.body)
        if not isinstance(data, dict):
            raise ValueError("the request body must be a JSON object")
        return data


class AtlasAPI(NinjaAPI):
    """NinjaAPI whose OpenAPI schema lists the knowledge base's allowed values as enums."""

    def get_openapi_schema(self, *args: Any, **kwargs: Any) -> Any:
        return enrich(dict(super().get_openapi_schema(*args, **kwargs)))


api = AtlasAPI(
    title="Trigger Point Atlas API",
    version="1",
    urls_namespace="api-v1",
    description="Muscles, trigger points, zones, conditions, techniques, search and the pain "
    "finder. Read endpoints need no account. Knowledge base data: CC BY-SA 4.0.",
    docs_url=None,  # our own docs page at /api/ needs no third-party scripts
    parser=ObjectBodyParser(),
)
api.add_router("", reads.router)
api.add_router("", ce.router)
api.add_router("", ce.me)
api.add_router("", webinars.router)


@api.exception_handler(ValidationError)
def on_validation_error(request: HttpRequest, exc: ValidationError) -> HttpResponse:
    """422 naming the field and, for a choice, the allowed values."""
    errors = list(exc.errors) or [{"msg": "invalid input", "loc": []}]
    first = next((e for e in errors if e.get("type") == "literal_error"), errors[0])
    loc = [
        str(p) for p in first.get("loc", []) if p not in ("body", "payload") and "[" not in str(p)
    ]
    expected = str(first.get("ctx", {}).get("expected", ""))
    body = {
        "detail": first.get("msg", "invalid input"),
        "field": ".".join(loc) or None,
        "allowed": re.findall(r"'([^']*)'", expected),
    }
    return api.create_response(request, body, status=422)


@api.exception_handler(RequestDataTooBig)
def on_body_too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
    """413 naming the limit, instead of Django's bare 400 and a logged traceback: a client that
    sends too much should learn why, and the log should not fill up."""
    limit = settings.DATA_UPLOAD_MAX_MEMORY_SIZE or 0
    body = {"detail": f"the request body is larger than the limit of {limit // 1024} kB"}
    return api.create_response(request, body, status=413)


@api.exception_handler(FinderInputError)
def on_finder_input(request: HttpRequest, exc: FinderInputError) -> HttpResponse:
    body = {"detail": exc.message, "field": exc.field, "allowed": exc.allowed}
    return api.create_response(request, body, status=422)


def _with_choir(chart: BodyChart, payload: FinderIn) -> list[str] | dict[str, Any]:
    """The zones asked for, with those of any CHOIR Body Map segments (an unknown one is a 422)."""
    zones = payload.zones or []
    if not payload.choir_segments:
        return zones
    unknown = choir.unknown_segments(chart, payload.choir_segments)
    if unknown:
        listed = ", ".join(map(str, unknown))
        raise FinderInputError("choir_segments", f"unknown CHOIR segments: {listed}", choir.IDS)
    extra = choir.from_choir(chart, payload.choir_segments)
    if isinstance(zones, dict):
        return {**dict.fromkeys(extra, "moderate"), **zones}
    return [*zones, *extra]


@api.post("/finder", response={200: FinderOut, 422: ErrorOut}, tags=["finder"])
def finder(request: HttpRequest, payload: FinderIn) -> HttpResponse:
    """Rank the muscles whose trigger points refer pain to the given zones or description.

    Give `zones`, `text` or both (the zones then add to what the words describe); with neither,
    the answer is empty with a note."""
    k = kb()
    options: dict[str, Any] = {
        "aggravators": payload.aggravators,
        "onset": payload.onset,
        "red_flags": payload.red_flags,
    }
    query = build_query(k.chart, _with_choir(k.chart, payload), side=payload.side, **options)
    understood = None
    if payload.text:
        from_text, understood = query_from_text(k.chart, payload.text, side=payload.side, **options)
        query = replace(from_text, zones={**from_text.zones, **query.zones})
    lang = payload.lang or ("es" if get_language().startswith("es") else "en")
    data = find(k, query, limit=payload.limit, understood=understood).to_json(k, lang)
    if lang != "en":  # names, reasons and the notice in the language asked for
        localize_answer(data, k, lang)
    # Serialised directly: the answer is built to the FinderOut shape (schemathesis checks it
    # against the schema), and validating it again on every request would double its cost.
    return HttpResponse(json.dumps(data, ensure_ascii=False), content_type="application/json")
