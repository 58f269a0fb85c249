"""The front of the leg is the shin in Spanish as in English ("parte delantera de la pierna",
"front of the leg"), and its lower front the lower shin; bending at the waist is how the trunk
moves, not a waist that hurts ("al doblarme por la cintura", "when I bend at the waist").
Two faces of one part said together are both its faces ("la parte de delante y de fuera del
hombro"). Written from the misses of the nineteenth and twentieth studied sets."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "zones"),
    [
        ("me duele la parte delantera de la pierna", {"upper-shin", "lower-shin"}),
        ("dolor en la parte delantera baja de la pierna, encima del tobillo", {"lower-shin"}),
        ("pain at the lower front of my leg", {"lower-shin"}),
        ("pain at the front of my leg", {"upper-shin", "lower-shin"}),
    ],
)
def test_the_front_of_the_leg_is_the_shin(kb: KnowledgeBase, text: str, zones: set[str]) -> None:
    said = {z.split("-", 1)[1] for z in understand(text, kb.chart).zones}
    assert zones <= said
    assert not said & {"anterior-thigh", "posterior-thigh", "lateral-thigh"}


@pytest.mark.parametrize(
    "text",
    [
        "my buttock hurts when I bend at the waist",
        "me duele la nalga al doblarme por la cintura",
        "me duele la nalga al inclinarme de cintura",
    ],
)
def test_bending_at_the_waist_is_no_place(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert query.places and all("buttock" in z for p in query.places for z in p)
    assert "lifting" in query.aggravators


def test_a_waist_that_hurts_is_still_a_place(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "me duele la cintura cuando me agacho")
    assert any("loin" in z or "lumbar" in z for p in query.places for z in p)


@pytest.mark.parametrize(
    ("text", "faces"),
    [
        (
            "me duele la parte de delante y de fuera del hombro",
            {"anterior-shoulder", "lateral-upper-arm"},
        ),
        (
            "me duele la parte delantera y externa del hombro",
            {"anterior-shoulder", "lateral-upper-arm"},
        ),
        (
            "me duele la parte de delante y la de atrás de la rodilla",
            {"patella", "popliteal-fossa"},
        ),
    ],
)
def test_two_faces_of_one_part_are_both_its_faces(
    kb: KnowledgeBase, text: str, faces: set[str]
) -> None:
    """As "the front and the back of the knee": each face said of the part is a place."""
    said = {z.split("-", 1)[1] for z in understand(text, kb.chart).zones}
    assert faces <= said


@pytest.mark.parametrize(
    "text",
    [
        "my whole right leg hurts from the knee down",
        "me duele toda la pierna de rodilla para abajo",
        "pain from the knee down",
    ],
)
def test_the_leg_from_the_knee_down_is_the_knee_and_the_lower_leg(
    kb: KnowledgeBase, text: str
) -> None:
    said = {z.split("-", 1)[1] for z in understand(text, kb.chart).zones}
    assert {"upper-calf", "upper-shin", "patella"} <= said
    assert not said & {"posterior-thigh", "lateral-thigh", "anterior-thigh"}


@pytest.mark.parametrize(
    "text",
    [
        "my shoulder hurts when the bar is a couple of inches off my chest",
        "me duele el hombro cuando la barra me toca el pecho",
    ],
)
def test_where_a_bar_is_lowered_to_is_no_place(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert query.places and all(
        "shoulder" in z or "trapezius" in z for p in query.places for z in p
    )
