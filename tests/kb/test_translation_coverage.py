"""Every prose field has its Spanish, and `tpatlas kb report` fails (naming the entry and the
field) when one does not: a new entry must come with its Spanish."""

from __future__ import annotations

from typing import Any

from tests.conftest import DataCopy
from tpatlas.cli.app import main
from tpatlas.kb.report import coverage


def test_the_packaged_atlas_is_entirely_in_spanish() -> None:
    report = coverage()
    assert report.translations.complete, report.translations.missing["es"][:10]
    assert report.translations.share("es") == 1.0


def test_a_missing_spanish_text_fails_the_report_and_names_the_place(
    data_copy: DataCopy, capsys: Any
) -> None:
    rel = "muscles/hip/piriformis.yaml"

    def drop_spanish(entry: Any) -> None:
        tp = entry["trigger_points"][0]
        tp["description"] = tp["description"]["en"]

    data_copy.edit(rel, drop_spanish)
    assert main(["kb", "report", "--data", str(data_copy.root)]) == 1
    out = capsys.readouterr().out
    assert "UNTRANSLATED (es) muscle piriformis: trigger_points[0].description" in out
    assert "Coverage FAILED" in out
