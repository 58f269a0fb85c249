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
        ({"zones": ["achilles"], "limit": True}, "limit", None),  # JSON true is not a number
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


@pytest.mark.parametrize("body", ["not json", [1, 2], {"zones": "achilles"}, {"text": 5}])
def test_malformed_requests_never_give_a_500(client: Client, body: Any) -> None:
    assert post(client, body).status_code in (400, 422)


def test_zones_and_words_together_add_up(client: Client) -> None:
    data = post(client, {"zones": ["right-instep"], "text": "pain behind my right knee"}).json()
    assert {"right-instep", "right-popliteal-fossa"} <= set(data["zones"])


def test_an_empty_request_answers_with_a_note_not_an_error(client: Client) -> None:
    data = post(client, {}).json()
    assert data["results"] == [] and data["notes"]


def test_muscle_list_and_detail(client: Client) -> None:
    page = client.get("/api/v1/muscles?limit=200").json()
    assert page["count"] >= 160
    assert any(r["id"] == "hamstrings" and r["members"] for r in page["items"])
    detail = client.get("/api/v1/muscles/biceps-femoris").json()
    assert detail["anatomy"]["nerve"]["roots"] == ["L5", "S1", "S2"]


def test_an_unknown_muscle_is_a_404_with_suggestions(client: Client) -> None:
    response = client.get("/api/v1/muscles/hamstring")
    assert response.status_code == 404
    assert "hamstrings" in response.json()["allowed"]


@pytest.mark.parametrize(
    ("query", "expected", "absent"),
    [
        ("region=thigh", "biceps-femoris", "temporalis"),
        ("root=C7", "triceps-brachii", "soleus"),
        ("technique=dry-needling", "piriformis", "orbicularis-oculi"),
    ],
)
def test_muscles_can_be_filtered(client: Client, query: str, expected: str, absent: str) -> None:
    ids = {r["id"] for r in client.get(f"/api/v1/muscles?{query}&limit=500").json()["items"]}
    assert expected in ids and absent not in ids


def test_an_unknown_filter_value_is_a_422_with_the_allowed_values(client: Client) -> None:
    response = client.get("/api/v1/muscles?region=tummy")
    assert response.status_code == 422
    assert "thigh" in response.json()["allowed"]


def test_lists_are_paginated(client: Client) -> None:
    first = client.get("/api/v1/trigger-points?limit=5&offset=0").json()
    second = client.get("/api/v1/trigger-points?limit=5&offset=5").json()
    assert len(first["items"]) == 5 and first["count"] > 100
    assert {t["id"] for t in first["items"]}.isdisjoint(t["id"] for t in second["items"])


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/zones?region=knee-back",
        "/api/v1/regions",
        "/api/v1/conditions",
        "/api/v1/techniques/dry-needling",
        "/api/v1/conditions/sciatica",
        "/api/v1/trigger-points?zone=achilles",
        "/api/v1/muscles/hamstrings/trigger-points",
    ],
)
def test_read_endpoints_answer_with_cache_headers(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Cache-Control"].startswith("public") and response["ETag"]
    again = client.get(path, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/conditions/vapours",
        "/api/v1/techniques/cupping",
        "/api/v1/muscles/unicornus/trigger-points",
    ],
)
def test_unknown_ids_are_json_404s(client: Client, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 404 and "unknown" in response.json()["detail"]


def test_search_endpoint_matches_the_cli_shape(client: Client) -> None:
    data = client.get("/api/v1/search?q=tennis+elbow").json()
    assert data["results"][0].keys() >= {"kind", "id", "title", "snippet", "score"}
    assert any(r["id"] == "lateral-epicondylalgia" for r in data["results"])
    assert client.get("/api/v1/search?q=knee&kind=planet").status_code == 422


def test_the_docs_page_lists_every_endpoint(client: Client) -> None:
    html = client.get("/api/").content.decode()
    for path in ["/api/v1/muscles", "/api/v1/finder", "/api/v1/search", "/api/v1/zones"]:
        assert path in html


def test_the_openapi_schema_documents_the_finder(client: Client) -> None:
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/finder" in schema["paths"]
    assert "422" in schema["paths"]["/api/v1/finder"]["post"]["responses"]


@pytest.mark.parametrize(
    ("body", "flag", "words"),
    [
        ({"text": "back pain with a fever and chills"}, "back_fever", "fever"),
        ({"text": "dolor de espalda y no puedo orinar", "lang": "es"}, "cauda_equina", "orinar"),
    ],
)
def test_a_red_flag_in_the_words_comes_first_with_what_raised_it(
    client: Client, body: dict[str, str], flag: str, words: str
) -> None:
    data = post(client, body).json()
    assert next(iter(data)) == "red_flags"
    first = data["red_flags"][0]
    assert (first["id"], first["kind"]) == (flag, "heard") and first["urgency"] in (
        "emergency", "today")  # fmt: skip
    assert any(words in w for w in first["heard"])
    if body.get("lang") == "es":
        assert "urgencias" in first["message"]


def test_negated_red_flag_words_raise_no_warning(client: Client) -> None:
    data = post(client, {"text": "low back pain, no fever, no weight loss"}).json()
    assert [f for f in data["red_flags"] if f["kind"] == "heard"] == []


def test_the_api_says_where_the_pain_stops(client: Client) -> None:
    text = "buttock pain down the back of the thigh, it stops above the knee"
    response = post(client, {"text": text})
    assert response.status_code == 200
    assert response.json()["understood"]["limits"] == ["below-knee"]
