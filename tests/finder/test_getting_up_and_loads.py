"""Getting out of bed is the morning's first steps, not lying in bed at night; lifting
something heavy is said in Spanish as "levantar algo pesado" or "levanto las ollas" (the ninth
reading audit)."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


def aggravators(kb: KnowledgeBase, text: str) -> frozenset[str]:
    query, _ = query_from_text(kb.chart, text)
    return frozenset(query.aggravators)


@pytest.mark.parametrize(
    "text",
    [
        "Sharp pain under my right heel when I first get out of bed.",
        "Tengo un dolor fuerte en el talón derecho por debajo cuando me paro de la cama.",
        "Me duele el talón al levantarme de la cama.",
    ],
)
def test_getting_out_of_bed_is_not_the_night(kb: KnowledgeBase, text: str) -> None:
    assert "night" not in aggravators(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "My heel hurts in bed at night.",
        "Me duele el hombro en la cama.",
        "The pain gets me out of bed at night.",
    ],
)
def test_lying_in_bed_is_the_night(kb: KnowledgeBase, text: str) -> None:
    assert "night" in aggravators(kb, text)


@pytest.mark.parametrize(
    "text",
    [
        "Me duele la barriga al reírme o al levantar algo pesado.",
        "Me duele la muñeca cuando levanto las ollas grandes.",
    ],
)
def test_lifting_something_heavy_in_spanish(kb: KnowledgeBase, text: str) -> None:
    assert "lifting" in aggravators(kb, text)
