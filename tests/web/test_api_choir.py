"""POST /api/v1/finder takes CHOIR Body Map segments; an unknown segment is a 422 naming it."""

from __future__ import annotations

import json
from typing import Any

from django.test import Client


def post(body: Any) -> Any:
    return Client().post("/api/v1/finder", data=json.dumps(body), content_type="application/json")


def test_choir_segments_are_read_as_their_zones() -> None:
    response = post({"choir_segments": [232]})
    assert response.status_code == 200
    data = response.json()
    assert "right-popliteal-fossa" in data["zones"]
    assert data["results"][0]["muscle"] in {"popliteus", "gastrocnemius", "biceps-femoris"}


def test_choir_segments_add_to_the_zones() -> None:
    data = post({"choir_segments": [238], "zones": {"right-popliteal-fossa": "severe"}}).json()
    assert {"right-popliteal-fossa", "right-heel-plantar"} <= set(data["zones"])


def test_an_unknown_segment_is_a_422_naming_it() -> None:
    response = post({"choir_segments": [232, 150, 999]})
    assert response.status_code == 422
    body = response.json()
    assert body["field"] == "choir_segments"
    assert "150" in body["detail"] and "999" in body["detail"] and "232" not in body["detail"]
    assert "101" in body["allowed"] and "238" in body["allowed"]


def test_not_a_list_of_numbers_is_a_422() -> None:
    assert post({"choir_segments": ["knee"]}).status_code == 422


def test_the_schema_lists_the_segments() -> None:
    schema = Client().get("/api/v1/openapi.json").json()
    prop = schema["components"]["schemas"]["FinderIn"]["properties"]["choir_segments"]
    array = next(v for v in prop["anyOf"] if v.get("type") == "array")
    assert array["items"]["enum"][0] == 101 and len(array["items"]["enum"]) == 74
