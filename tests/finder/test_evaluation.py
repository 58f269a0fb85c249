"""The evaluation set (tests/eval/finder_cases.yaml): the expected muscle is in the top five."""

from __future__ import annotations

from tests.conftest import load_bench
from tpatlas.kb import KnowledgeBase


def test_at_least_90_percent_of_cases_rank_the_expected_muscle_in_the_top_5(
    kb: KnowledgeBase,
) -> None:
    report = load_bench("finder_eval").evaluate(kb)
    assert report["cases"] >= 60
    assert report["top5"] >= 0.9, report["misses"]
