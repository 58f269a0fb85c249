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
        # the side said after the part does not keep the narrower mention apart
        (
            "Me duele el dedo meñique de la mano derecha, en el nudillo de arriba.",
            {"dorsal-fingers-ulnar"},
            {"dorsal-fingers-radial", "palmar-fingers-ulnar"},
        ),
        (
            "Desde hace un mes me duele la planta del pie derecho, en el talón.",
            {"heel-plantar"},
            {"heel-back", "ball-medial"},
        ),
        # ... nor does the limb it belongs to, named with its side
        (
            "Pain in the sole of my left foot, in front of the heel, in the hollow part.",
            {"instep"},
            {"ball-medial", "lateral-sole"},
        ),
        # the same part named again with a face, further on in the sentence
        (
            "It's the left heel that's the nuisance, right at the back where my shoe rubs.",
            {"heel-back"},
            {"heel-plantar"},
        ),
        (
            "My knee is no right since the op, it's the back of the knee that's tight and sore.",
            {"popliteal-fossa"},
            {"patella", "medial-knee", "lateral-knee"},
        ),
        # "the front" said after a joint is the joint's front
        (
            "My right hip has been sore at the front, in the crease, since I slipped on the ice.",
            {"anterior-hip"},
            {"lateral-hip", "lateral-buttock"},
        ),
        (
            "my knee is sore at the front and the back",
            {"patella", "popliteal-fossa"},
            {"lower-lumbar", "mid-thoracic"},
        ),
        # ... but the hip bone at the front is the front of the pelvis
        (
            "my hip bone at the front, where my jeans button sits",
            {"anterior-iliac-crest"},
            {"groin"},
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


def test_a_part_and_its_face_said_as_a_list_stay_two_places(read_kinds: Reader) -> None:
    assert {"patella", "medial-knee", "popliteal-fossa"} <= read_kinds(
        "My knee hurts and the back of my knee is swollen"
    )
