"""docs/algorithms/finder.md cannot drift from the factors the code uses."""

from __future__ import annotations

from pathlib import Path

import pytest

from tpatlas.finder.factors import ALL_FACTORS, PRIOR

DOC = (Path(__file__).resolve().parents[2] / "docs" / "algorithms" / "finder.md").read_text()


@pytest.mark.parametrize("factor", ALL_FACTORS, ids=lambda f: f.name)
def test_every_factor_is_documented_with_its_weight(factor: object) -> None:
    assert f"| {factor.name} | {factor.weight:g} |" in DOC  # type: ignore[attr-defined]


def test_the_priors_are_documented() -> None:
    for level, value in PRIOR.items():
        assert f"{level.replace('-', ' ')} {value:g}" in DOC
