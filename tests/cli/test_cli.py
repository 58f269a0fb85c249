"""The tpatlas command as a user runs it."""

from __future__ import annotations

import io
import json
import os
import socket
import subprocess
import sys
from typing import Any

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


@pytest.mark.parametrize(
    ("fmt", "main_file"),
    [
        ("json", "knowledge-base.json"),
        ("yaml", "knowledge-base.yaml"),
        ("csv", "trigger_points.csv"),
    ],
)
def test_export_writes_data_and_the_entry_schema(
    tmp_path: Any, fmt: str, main_file: str, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "export"
    assert main(["export", "--format", fmt, "--out", str(out)]) == 0
    assert (out / main_file).stat().st_size > 1000
    schema = json.loads((out / "muscle.schema.json").read_text())
    assert "trigger_points" in schema["properties"]
    assert "CC BY-SA 4.0" in (out / "README.txt").read_text()
    err = capsys.readouterr().err
    assert main_file in err  # progress lines name each file


def test_exported_json_round_trips_through_the_schema(tmp_path: Any) -> None:
    from tpatlas.kb.schema import Muscle

    assert main(["export", "--format", "json", "--out", str(tmp_path)]) == 0
    data = json.loads((tmp_path / "knowledge-base.json").read_text())
    entries = [Muscle.model_validate(m) for m in data["muscles"]]
    assert len(entries) >= 160 and data["licence"].startswith("CC BY-SA 4.0")


def test_export_into_a_file_is_a_clear_error(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "not-a-folder"
    target.write_text("x")
    assert main(["export", "--out", str(target)]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_a_reader_that_stops_early_gets_no_traceback() -> None:
    import subprocess
    import sys

    # The child waits until the reader has gone, so its first line meets a closed pipe.
    script = (
        "import sys, time; time.sleep(0.5); from tpatlas.cli import main; "
        "sys.exit(main(['muscles']))"
    )
    proc = subprocess.Popen(
        [sys.executable, "-c", script], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout is not None and proc.stderr is not None
    proc.stdout.close()  # like `| head -0`: the reader stops before anything is printed
    err = proc.stderr.read().decode()
    assert proc.wait() == 0
    assert "Traceback" not in err


def test_find_prints_a_red_flag_heard_in_the_words_before_any_muscle(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["find", "--text", "crushing chest pain when I climb stairs, sweaty"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("EMERGENCY: ") and 'because you wrote "crushing chest"' in out
    assert out.index("EMERGENCY") < out.index(" 1. ")


def test_find_gives_the_warning_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    text = "dolor de cabeza con fiebre y rigidez de nuca"
    assert main(["find", "--text", text, "--lang", "es"]) == 0
    assert capsys.readouterr().out.startswith("URGENCIA: ")


def test_find_in_spanish_reads_entirely_in_spanish(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "--text", "me duele la rodilla derecha por dentro", "--lang", "es"]) == 0
    out = capsys.readouterr().out
    assert "Entendido:" in out and "(lado: derecho)" in out and "Vasto medial" in out
    # the place read back by the chart's Spanish name, not its zone id
    assert "-> Cara interna de la rodilla" in out and "medial-knee" not in out
    assert "cara interna de la rodilla" in out and "no un diagnóstico" in out
    for english in ("Understood", "main pain zone", "Vastus medialis", "diagnosis"):
        assert english not in out, english
    assert "[Cuádriceps femoral]" in out and "[quadriceps]" not in out  # the group by its name


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["find", "--text", ""], "--text is empty"),
        (["find", "--text", "   "], "--text is empty"),
        (["find", "--text", "knee", "--limit", "-3"], "--limit must be between 1 and 50"),
        (["search", "knee", "--limit", "0"], "--limit must be between 1 and 100"),
        (["serve", "--port", "70000"], "--port must be between 1 and 65535"),
        (["find", "--text", "knee " * 3000], "the finder reads at most 10,000"),
    ],
)
def test_bad_input_is_one_clear_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    with pytest.raises(SystemExit) as exc:
        code = main(argv)
        raise SystemExit(code)
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_a_failure_stays_a_failure_when_the_reader_closes_the_pipe(
    data_copy: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    data_copy.path("techniques.yaml").unlink()

    class Closed(io.StringIO):
        def write(self, text: str) -> int:
            raise BrokenPipeError

    monkeypatch.setattr(sys, "stderr", Closed())
    with monkeypatch.context() as m:
        m.setattr(os, "dup2", lambda *a: None)  # keep the test process's own streams
        assert main(["validate", "--data", str(data_copy.root)]) == 1


def test_serve_with_a_broken_knowledge_base_exits_1_and_listens_nowhere(
    data_copy: Any, tmp_path: Any
) -> None:
    data_copy.path("conditions.yaml").write_text("", encoding="utf-8")
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    env.update(TPATLAS_KB_DIR=str(data_copy.root), TPATLAS_DATA_DIR=str(tmp_path),
               SECRET_KEY="Zq3" + "9f8e7d6c5b4a3210xYwV" * 3)  # fmt: skip
    done = subprocess.run(
        [sys.executable, "-m", "tpatlas.cli", "serve", "--port", str(port)],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 1
    assert "conditions.yaml" in done.stderr and "not serving" in done.stderr
    assert "Serving" not in done.stdout and "Traceback" not in done.stderr
    with socket.socket() as s:
        assert s.connect_ex(("127.0.0.1", port)) != 0


def test_serve_without_a_secret_key_is_one_line_and_exit_2(tmp_path: Any) -> None:
    drop = ("SECRET_KEY", "DEBUG", "DJANGO_SETTINGS_MODULE")
    env = {k: v for k, v in os.environ.items() if k not in drop}
    env["TPATLAS_DATA_DIR"] = str(tmp_path)
    done = subprocess.run(
        [sys.executable, "-m", "tpatlas.cli", "serve", "--port", str(_free_port())],
        env=env, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "SECRET_KEY" in done.stderr
    assert "Serving" not in done.stdout


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_find_says_where_the_pain_stops(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["find", "--text", "buttock pain that never goes past the knee"]) == 0
    assert "; not below the knee (side:" in capsys.readouterr().out
    assert (
        main(["find", "--lang", "es", "--text", "dolor en la nalga que nunca pasa de la rodilla"])
        == 0
    )
    assert "; no por debajo de la rodilla (lado:" in capsys.readouterr().out
