"""Anatomy questions in the words of a class or a gym (1 December 2026): nerve abbreviations
("LTN", "SSN"), a movement said with its joint ("lift the knee toward the chest" is hip
flexion, "the leg out to the side" hip abduction, "straighten the knee" knee extension), the
jaw's elevators, "end at" as an insertion, the tibial tubercle, a singular "bicep" and two
names compared ("FDS vs FDP"); a palsy named for its nerve ("Bell's palsy", "wrist drop")."""

from __future__ import annotations

import pytest

from tpatlas.kb import KnowledgeBase
from tpatlas.search import SearchIndex, build_index


@pytest.fixture(scope="module")
def index(kb: KnowledgeBase) -> SearchIndex:
    return build_index(kb)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("LTN injury and scapular winging, which muscle does it supply", {"serratus-anterior"}),
        ("what does the SSN supply", {"supraspinatus", "infraspinatus"}),
        ("PIN palsy which muscles", {"supinator", "extensor-digitorum", "extensor-indicis"}),
        ("muscles that lift the knee toward the chest", {"iliopsoas", "psoas-major", "iliacus"}),
        ("which muscles lift the leg out to the side", {"gluteus-medius", "gluteus-minimus"}),
        ("what muscles straighten the knee", {"quadriceps", "rectus-femoris"}),
        ("what turns the palm up", {"supinator", "biceps-brachii"}),
        ("elevators of the mandible", {"masseter", "temporalis", "medial-pterygoid"}),
        ("what muscles end at the tibial tubercle", {"rectus-femoris", "vastus-lateralis",
                                                      "quadriceps"}),
        ("antagonist during a bicep curl", {"triceps-brachii"}),
        # a palsy named for its nerve
        ("bell's palsy which muscles", {"occipitofrontalis", "orbicularis-oculi", "buccinator"}),
        ("saturday night palsy", {"wrist-and-finger-extensors", "triceps-brachii"}),
    ],
)  # fmt: skip
def test_the_question_is_answered_first(index: SearchIndex, query: str, expected: set[str]) -> None:
    first = [r.id for r in index.search(query, limit=2)]
    assert set(first) & expected, (query, first)


def test_two_names_compared_list_both(index: SearchIndex) -> None:
    assert [r.id for r in index.search("FDS vs FDP", limit=2)] == [
        "flexor-digitorum-superficialis",
        "flexor-digitorum-profundus",
    ]


def test_a_lift_said_with_its_joint_is_not_the_shoulder_blade(index: SearchIndex) -> None:
    """ "Lift" alone is an elevation of the shoulder blade; "lift the leg out to the side" is
    not, so the levator scapulae stays out of the answer."""
    ids = [r.id for r in index.search("muscles that lift the leg out to the side", limit=5)]
    assert "levator-scapulae" not in ids and "upper-trapezius" not in ids
    assert "levator-scapulae" in [r.id for r in index.search("which muscles lift", limit=5)]
