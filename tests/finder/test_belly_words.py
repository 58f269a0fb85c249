"""The belly named with a place in it is that place ("la guata arriba, en la boca del
estómago" is the pit of the stomach, "my tummy hurts below the belly button" the lower
abdomen); named alone it is the whole belly (the ninth reading audit)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Reader = Callable[[str], set[str]]  # the read_kinds fixture (tests/conftest.py)
Check = Callable[[str, set[str], set[str]], None]  # the reads_as fixture


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        (
            "Me duele la guata arriba, en la boca del estómago, después de almuerzo.",
            {"epigastrium"},
            {"lower-abdomen", "periumbilical"},
        ),
        (
            "Me duele la pancita abajo del ombligo, del lado izquierdo, desde ayer.",
            {"lower-abdomen"},
            {"upper-abdomen", "periumbilical"},
        ),
        (
            "Me duele la parte baja de la guata, al medio, arriba del pubis.",
            {"suprapubic"},
            {"upper-abdomen", "periumbilical"},
        ),
        (
            "Tengo un dolor en la panza alrededor del ombligo.",
            {"periumbilical"},
            {"upper-abdomen", "lower-abdomen"},
        ),
        ("My tummy hurts below the belly button.", {"lower-abdomen"}, {"periumbilical"}),
        ("Pain in my belly above the navel.", {"upper-abdomen"}, {"lower-abdomen"}),
        ("Me duele la parte de arriba de la panza.", {"upper-abdomen"}, {"lower-abdomen"}),
    ],
)
def test_a_place_in_the_belly_is_that_place(
    reads_as: Check, text: str, place: set[str], not_places: set[str]
) -> None:
    reads_as(text, place, not_places)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("My belly hurts.", {"periumbilical", "lower-abdomen"}),
        ("Me duele la barriga.", {"upper-abdomen", "periumbilical", "lower-abdomen"}),
        ("A knot in my stomach muscles.", {"upper-abdomen", "lower-abdomen"}),
        ("My belly and my groin hurt.", {"periumbilical", "groin"}),
    ],
)
def test_the_belly_alone_is_the_whole_belly(
    read_kinds: Reader, text: str, places: set[str]
) -> None:
    assert places <= read_kinds(text)
