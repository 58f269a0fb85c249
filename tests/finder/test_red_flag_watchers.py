"""Red flags reported by people who look after others at work (a site first-aider, a lifeguard,
a school nurse, a care assistant), and controls in the same voice. Written from the misses of the
seventeenth studied set (tests/eval/red_flag_cases_17.yaml) and checked against its controls."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("carrying boards up the stairs his chest felt like it was in a vice", {"cardiac"}),
        (
            "his jaw and left arm ache whenever he swims hard, then it settles",
            {"exertional_jaw_arm"},
        ),
        (
            "bad back from lifting and since yesterday I can't get a wee out",
            {"cauda_equina_possible", "cauda_equina"},
        ),
        ("temp 39, headache, can't bend her chin to her chest, shielding her eyes", {"meningitis"}),
        (
            "fell off the ladder onto my back, back still really sore and my legs go numb",
            {"spine_injury_nerves"},
        ),
        ("resident slipped in the bathroom and cannot lift the leg or stand on it", {"fracture"}),
        (
            "un residente subiendo la escalera dijo que le apretaba el pecho y sudaba frío",
            {"cardiac"},
        ),
        (
            "le entraron fuerte, se oyó un chasquido en la pierna y no puede apoyar el pie",
            {"fracture"},
        ),
    ],
)
def test_a_sign_reported_by_a_carer_raises_its_warning(text: str, expected: set[str]) -> None:
    assert flags(text) & expected


@pytest.mark.parametrize(
    "text",
    [
        "had a cold last week with a bit of a temperature, all gone now; sore neck from the tent",
        "una picadura de mosquito en la pierna, roja, que se blanquea al apretar",
        "cuando nada me alivia la espalda me pongo calor",
    ],
)
def test_a_carer_control_raises_nothing(text: str) -> None:
    assert not flags(text)


def test_a_red_hot_swollen_calf_is_still_a_clot_warning() -> None:
    assert "dvt" in flags("my calf is red, hot and swollen since the long flight")
