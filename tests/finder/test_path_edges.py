"""Pain that runs down the forearm from one side of the elbow runs down that side of it: the
inside of the elbow leads to the palm side of the forearm (golfer's elbow), the outside to its
back (tennis elbow). A forearm said on its own is still the whole forearm."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase

Reader = Callable[[str], set[str]]  # the read_kinds fixture (tests/conftest.py)

VOLAR = {"volar-forearm-radial", "volar-forearm-ulnar"}
DORSAL = {"dorsal-forearm-radial", "dorsal-forearm-ulnar"}


@pytest.mark.parametrize(
    ("text", "side", "other"),
    [
        ("pain on the inside of my elbow that spreads down my forearm", VOLAR, DORSAL),
        ("Me duele la parte de dentro del codo y el dolor me baja por el antebrazo", VOLAR, DORSAL),
        ("pain on the outside of my elbow that spreads down the forearm", DORSAL, VOLAR),
        ("me duele la parte de fuera del codo y me baja por el antebrazo", DORSAL, VOLAR),
    ],
)
def test_the_forearm_takes_the_side_of_the_elbow(
    read_kinds: Reader, text: str, side: set[str], other: set[str]
) -> None:
    kinds = read_kinds(text)
    assert kinds >= side, (text, kinds)
    assert not kinds & other, (text, kinds)


@pytest.mark.parametrize(
    "text",
    [
        "pain on the outside of my elbow. My forearm is also sore",
        "my elbow hurts and it spreads down my forearm",
    ],
)
def test_a_forearm_said_apart_is_the_whole_forearm(read_kinds: Reader, text: str) -> None:
    assert read_kinds(text) >= VOLAR | DORSAL, text


def test_the_golfers_elbow_story_ranks_the_forearm_flexors_above_the_extensors(
    kb: KnowledgeBase,
) -> None:
    text = "Pain on the inside of my elbow that spreads down my forearm toward my wrist"
    query, understood = query_from_text(kb.chart, text)
    ids = [m.muscle.id for m in find(kb, query, limit=10, understood=understood).matches]
    palm_side = ("forearm-flexors", "palmaris-longus", "pronator-teres")
    flexors = [i for i, mid in enumerate(ids) if mid.startswith("flexor-") or mid in palm_side]
    extensors = [i for i, mid in enumerate(ids) if mid.startswith("extensor-")]
    assert flexors and (not extensors or flexors[0] < extensors[0]), ids


@pytest.mark.parametrize(
    ("text", "reached", "not_reached"),
    [
        (
            "A pain that starts in my right buttock and runs down the outside of the leg to the "
            "ankle.",
            {"lateral-ankle"},
            {"medial-ankle"},
        ),
        (
            "Neck pain going down to the outer part of the arm up to the elbow.",
            {"lateral-epicondyle"},
            {"medial-epicondyle", "olecranon"},
        ),
        (
            "It runs down the inside of my thigh to the knee.",
            {"medial-knee"},
            {"lateral-knee", "popliteal-fossa"},
        ),
    ],
)
def test_a_path_along_one_side_of_a_limb_reaches_that_side_of_the_joint(
    read_kinds: Reader, text: str, reached: set[str], not_reached: set[str]
) -> None:
    kinds = read_kinds(text)
    assert reached <= kinds
    assert not kinds & not_reached


def test_a_joint_said_apart_is_the_whole_joint(read_kinds: Reader) -> None:
    kinds = read_kinds("The outside of my thigh aches. Separately, my ankle is swollen.")
    assert {"lateral-ankle", "medial-ankle"} <= kinds
    # ... as is one of the other side
    other = read_kinds(
        "My right hip and the outside of my right thigh ache and my left knee is stiff"
    )
    assert {"lateral-knee", "patella"} <= other
