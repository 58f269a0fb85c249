"""A concept's place words and feeling words are heard in any pairing (finder/phrase_patterns.py):
no list pairs "breastbone" with "aching", yet "my breastbone has been aching" is chest pain."""

from __future__ import annotations

import pytest

from tpatlas.finder.phrase_patterns import sides
from tpatlas.finder.red_flag_words import hear


@pytest.mark.parametrize(
    ("text", "flag"),
    [
        ("my breastbone has been aching since the walk up the hill, I got all sweaty", "cardiac"),
        ("my sternum burns when I climb the stairs", "cardiac"),
        ("siento un peso en el esternón cuando subo las escaleras", "cardiac"),
        ("el esternón me arde desde que subí la cuesta y estoy sudando", "cardiac"),
    ],
)
def test_a_place_word_with_a_feeling_word_of_another_phrase_raises_the_warning(
    text: str, flag: str
) -> None:
    assert [f.id for f in hear(text)][:1] == [flag]


@pytest.mark.parametrize(
    "text",
    [
        "no aching in my breastbone, just sweaty after the hill walk",
        "sin peso en el esternón; sudo al subir las escaleras porque hace calor",
        # the calf's order means something: a hot run first, the calf after, is no clot sign
        "a hot sweaty 10k yesterday and my calf is tight today",
    ],
)
def test_pairings_are_still_negated_and_keep_their_order_where_it_matters(text: str) -> None:
    assert [f.id for f in hear(text)] == []


def test_parts_are_split_into_two_sides_only_when_they_can_be() -> None:
    assert sides(["chest ~ pain", "ache ~ chest", "breastbone ~ pain"]) == [
        (["ache", "pain"], ["breastbone", "chest"])
    ]
    # "a" is paired with "b", "b" with "c" and "c" with "a": no two sides, left as listed
    assert sides(["a ~ b", "b ~ c", "c ~ a"]) == []
    # a single phrase is its own pairing
    assert sides(["chest ~ pain", "numb*"]) == []
