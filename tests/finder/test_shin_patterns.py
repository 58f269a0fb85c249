"""The shin is covered by the patterns that reach it: tibialis anterior's spillover runs along
the anteromedial shin to the ankle (Travell & Simons ch. 19; Niel-Asher's and Morningside's
tibialis anterior pages), so pain "along the inner edge of my shin" is no longer left to a
thigh muscle whose spillover touches the top of it."""

from __future__ import annotations

from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


def test_pain_along_the_shin_suggests_tibialis_anterior_first(kb: KnowledgeBase) -> None:
    query, understood = query_from_text(kb.chart, "Pain along the inner edge of my shin")
    result = find(kb, query, limit=3, understood=understood)
    assert result.matches[0].muscle.id == "tibialis-anterior"
    assert {"right-upper-medial-shin", "right-lower-medial-shin"} <= set(
        result.matches[0].spillover
    )
