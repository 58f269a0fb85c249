"""`make bench` stays runnable: every benchmark script imports, so a renamed function breaks a
test rather than the next person's benchmark run (the figures themselves are not asserted)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"


@pytest.mark.parametrize("script", sorted(p.stem for p in BENCH.glob("*.py")))
def test_every_benchmark_script_imports(script: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCH))
    module = importlib.import_module(script)
    assert module.__doc__, f"bench/{script}.py should say what it measures"
    sys.modules.pop(script, None)
