"""Where the pain does not go ("it never goes past the knee", "skips the elbow", "nunca pasa de
la rodilla") counts against the patterns that reach there, and is never read as a place."""

from __future__ import annotations

import pytest

from tpatlas.finder import find
from tpatlas.finder.limits import not_reached
from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase

BELOW_KNEE = {"upper-calf", "achilles", "heel-plantar", "lower-lateral-leg"}
ELBOW = {"lateral-epicondyle", "medial-epicondyle", "olecranon"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pain in my buttock that never goes past the knee", BELOW_KNEE),
        ("down the back of the thigh but it stops above the knee", BELOW_KNEE),
        ("it doesn't go below my knee", BELOW_KNEE),
        ("no pain below the knee", BELOW_KNEE),
        ("dolor en la nalga que nunca pasa de la rodilla", BELOW_KNEE),
        ("no me baja de la rodilla", BELOW_KNEE),
        ("down the arm to the hand, skipping the elbow", ELBOW),
        ("baja por el brazo saltándose el codo", ELBOW),
        ("it never goes below the elbow", {"volar-forearm-radial", "dorsal-wrist"}),
    ],
)
def test_a_limit_is_heard(kb: KnowledgeBase, text: str, expected: set[str]) -> None:
    assert expected <= not_reached(text, kb.chart)


@pytest.mark.parametrize(
    "text",
    [
        "pain behind the knee",
        "pain below the knee",
        "it goes past my knee into the calf",
        "me duele debajo de la rodilla",
        "my elbow hurts",
    ],
)
def test_a_place_is_not_a_limit(kb: KnowledgeBase, text: str) -> None:
    assert not_reached(text, kb.chart) == frozenset()


def test_a_limit_is_not_a_place(kb: KnowledgeBase) -> None:
    _, understood = query_from_text(kb.chart, "ache in my buttock that never goes past the knee")
    kinds = {k for t in understood.terms for k in t.kinds}
    assert "mid-buttock" in kinds and not kinds & {"patella", "popliteal-fossa", "upper-calf"}


def test_a_pattern_reaching_beyond_the_limit_drops(kb: KnowledgeBase) -> None:
    """Gluteus minimus pain runs on down the calf, piriformis pain rarely passes the knee: saying
    it stops at the knee moves piriformis up against gluteus minimus."""

    def ratio(text: str) -> float:
        query, understood = query_from_text(kb.chart, text)
        scores = {m.muscle.id: m.score for m in find(kb, query, understood=understood).matches}
        return scores["piriformis"] / scores["gluteus-minimus"]

    plain = "pain in my buttock and down the back of my thigh"
    assert ratio(f"{plain} that never goes past the knee") > 1.2 * ratio(plain)


@pytest.mark.parametrize(
    "text",
    [
        "45M, L sided LBP radiating to L buttock and post thigh, not below knee.",
        "ache in the back of the thigh, never past knee",
    ],
)
def test_a_limit_said_without_an_article_still_limits(kb: KnowledgeBase, text: str) -> None:
    """Clinical shorthand drops the article: "not below knee" is "not below the knee"."""
    query, _ = query_from_text(kb.chart, text)
    kinds = {z.split("-", 1)[1] for place in query.places for z in place}
    assert "posterior-thigh" in kinds
    assert not kinds & {"upper-calf", "upper-lateral-leg", "upper-medial-shin"}, kinds


@pytest.mark.parametrize(
    "text",
    [
        "my upper arm and forearm ache but the elbow and wrist themselves don't hurt",
        "the elbow itself doesn't hurt, only the arm above and below it",
        "me duele el brazo y el antebrazo; el codo y la muñeca en sí no me duelen",
        "el codo mismo no me duele, pero sí el brazo y el antebrazo",
        # either joint may be named first
        "my arm and forearm ache, but the wrist and elbow themselves don't hurt",
        "me duele el brazo y el antebrazo; la muñeca y el codo en sí no me duelen",
    ],
)
def test_a_joint_spared_between_painful_parts_is_skipped(kb: KnowledgeBase, text: str) -> None:
    """Pain above and below a joint that itself does not hurt skips it (subclavius, scalenes):
    the joint is neither a place nor reached."""
    query, _ = query_from_text(kb.chart, text)
    assert query.not_reached >= ELBOW
    assert not any(z.split("-", 1)[1] in ELBOW for p in query.places for z in p)


def test_a_joint_that_does_not_hurt_alone_is_no_skip(kb: KnowledgeBase) -> None:
    assert not not_reached("my shoulder aches but my elbow doesn't hurt", kb.chart) & ELBOW
