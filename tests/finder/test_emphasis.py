"""How a place is said changes how much it weighs (finder/emphasis.py): "sobre todo el hombro"
is the main complaint, "sometimes into the hand" an occasional spread."""

from __future__ import annotations

from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


def _weight(kb: KnowledgeBase, text: str, kind: str) -> float:
    zones = understand(text, kb.chart).zones
    return max(w for z, w in zones.items() if z.endswith(f"-{kind}"))


def test_a_place_said_as_the_main_one_weighs_more(kb: KnowledgeBase) -> None:
    plain = _weight(kb, "me duele el cuello y el hombro", "upper-trapezius-ridge")
    main = _weight(
        kb, "me duele el cuello y el hombro, sobre todo el hombro", "upper-trapezius-ridge"
    )
    assert main == 2 * plain


def test_a_place_it_reaches_now_and_then_weighs_less(kb: KnowledgeBase) -> None:
    plain = _weight(kb, "pain in my neck, down into the hand", "thenar")
    sometimes = _weight(kb, "pain in my neck, sometimes into the hand", "thenar")
    assert sometimes == plain / 2
    # the neck, said plainly, keeps its weight
    assert _weight(kb, "pain in my neck, sometimes into the hand", "posterolateral-neck") == (
        _weight(kb, "pain in my neck, down into the hand", "posterolateral-neck")
    )


def test_one_place_alone_keeps_its_weight(kb: KnowledgeBase) -> None:
    assert _weight(kb, "sometimes my knee hurts", "patella") == _weight(
        kb, "my knee hurts", "patella"
    )
