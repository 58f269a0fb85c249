"""The HTTP API: JSON in, JSON out, and errors a client can act on (never a 500)."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client


def post(client: Client, body: Any) -> Any:
    raw = body if isinstance(body, str) else json.dumps(body)
    return client.post("/api/v1/finder", data=raw, content_type="application/json")


@pytest.fixture
def client() -> Client:
    return Client()


def test_finder_from_words_returns_the_documented_shape(client: Client) -> None:
    response = post(client, {"text": "deep ache behind my right knee when I sit"})
    assert response.status_code == 200
    data = response.json()
    assert {"zones", "results", "combination", "red_flags", "differentials"} <= set(data)
    first = data["results"][0]
    assert {"muscle", "name", "score", "essential", "spillover", "reason"} <= set(first)
    assert "right-popliteal-fossa" in data["zones"]
    assert data["understood"]["side"] == "right"
    assert any(f["id"] == "dvt" for f in data["red_flags"])


def test_finder_from_zones_with_intensities(client: Client) -> None:
    response = post(client, {"zones": {"right-instep": "severe"}, "aggravators": ["stairs"]})
    assert response.status_code == 200
    assert response.json()["results"][0]["muscle"] == "gastrocnemius"


@pytest.mark.parametrize(
    ("body", "field", "allowed"),
    [
        ({"zones": ["popliteal-fosa"]}, "zones", "popliteal-fossa"),
        ({"zones": {"right-achilles": "huge"}}, "zones.right-achilles", "severe"),
        ({"zones": ["achilles"], "aggravators": ["flying"]}, "aggravators", "sitting"),
        ({"zones": ["achilles"], "side": "middle"}, "side", "both"),
        ({"zones": ["achilles"], "limit": 0}, "limit", None),
    ],
)
def test_bad_input_is_a_422_naming_the_field(
    client: Client, body: Any, field: str, allowed: str | None
) -> None:
    response = post(client, body)
    assert response.status_code == 422
    data = response.json()
    assert data["field"] == field
    if allowed:
        assert allowed in data["allowed"]


@pytest.mark.parametrize("body", [{}, {"zones": ["achilles"], "text": "heel"}, "not json", [1, 2]])
def test_malformed_requests_never_give_a_500(client: Client, body: Any) -> None:
    assert post(client, body).status_code in (400, 422)


def test_muscle_list_and_detail(client: Client) -> None:
    rows = client.get("/api/v1/muscles").json()
    assert any(r["id"] == "hamstrings" and r["members"] for r in rows)
    detail = client.get("/api/v1/muscles/biceps-femoris").json()
    assert detail["anatomy"]["nerve"]["roots"] == ["L5", "S1", "S2"]


def test_an_unknown_muscle_is_a_404_with_suggestions(client: Client) -> None:
    response = client.get("/api/v1/muscles/hamstring")
    assert response.status_code == 404
    assert "hamstrings" in response.json()["allowed"]


def test_the_openapi_schema_documents_the_finder(client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/finder" in schema["paths"]
    assert "422" in schema["paths"]["/api/v1/finder"]["post"]["responses"]
