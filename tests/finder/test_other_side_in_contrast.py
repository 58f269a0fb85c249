"""The other side said in contrast ("my left knee is fine; it's the right one that hurts", "el
hombro derecho no me duele, me duele el izquierdo"), a side written after its place in a clinical
note ("medial knee pain R") and a part that had surgery ("my right shoulder had a cuff repair"):
the place that hurts is read on its own side, never on the side said to be fine."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


def _read(kb: KnowledgeBase, text: str) -> set[str]:
    query, _ = query_from_text(kb.chart, text)
    return {z for place in query.places for z in place}


KNEE_FINE = "My left knee is fine; it's the right one that hurts on the inside."
KNEE_OPERATED = "My left knee had surgery years ago. Now it's the right one that hurts."
MENISCI = (
    "Hace años me operaron de los meniscos de la rodilla izquierda y quedé bien. Ahora lo que me "
    "duele es la derecha, por dentro, cuando camino por la playa."
)
NOTE = (
    "Referred by GP: hx L lat ankle pain following inversion. Also reports medial knee pain R, "
    "insidious onset."
)
CUFF = (
    "I felt something go in my left shoulder, at the front. My right shoulder had a rotator cuff "
    "repair two years ago and that side is fine now."
)


@pytest.mark.parametrize(
    ("text", "read", "side", "also_other"),
    [
        (KNEE_FINE, "medial-knee", "right", set()),
        (KNEE_OPERATED, "patella", "right", set()),
        (
            "La rodilla izquierda está bien; me duele la derecha por dentro.",
            "medial-knee",
            "right",
            set(),
        ),
        (
            "El hombro derecho no me duele, me duele el izquierdo.",
            "anterior-shoulder",
            "left",
            set(),
        ),
        (MENISCI, "medial-knee", "right", set()),
        (NOTE, "medial-knee", "right", {"lateral-ankle"}),
        ("Now c/o anterior knee pain R, worse on stairs.", "patella", "right", set()),
        (CUFF, "anterior-shoulder", "left", set()),
    ],
)
def test_the_place_is_read_on_the_side_that_hurts(
    kb: KnowledgeBase, text: str, read: str, side: str, also_other: set[str]
) -> None:
    zones = _read(kb, text)
    other = "left" if side == "right" else "right"
    assert f"{side}-{read}" in zones, zones
    assert {z.split("-", 1)[1] for z in zones if z.startswith(f"{other}-")} <= also_other, zones


@pytest.mark.parametrize(
    "text",
    [
        "first the right knee, now the left one too",  # both sides: the same place twice
        "my right shoulder hurts. Now the left one too.",
    ],
)
def test_the_other_side_too_is_both_sides(kb: KnowledgeBase, text: str) -> None:
    sides = {z.split("-", 1)[0] for z in _read(kb, text)}
    assert sides == {"left", "right"}


def test_where_one_lies_is_no_place(kb: KnowledgeBase) -> None:
    zones = _read(kb, "My left hip hurts when I lie on the right.")
    assert zones and all(z.startswith("left-") for z in zones)


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a direction said after its part with "toward"
        ("It hurts behind my left knee, toward the outer side.", {"left-posterolateral-knee"}),
        # where the thigh meets the buttock is the crease under it
        (
            "Ache in the back of my right thigh, up where it meets the buttock.",
            {"right-gluteal-fold"},
        ),
    ],
)
def test_a_place_said_by_where_it_lies(kb: KnowledgeBase, text: str, read: set[str]) -> None:
    zones = _read(kb, text)
    assert read <= zones, zones
    assert not {z for z in zones if z.endswith(("buttock", "popliteal-fossa"))}, zones


@pytest.mark.parametrize(
    ("text", "read"),
    [
        # a direction said after the neck belongs to it, not to the next part
        ("me duele el cuello por detrás y el hombro", {"right-upper-posterior-neck"}),
        ("me duele el cuello por detrás y la cabeza por detrás", {"right-upper-posterior-neck"}),
    ],
)
def test_a_direction_said_after_a_part_is_its_own(
    kb: KnowledgeBase, text: str, read: set[str]
) -> None:
    assert read <= _read(kb, text)


def test_a_place_behind_another_still_places_a_broad_word(kb: KnowledgeBase) -> None:
    assert _read(kb, "a headache behind my eyes") == {"right-eye"}


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        # pain that travels from a sided place keeps its side, after "that creeps" or a comma
        (
            "an ache deep in my left buttock that creeps down the back of the thigh, and my right "
            "foot goes numb",
            "posterior-thigh",
            "left",
        ),
        (
            "The pain is in my right buttock and goes down the back of the thigh, stopping at the "
            "back of the knee. On the left just stiffness",
            "popliteal-fossa",
            "right",
        ),
    ],
)
def test_a_path_keeps_its_side(kb: KnowledgeBase, text: str, place: str, side: str) -> None:
    zones = _read(kb, text)
    other = "left" if side == "right" else "right"
    assert f"{side}-{place}" in zones and f"{other}-{place}" not in zones, zones


def test_underneath_said_after_the_heel_is_its_underside(kb: KnowledgeBase) -> None:
    assert _read(kb, "my right heel has been very painful underneath") == {"right-heel-plantar"}
    # ... but "underneath the kneecap" belongs to the kneecap
    assert "right-patella" in _read(kb, "my knee is sore underneath the kneecap")


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        ("My right knee hurts and my shoulders ache.", "upper-trapezius-ridge"),
        ("Me duele la rodilla derecha y los hombros.", "upper-trapezius-ridge"),
        (
            "Mum is 76, a new headache at her right temple, and her shoulders ache.",
            "anterior-shoulder",
        ),
    ],
)
def test_a_pair_named_in_the_plural_is_both_sides(kb: KnowledgeBase, text: str, pair: str) -> None:
    """One side said for one place does not make "my shoulders" one shoulder."""
    read = _read(kb, text)
    assert {f"left-{pair}", f"right-{pair}"} <= read, read
    assert not any(z.startswith("left-") and "knee" in z for z in read), read
