"""A place said to be numb or tingling, and not painful, counts less than a painful one
(finder/numb.py): numb fingers are where a nerve is squeezed, not where referred pain goes."""

from __future__ import annotations

import pytest

from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


def weight(kb: KnowledgeBase, text: str, zone: str) -> float:
    return understand(text, kb.chart).zones.get(zone, 0.0)


@pytest.mark.parametrize(
    "text",
    [
        "my neck hurts, and my ring and little fingers go numb",
        "ache at the back of my shoulder and my ring and little fingers go numb",
        "me duele el cuello y se me duermen el anular y el meñique",
        "neck pain. pins and needles in my ring and little fingers",
    ],
)
def test_numb_fingers_weigh_half_of_painful_ones(kb: KnowledgeBase, text: str) -> None:
    # the two finger zones share one place: 0.5 each when painful, half of that when numb
    assert weight(kb, text, "right-palmar-fingers-ulnar") == pytest.approx(0.25)
    assert max(understand(text, kb.chart).zones.values()) > 0.25  # the painful place counts


@pytest.mark.parametrize(
    "text",
    ["numb and painful fingers on the little-finger side", "my ring and little fingers ache"],
)
def test_painful_fingers_keep_their_weight(kb: KnowledgeBase, text: str) -> None:
    assert weight(kb, text, "right-palmar-fingers-ulnar") == pytest.approx(0.5)
