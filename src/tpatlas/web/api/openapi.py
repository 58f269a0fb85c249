"""Puts the knowledge base's allowed values into the OpenAPI schema as enums.

The values (zone ids, regions, techniques...) are data, so they are added when the schema is
generated rather than written into the code; clients and schemathesis then know exactly which
values each parameter takes.
"""

from __future__ import annotations

from typing import Any

from tpatlas.ce.schedule import all_zones
from tpatlas.finder import choir
from tpatlas.finder.query import INTENSITIES, aggravator_ids, onset_ids, red_flag_ids
from tpatlas.search.documents import KINDS
from tpatlas.web.knowledge import kb


def _allowed() -> dict[str, list[str]]:
    k = kb()
    roots = sorted({r for m in k.muscles.values() if m.anatomy for r in m.anatomy.nerve.roots})
    return {
        "muscle_id": sorted(k.muscles),
        "condition_id": sorted(k.conditions),
        "technique_id": list(k.techniques),
        "technique": list(k.techniques),
        "root": roots,
        "zone": sorted(k.chart.kinds),
        "kind": list(KINDS),
        "index_region": list(k.regions),
        "chart_region": list(k.chart.regions),
        "zone_names": sorted([*k.chart.kinds, *k.chart.zones]),
        "tz": all_zones(),  # IANA time zones (webinars)
    }


def _param_enum(path: str, name: str, allowed: dict[str, list[str]]) -> list[str] | None:
    if name == "region":
        return allowed["chart_region" if path.endswith("/zones") else "index_region"]
    return allowed.get(name)


def _enrich_finder(components: dict[str, Any], allowed: dict[str, list[str]]) -> None:
    props = components.get("FinderIn", {}).get("properties", {})
    for variant in props.get("zones", {}).get("anyOf", []):
        if variant.get("type") == "array":
            variant["items"]["enum"] = allowed["zone_names"]
        if variant.get("type") == "object":
            variant["propertyNames"] = {"enum": allowed["zone_names"]}
            variant["additionalProperties"] = {"enum": list(INTENSITIES)}
    for name, values in (("aggravators", aggravator_ids()), ("red_flags", red_flag_ids())):
        if name in props:
            props[name]["items"] = {"type": "string", "enum": values}
    if "choir_segments" in props:
        segments = [int(i) for i in choir.IDS]
        for variant in props["choir_segments"].get("anyOf", []):
            if variant.get("type") == "array":
                variant["items"] = {"type": "integer", "enum": segments}
    if "onset" in props:
        props["onset"] = {"anyOf": [{"type": "string", "enum": onset_ids()}, {"type": "null"}]}


ERROR = {
    "type": "object",
    "required": ["detail"],
    "properties": {
        "detail": {"type": "string"},
        "field": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "allowed": {"type": "array", "items": {"type": "string"}},
    },
}
ERRORS = {
    "400": "The request could not be read (for example a body that is not a JSON object).",
    "422": "A parameter or field has a value that is not allowed; `field` and `allowed` say "
    "which and what is.",
}
# Answers only the addresses that take a body or cost work can give.
BODY_ERRORS = {
    "413": "The request body is larger than 128 kB.",
    "429": "Too many requests from this client; `Retry-After` says when to try again.",
}


def _document_errors(op: dict[str, Any]) -> None:
    """Every operation can answer 400 or 422 with the same error shape: say so."""
    present = {str(code) for code in op["responses"]}  # ninja keys them by int
    errors = {**ERRORS, **(BODY_ERRORS if "requestBody" in op else {})}
    if op.get("security"):
        errors["401"] = "No valid X-Session-Token (sign in through /_allauth/app/v1/auth/login)."
    for code, text in errors.items():
        if code not in present:
            op["responses"][int(code)] = {
                "description": text,
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}},
            }


LANG_PARAM = {
    "in": "query",
    "name": "lang",
    "required": False,
    "description": "Language of the texts in the answer; without it, the Accept-Language "
    "header decides (else English). Texts not yet translated are in English. The answer's "
    "Content-Language header names the language.",
    "schema": {"type": "string", "enum": ["en", "es"]},
}


def _document_language(op: dict[str, Any]) -> None:
    """Every operation answers in the language asked for (tpatlas.web.languages)."""
    params = op.setdefault("parameters", [])
    if not any(p.get("name") == "lang" and p.get("in") == "query" for p in params):
        params.append(dict(LANG_PARAM))
    for response in op.get("responses", {}).values():
        response.setdefault("headers", {})["Content-Language"] = {
            "description": "The language of the answer's texts (en or es)",
            "schema": {"type": "string"},
        }


def enrich(schema: dict[str, Any]) -> dict[str, Any]:
    allowed = _allowed()
    schema.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR
    for path, methods in schema.get("paths", {}).items():
        for op in methods.values():
            _document_errors(op)
            _document_language(op)
            for param in op.get("parameters", []):
                values = _param_enum(path, param["name"], allowed)
                if values:
                    param["schema"] = {**param.get("schema", {}), "enum": values}
                    param["schema"].pop("anyOf", None)
    _enrich_finder(schema.get("components", {}).get("schemas", {}), allowed)
    return schema
