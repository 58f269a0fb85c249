"""A place said again more precisely a few words on is the narrower place ("my left heel is
sore at the back" is the back of the heel); a list, a path, a place said wider the second time
or a place said to lie in a region stay as said."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Reader = Callable[[str], set[str]]  # the read_kinds fixture (tests/conftest.py)
Check = Callable[[str, set[str], set[str]], None]  # the reads_as fixture


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        (
            "My left heel is sore at the back where my school shoes dig in.",
            {"heel-back"},
            {"heel-plantar"},
        ),
        (
            "It's my left heel, right at the back where my shoe rubs.",
            {"heel-back"},
            {"heel-plantar"},
        ),
        (
            "Dull ache on the pinky side of my right forearm, between the elbow and the wrist, "
            "palm side.",
            {"volar-forearm-ulnar"},
            {"volar-forearm-radial", "dorsal-forearm-ulnar"},
        ),
        (
            "Deep ache in the upper back between my shoulder blades.",
            {"interscapular"},
            {"supraspinous"},
        ),
    ],
)
def test_a_place_said_again_more_precisely_is_the_narrower_place(
    reads_as: Check, text: str, place: set[str], not_places: set[str]
) -> None:
    reads_as(text, place, not_places)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # a list: two places
        (
            "Pain in the right side of my jaw, my right ear and the side of my head above it.",
            {"jaw-angle", "ear-mastoid", "temple"},
        ),
        # a path that goes on, the second mention as wide as the first or wider
        (
            "Me baja un dolor desde la nalga derecha por la cara externa del muslo, la pierna "
            "por fuera y llega hasta el dedo pequeño del pie.",
            {"lateral-thigh", "upper-lateral-leg"},
        ),
        # where the first lies, said straight on
        (
            "I get pain around my shoulder blade in the upper back.",
            {"infraspinous", "supraspinous"},
        ),
    ],
)
def test_other_places_said_together_stay_as_said(
    read_kinds: Reader, text: str, places: set[str]
) -> None:
    assert places <= read_kinds(text)


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        (
            "My thumb's fine, it's the web between the thumb and the index finger on the back of "
            "my right hand.",
            {"dorsal-hand-radial"},
            {"dorsal-hand-ulnar"},
        ),
    ],
)
def test_a_wider_place_said_where_a_place_lies_adds_nothing(
    reads_as: Check, text: str, place: set[str], not_places: set[str]
) -> None:
    reads_as(text, place, not_places)


def test_a_wider_place_said_as_a_list_stays(read_kinds: Reader) -> None:
    assert {"patella", "posterior-thigh"} <= read_kinds("pain in my knee and the back of my leg")
