"""A place said to be numb or tingling, and not painful, counts less than a painful one
(finder/numb.py): numb fingers are where a nerve is squeezed, not where referred pain goes."""

from __future__ import annotations

import pytest

from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
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


@pytest.mark.parametrize(
    "text",
    [
        "My hand and fingers on the little-finger side keep going numb",
        "se me duermen el anular y el meñique casi todos los días",
        "pins and needles in my thumb and index finger",
    ],
)
def test_numbness_without_pain_weighs_the_muscles_that_squeeze_a_nerve(
    kb: KnowledgeBase, text: str
) -> None:
    """Numbness told with no pain at all is a nerve squeezed (scalenes, pectoralis minor), not
    referred pain: it counts as a second context item for the muscles whose entry says so."""
    query, understood = query_from_text(kb.chart, text)
    assert "numb-only" in query.sensations
    rows = find(kb, query, limit=20, understood=understood).matches
    squeezing = [m for m in rows if "Numbness or tingling without pain" in m.context]
    assert squeezing and all("Numbness or tingling" in m.context for m in squeezing)
    # the reason says it once, not "numbness or tingling and numbness or tingling without pain"
    shown = find(kb, query, limit=20, understood=understood).to_json(kb)["results"]
    said = [r for r in shown if "Numbness or tingling without pain" in r["context"]]
    assert said and all("Numbness or tingling" not in r["context"] for r in said)
    assert all(r["reason"].count("numbness") == 1 for r in said)


@pytest.mark.parametrize(
    "text",
    [
        "my neck hurts, and my ring and little fingers go numb",
        "my fingers ache and tingle",
        "no numbness, just a sore little finger",
    ],
)
def test_numbness_beside_pain_is_not_numbness_alone(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert "numb-only" not in query.sensations
