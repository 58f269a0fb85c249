"""Red flags heard on descriptions written by helpers who never saw the phrase lists
(bench/red_flag_eval.py): the studied set must stay fully heard with no false alarm, and the
held-out set, measured only, must not fall below what it measured when it was written."""

from __future__ import annotations

from typing import Any

import pytest

from tests.conftest import load_bench


@pytest.fixture(scope="module")
def bench() -> Any:
    return load_bench("red_flag_eval")


def test_the_studied_set_is_heard_without_false_alarms(bench: Any) -> None:
    report = bench.evaluate(bench.SETS["studied (UK, IE, AU, NZ, ES pages)"])
    assert report["all"]["flags"] >= 60 and report["all"]["controls"] >= 25
    assert report["all"]["heard"] >= 0.95, report["wrong"]
    assert report["all"]["false_alarms"] <= 0.05, report["wrong"]


def test_the_held_out_set_keeps_its_measure(bench: Any) -> None:
    """Totals only: its cases stay unread. 76% heard and 17% false alarms when it was written
    (1 December 2026), before the phrases that the studied set showed missing were added."""
    report = bench.evaluate(bench.SETS["held out (US, CA, Latin American pages)"])
    assert report["all"]["flags"] >= 60 and report["all"]["controls"] >= 25
    assert report["all"]["heard"] >= 0.80
    assert report["all"]["false_alarms"] <= 0.10
