"""The evaluation set (tests/eval/finder_cases.yaml): the expected muscle is in the top five."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from tpatlas.kb import KnowledgeBase

BENCH = Path(__file__).resolve().parents[2] / "bench" / "finder_eval.py"


def test_at_least_90_percent_of_cases_rank_the_expected_muscle_in_the_top_5(
    kb: KnowledgeBase,
) -> None:
    spec = importlib.util.spec_from_file_location("finder_eval", BENCH)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    report = module.evaluate(kb)
    assert report["cases"] >= 60
    assert report["top5"] >= 0.9, report["misses"]
