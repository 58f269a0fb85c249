"""Two directions said for one part are two places, a direction after a comma and a softener is
still its part's, and how high an arm goes is no place (read from a twelfth held-out set's
misreadings, 1 December 2026): "the back and middle of my knee" is not the back, "la cadera,
como por dentro y por delante" is the groin and the front of the hip, "la rodilla por fuera y el
tobillo por dentro" the outer knee and the inner ankle, and "as soon as my elbow goes above
shoulder height" or "levantar el brazo por encima de la cabeza" say when it hurts, not where."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


def _places(kb: KnowledgeBase, text: str) -> list[set[str]]:
    query, _ = query_from_text(kb.chart, text)
    return [{z.split("-", 1)[1] for z in place} for place in query.places]


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("pain at the back and middle of my knee", [{"popliteal-fossa"}, {"patella"}]),
        ("Me duele la cadera, como por dentro y por delante", [{"groin"}, {"anterior-hip"}]),
        ("me duele la cadera por dentro y por delante", [{"groin"}, {"anterior-hip"}]),
        (
            "me duele la rodilla derecha por fuera y por detrás",
            [{"lateral-knee"}, {"popliteal-fossa"}],
        ),
        (
            "me duele la rodilla por fuera y el tobillo por dentro",
            [{"lateral-knee"}, {"medial-ankle"}],
        ),
        ("my knee hurts on the inside and front", [{"medial-knee"}, {"patella"}]),
        ("me duele la rodilla, más bien por dentro", [{"medial-knee"}]),
        ("vengo por la cadera: me duele por dentro y por delante", [{"groin"}, {"anterior-hip"}]),
        ("my knee, it hurts on the inside", [{"medial-knee"}]),
    ],
)
def test_each_direction_said_of_a_part_is_a_place_on_it(
    kb: KnowledgeBase, text: str, places: list[set[str]]
) -> None:
    read = _places(kb, text)
    assert len(read) == len(places)
    for got, wanted in zip(read, places, strict=True):
        assert wanted <= got
    trunk = {"lower-lumbar", "upper-lumbar", "mid-thoracic", "lateral-chest"}
    assert not trunk & set().union(*read)


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        (
            "Pain on the very top of my shoulder as soon as my elbow goes above shoulder height",
            "upper-trapezius-ridge",
            "lateral-epicondyle",
        ),
        ("me duele al levantar el brazo por encima de la cabeza", "lateral-upper-arm", "vertex"),
        ("it hurts when I lift my arm above my head", "lateral-upper-arm", "vertex"),
    ],
)
def test_how_high_the_arm_goes_is_no_place(
    kb: KnowledgeBase, text: str, place: str, not_place: str
) -> None:
    query, understood = query_from_text(kb.chart, text)
    kinds = {z.split("-", 1)[1] for z in query.zones}
    assert place in kinds and not_place not in kinds
    assert "overhead" in understood.aggravators


def test_raising_the_arm_is_not_climbing(kb: KnowledgeBase) -> None:
    _, understood = query_from_text(kb.chart, "me duele el hombro al subir el brazo")
    assert "stairs" not in understood.aggravators and "overhead" in understood.aggravators
    _, understood = query_from_text(kb.chart, "me duele la rodilla al subir escaleras")
    assert "stairs" in understood.aggravators


def test_a_head_that_hurts_is_still_read(kb: KnowledgeBase) -> None:
    assert {"vertex"} <= set().union(*_places(kb, "pain over my head like a tight cap"))
