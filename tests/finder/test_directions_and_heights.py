"""Two directions said for one part are two places, a direction after a comma and a softener is
still its part's, and how high an arm goes is no place (read from a twelfth held-out set's
misreadings, 1 December 2026): "the back and middle of my knee" is not the back, "la cadera,
como por dentro y por delante" is the groin and the front of the hip, "la rodilla por fuera y el
tobillo por dentro" the outer knee and the inner ankle, and "as soon as my elbow goes above
shoulder height" or "levantar el brazo por encima de la cabeza" say when it hurts, not where."""

from __future__ import annotations

import pytest

from tests.reading import places_read
from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


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
    read = places_read(kb, text)
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
    assert {"vertex"} <= set().union(*places_read(kb, "pain over my head like a tight cap"))


@pytest.mark.parametrize(
    ("text", "place", "not_place"),
    [
        # the navel as a height on the back (the ninth reading audit)
        (
            "Pain is in my back at the level of the navel, on the right side.",
            "lower-lumbar",
            "periumbilical",
        ),
        (
            "Me duele la espalda a la altura del ombligo, pero por atrás.",
            "lower-lumbar",
            "periumbilical",
        ),
        # a back tooth is a molar, not the low back
        ("A throbbing pain in the bottom of my back tooth on the left.", "chin", "lower-lumbar"),
        # "can't ... without a pain in" says where it hurts
        (
            "Can't grip the steering wheel without a sharp pain on the outside of my left elbow.",
            "lateral-epicondyle",
            "medial-epicondyle",
        ),
    ],
)
def test_landmarks_said_for_something_else(
    kb: KnowledgeBase, text: str, place: str, not_place: str
) -> None:
    kinds = set().union(*places_read(kb, text))
    assert place in kinds
    assert not_place not in kinds


def test_the_navel_said_alone_is_the_navel(kb: KnowledgeBase) -> None:
    assert {"periumbilical"} in places_read(kb, "Pain right at the level of my belly button.")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Me duele el cuadril derecho, en la parte de afuera, cuando me acuesto.", {"lateral-hip"}),
        (
            "Me duele la espinilla izquierda, en la mitad de abajo.",
            {"lower-shin", "lower-medial-shin", "anterior-ankle"},
        ),
        ("Me duele la nalga en la parte de arriba.", {"upper-outer-buttock", "sacroiliac"}),
    ],
)
def test_en_la_parte_de_said_after_a_part_is_its_direction(
    kb: KnowledgeBase, text: str, place: set[str]
) -> None:
    assert places_read(kb, text) == [place]


@pytest.mark.parametrize(
    "text",
    [
        "Aching on the bottom of my right foot under the little toes after snowshoeing.",
        "Me duele la planta del pie izquierdo bajo los dedos pequeños, como si pisara una piedra.",
    ],
)
def test_the_sole_under_the_little_toes_is_the_outer_ball_of_the_foot(
    kb: KnowledgeBase, text: str
) -> None:
    kinds = set().union(*places_read(kb, text))
    assert "ball-lateral" in kinds
    assert not kinds & {"lesser-toes-top", "big-toe-top"}


def test_at_the_back_in_the_next_sentence_is_the_back_of_the_part(kb: KnowledgeBase) -> None:
    text = (
        "My husband's the one with the bad back, I've just got a stiff neck. It hurts on the "
        "right side at the back when I look over my shoulder."
    )
    kinds = set().union(*places_read(kb, text))
    assert "lower-posterior-neck" in kinds
    assert not kinds & {"lower-lumbar", "upper-lumbar"}
    # the back said as a part of its own stays the back
    later = set().union(
        *places_read(kb, "My neck is stiff. The pain is worse at night and my back hurts.")
    )
    assert "lower-lumbar" in later


def test_a_butt_cheek_is_a_buttock(kb: KnowledgeBase) -> None:
    kinds = set().union(
        *places_read(kb, "Like a golf ball stuck under my left butt cheek when I sit.")
    )
    assert "mid-buttock" in kinds and "cheek" not in kinds
