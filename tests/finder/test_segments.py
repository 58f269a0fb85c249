"""A part of a limb named by the joints at its two ends is the part between them, not the joints:
"between my shoulder and elbow" is the upper arm. A stretch from one joint to the other still
covers both ends. And "right inside my buttock" is deep in the buttock, not its inner side."""

from __future__ import annotations

from collections.abc import Callable

import pytest

Reader = Callable[[str], set[str]]  # the read_kinds fixture (tests/conftest.py)
Check = Callable[[str, set[str], set[str]], None]  # the reads_as fixture

UPPER_ARM = {"anterior-upper-arm", "lateral-upper-arm", "posterior-upper-arm"}
FOREARM = {"dorsal-forearm-radial", "volar-forearm-radial"}
ELBOW = {"lateral-epicondyle", "medial-epicondyle", "olecranon"}
SHOULDER = {"anterior-shoulder", "posterior-shoulder"}
WRIST = {"dorsal-wrist", "volar-wrist"}
THIGH = {"anterior-thigh", "lateral-thigh", "posterior-thigh"}
LOWER_LEG = {"upper-calf", "lower-shin"}
KNEE = {"patella", "lateral-knee", "medial-knee"}
ANKLE = {"lateral-ankle", "medial-ankle", "anterior-ankle"}
BUTTOCK = {"mid-buttock", "lateral-buttock"}


@pytest.mark.parametrize(
    ("text", "part", "ends"),
    [
        ("a dull ache between my shoulder and elbow", UPPER_ARM, SHOULDER | ELBOW),
        ("pain in my arm between the elbow and the wrist", FOREARM, ELBOW | WRIST),
        ("sore halfway between my knee and ankle", LOWER_LEG, KNEE | ANKLE),
        ("it aches between the hip and the knee", THIGH, KNEE),
        ("me duele entre el hombro y el codo", UPPER_ARM, SHOULDER | ELBOW),
        ("me duele el brazo entre el codo y la muñeca", FOREARM, ELBOW | WRIST),
        ("dolor en la pierna, entre la rodilla y el tobillo", LOWER_LEG, KNEE | ANKLE),
    ],
)
def test_the_part_between_two_joints(
    read_kinds: Reader, text: str, part: set[str], ends: set[str]
) -> None:
    kinds = read_kinds(text)
    assert part <= kinds, (text, kinds)
    assert not kinds & ends, (text, kinds)


def test_a_stretch_between_two_joints_still_covers_both_ends(read_kinds: Reader) -> None:
    kinds = read_kinds("the pain runs from my shoulder down to my elbow")
    assert SHOULDER & kinds and ELBOW & kinds, kinds


@pytest.mark.parametrize(
    "text", ["a deep ache right inside my buttock", "it hurts inside my bum when I sit"]
)
def test_inside_the_buttock_is_deep_in_it(read_kinds: Reader, text: str) -> None:
    kinds = read_kinds(text)
    assert kinds >= BUTTOCK, (text, kinds)
    assert not kinds & {"coccyx", "sacrum"}, (text, kinds)


def test_the_inside_of_the_hip_is_still_its_inner_side(read_kinds: Reader) -> None:
    assert "groin" in read_kinds("pain on the inside of my hip")


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        (
            "Bad pain between my elbow and my wrist on the back of the left arm.",
            {"dorsal-forearm-radial", "dorsal-forearm-ulnar"},
            {"volar-forearm-radial", "posterior-upper-arm"},
        ),
        (
            "Sore between the knee and the ankle at the back of the left leg.",
            {"upper-calf", "lower-calf"},
            {"upper-shin", "lower-shin", "posterior-thigh"},
        ),
    ],
)
def test_the_side_of_the_limb_said_after_a_part_between_joints_is_the_part_side(
    reads_as: Check, text: str, place: set[str], not_places: set[str]
) -> None:
    reads_as(text, place, not_places)


@pytest.mark.parametrize(
    "text",
    [
        "It's the back of my left thigh, about halfway between my bum and the back of my knee.",
        "a pull between my buttock and my knee",
        "me duele entre la nalga y la rodilla",
    ],
)
def test_between_the_buttock_and_the_knee_is_the_back_of_the_thigh(
    reads_as: Check, text: str
) -> None:
    reads_as(
        text, {"posterior-thigh"}, {"mid-buttock", "popliteal-fossa", "patella", "anterior-thigh"}
    )


def test_under_the_middle_toes_is_the_ball_of_the_foot(read_kinds: Reader) -> None:
    text = "pain in the ball of my right foot, just under the second and third toes"
    assert read_kinds(text) == {"ball-lateral"}
