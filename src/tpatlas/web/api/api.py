"""API routes. Errors are JSON with a message (and the field and allowed values where useful)."""

from __future__ import annotations

import re

from django.http import HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import ValidationError
from ninja.responses import Status

from tpatlas.finder import FinderInputError, build_query, find
from tpatlas.finder.query import query_from_text
from tpatlas.kb.shapes import muscle_detail, muscle_summary
from tpatlas.web.api.schemas import ErrorOut, FinderIn, FinderOut, MuscleSummaryOut
from tpatlas.web.knowledge import kb

api = NinjaAPI(
    title="Trigger Point Atlas API",
    version="1",
    urls_namespace="api-v1",
    description="Muscles, trigger points and the pain finder. Read endpoints need no account.",
)


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


@api.get("/muscles", response=list[MuscleSummaryOut], tags=["muscles"])
def list_muscles(request: HttpRequest) -> list[dict[str, object]]:
    k = kb()
    return [muscle_summary(k, m) for m in sorted(k.muscles.values(), key=lambda m: m.id)]


@api.get("/muscles/{muscle_id}", response={200: dict[str, object], 404: ErrorOut}, tags=["muscles"])
def get_muscle(request: HttpRequest, muscle_id: str) -> Status[dict[str, object]]:
    k = kb()
    m = k.muscles.get(muscle_id)
    if m is None:
        near = k.nearest(muscle_id)
        body: dict[str, object] = {
            "detail": f"unknown muscle {muscle_id!r}",
            "field": "muscle_id",
            "allowed": near,
        }
        return Status(404, body)
    return Status(200, muscle_detail(m))


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
