"""The tpatlas command as a user runs it."""

from __future__ import annotations

import json

import pytest

from tests.conftest import DataCopy
from tpatlas.cli import main


def test_validate_reports_success(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0
    assert "Knowledge base OK" in capsys.readouterr().out


def test_validate_fails_on_a_broken_knowledge_base(
    data_copy: DataCopy, capsys: pytest.CaptureFixture[str]
) -> None:
    data_copy.edit("muscles/hip/piriformis.yaml", lambda d: d.pop("causes"))
    assert main(["validate", "--data", str(data_copy.root)]) == 1
    err = capsys.readouterr().err
    assert "muscles/hip/piriformis.yaml [piriformis] causes" in err


def test_muscles_json_lists_groups_and_members(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["muscles", "--json"]) == 0
    rows = {r["id"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["hamstrings"]["members"] == ["semimembranosus", "semitendinosus", "biceps-femoris"]
    assert rows["biceps-femoris"]["group"] == "hamstrings"
    assert {"id", "name", "synonyms", "group", "members"} <= set(rows["piriformis"])


def test_show_json_prints_the_whole_entry(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "biceps-femoris", "--json"]) == 0
    entry = json.loads(capsys.readouterr().out)
    assert entry["anatomy"]["nerve"]["roots"] == ["L5", "S1", "S2"]
    assert entry["trigger_points"][0]["essential"][0] == "popliteal-fossa"


def test_show_an_unknown_id_exits_2_with_suggestions(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "hamstring"]) == 2
    assert "Did you mean: hamstrings" in capsys.readouterr().err


def test_show_prints_readable_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "piriformis"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Piriformis") and "Trigger points:" in out


def test_find_from_words_prints_ranked_muscles_and_the_notice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["find", "--text", "pain in the arch of my foot"]) == 0
    out = capsys.readouterr().out
    assert " 1. Gastrocnemius" in out and "not a diagnosis" in out


def test_find_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "--zones", "popliteal-fossa", "--side", "right", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert set(data) >= {"zones", "results", "combination", "red_flags", "differentials"}
    assert data["zones"] == ["right-popliteal-fossa"]


def test_find_with_an_unknown_zone_exits_2_with_the_allowed_values(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["find", "--zones", "popliteal-fosa"]) == 2
    assert "Allowed: popliteal-fossa" in capsys.readouterr().err


def test_kb_report_shows_full_coverage(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["kb", "report", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["ok"] and data["muscles"] >= 140
    assert all(v["muscles"] > 0 for v in data["regions"].values())
    assert set(data["sections"].values()) == {data["muscles"]}


def test_kb_report_fails_when_a_section_is_missing(
    data_copy: DataCopy, capsys: pytest.CaptureFixture[str]
) -> None:
    data_copy.edit("muscles/leg/popliteus.yaml", lambda d: d.pop("self_help"))
    assert main(["kb", "report", "--data", str(data_copy.root)]) == 1
    assert "INCOMPLETE popliteus: missing self_help" in capsys.readouterr().out


def test_search_json_has_the_documented_shape(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["search", "hammies", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["results"][0]["id"] == "hamstrings"
    assert set(data["results"][0]) >= {"kind", "id", "title", "snippet", "score"}
