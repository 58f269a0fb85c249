"""A plain API documentation page built from our own OpenAPI schema (no third-party scripts)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tpatlas.web.api.api import api


def api_docs(request: HttpRequest) -> HttpResponse:
    schema = api.get_openapi_schema(path_prefix="/api/v1")
    endpoints: list[dict[str, Any]] = []
    for path, methods in schema["paths"].items():
        for method, op in methods.items():
            endpoints.append(
                {
                    "method": method.upper(),
                    "path": path,
                    "summary": op.get("summary", ""),
                    "description": op.get("description", ""),
                    "tags": op.get("tags", []),
                    "parameters": [
                        {"name": p["name"], "in": p["in"], "required": p.get("required", False)}
                        for p in op.get("parameters", [])
                    ],
                    "responses": sorted(str(code) for code in op.get("responses", {})),
                }
            )
    return render(request, "pages/api_docs.html", {"endpoints": endpoints, "info": schema["info"]})
