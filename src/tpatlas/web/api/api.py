"""API routes. Errors are JSON with a message (and the field and allowed values where useful)."""

from __future__ import annotations

import re

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError

from tpatlas.finder import FinderInputError, build_query, find
from tpatlas.finder.query import query_from_text
from tpatlas.web.api import reads
from tpatlas.web.api.schemas import ErrorOut, FinderIn, FinderOut
from tpatlas.web.knowledge import kb

api = NinjaAPI(
    title="Trigger Point Atlas API",
    version="1",
    urls_namespace="api-v1",
    description="Muscles, trigger points, zones, conditions, techniques, search and the pain "
    "finder. Read endpoints need no account. Knowledge base data: CC BY-SA 4.0.",
    docs_url=None,  # our own docs page at /api/ needs no third-party scripts
)
api.add_router("", reads.router)


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


@api.exception_handler(FinderInputError)
def on_finder_input(request: HttpRequest, exc: FinderInputError) -> HttpResponse:
    body = {"detail": exc.message, "field": exc.field, "allowed": exc.allowed}
    return api.create_response(request, body, status=422)


@api.post("/finder", response={200: FinderOut, 422: ErrorOut}, tags=["finder"])
def finder(request: HttpRequest, payload: FinderIn) -> dict[str, object]:
    k = kb()
    understood = None
    if payload.text is not None:
        query, understood = query_from_text(
            k.chart,
            payload.text,
            side=payload.side,
            aggravators=payload.aggravators,
            onset=payload.onset,
            red_flags=payload.red_flags,
        )
    else:
        query = build_query(
            k.chart,
            payload.zones or [],
            side=payload.side,
            aggravators=payload.aggravators,
            onset=payload.onset,
            red_flags=payload.red_flags,
        )
    return find(k, query, limit=payload.limit, understood=understood).to_json(k)
