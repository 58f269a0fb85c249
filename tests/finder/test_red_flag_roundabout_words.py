"""Red flags told roundabout: by what someone does or cannot do (a carer: "he keeps pressing his
chest and rubbing down his left arm"), in simple English or Spanglish, after a birth, on a farm
or a boat. Written from the misses of the fifteenth studied set
(tests/eval/red_flag_cases_15.yaml) and checked against its controls, and against everyday
words that only look like a sign (the ball of the foot, a baby held against the chest)."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("he keeps clutching his chest and rubbing down his left arm", {"cardiac_spread"}),
        ("Mi papá se agarra el pecho al subir la cuesta y se pone sudado", {"cardiac"}),
        ("my legs ache all the time and I have got thin and don't know why", {"weight_loss"}),
        ("Nan hurt her back and since yesterday she has wet herself twice", {"cauda_equina"}),
        (
            "baby is 2 weeks old and I suddenly can't get my breath, it stabs when I breathe in",
            {"pulmonary_embolism_risk"},
        ),
        (
            "he has a fever, won't bend his neck and keeps the curtains shut",
            {"meningitis"},
        ),
        (
            "headache and bruise like spots on her legs that don't go away when pressed",
            {"meningitis_signs"},
        ),
        ("his mouth is dropped on one side and his words are coming out mushy", {"stroke"}),
        ("me despertó un dolor horrible en un huevo y lo tengo hinchado", {"testicle_pain"}),
        (
            "Se volcó el tractor y ahora tengo las dos piernas con hormigueo y me duele el cuello",
            {"spine_injury_nerves"},
        ),
    ],
)
def test_a_roundabout_sign_raises_its_warning(text: str, expected: set[str]) -> None:
    assert flags(text) & expected


@pytest.mark.parametrize(
    "text",
    [
        "the ball of my foot is swollen and hurts after running",
        "I was holding the baby against my chest and my back hurts from carrying her",
        "Tuve gripe con fiebre hace dos semanas y ya se me pasó; me quedó la espalda adolorida",
        "Me mareé en la lancha con tanto oleaje, en tierra ya se me quitó",
    ],
)
def test_everyday_words_raise_nothing(text: str) -> None:
    assert not flags(text)


def test_between_the_legs_is_the_groin_not_the_legs() -> None:
    said = flags("he lies curled up holding between his legs, it's swollen and sore")
    assert "dvt" not in said
    # a swollen calf said as well is still a clot's warning
    assert "dvt" in flags("holding between his legs, and his left calf is swollen, red and hot")
