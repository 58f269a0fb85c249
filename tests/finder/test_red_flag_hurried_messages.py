"""Red flags typed in a hurry on a phone: short messages, voice-to-text with no punctuation,
slang from several countries ("popó", "gargajo", "pa nada", "raging temp"), and controls in the
same style. Written from the misses of the fourteenth studied set
(tests/eval/red_flag_cases_14.yaml) and checked against its controls."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sciatica and now my bum and inner thighs are numb", {"cauda_equina"}),
        ("lost 6kg without trying and my shoulders ache", {"weight_loss"}),
        (
            "my son has a raging temp and a bad head and cant touch his chin to his chest",
            {"meningitis", "meningitis_signs"},
        ),
        (
            "dad is 81 headache at the temple and a curtain came down over his eye",
            {"giant_cell_arteritis_vision", "giant_cell_arteritis"},
        ),
        (
            "rear ended yesterday neck is killing me and both hands pins and needles",
            {"spine_injury_nerves"},
        ),
        (
            "de golpe un dolor como si me desgarraran, del pecho a la espalda",
            {"aortic_dissection"},
        ),
        ("no se me va ni acostado, de noche es peor da igual como me ponga", {"night_pain"}),
        (
            "me duelen la cintura y las dos piernas y se me escapó la popó sin darme cuenta",
            {"cauda_equina", "cauda_equina_possible"},
        ),
        ("me torcí el tobillo, sonó crack", {"fracture"}),
        ("me caí de la bici y no muevo el brazo pa nada", {"fracture"}),
        ("se cayó del andamio y se le ve el hueso saliendo por la piel", {"fracture_deformity"}),
        ("toso y me sale sangre en el gargajo", {"coughing_blood"}),
    ],
)
def test_a_hurried_message_raises_its_warning(text: str, expected: set[str]) -> None:
    assert flags(text) & expected


@pytest.mark.parametrize(
    "text",
    [
        # a fever said gone, long ago
        "had a temperature with flu in march, long gone. lower back sore from cycling",
        "tuve fiebre con la gripe hace un mes, ya pasó; ahora me duele el hombro de dormir mal",
        # a cough with no blood
        "tengo tos seca sin sangre y me duelen las costillas de toser",
    ],
)
def test_a_hurried_control_raises_nothing(text: str) -> None:
    assert not flags(text)
