"""Red flags written in English as a second language, the way a German, Italian or Portuguese
speaker might put them ("the back makes me very bad since the fall", "ants walking in both
legs", "I must push a lot to make water", "everything turns around me"). Written from the misses
of the sixteenth studied set (tests/eval/red_flag_cases_16.yaml) and checked against its
controls."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pt 61y, burning behind breastbone, cold sweat, short of breath", {"cardiac"}),
        ("I have a weight on the chest and the pain goes down in the left arm", {"cardiac_spread"}),
        (
            "when I climb the hill my jaw on the left makes me pain, standing still it goes away",
            {"exertional_jaw_arm"},
        ),
        ("since two months I become thin, minus 7 kg, and the shoulders ache", {"weight_loss"}),
        ("ischias in both legs and the skin between the legs is like numb", {"cauda_equina"}),
        (
            "lumbago, pain in the two legs, and I must push a lot to make water",
            {"cauda_equina_possible"},
        ),
        ("since the hip operation the left leg is more fat than the right and warm", {"dvt"}),
        (
            "after a long car trip I have sudden shortness of breath and it stabs me in the ribs "
            "when I breathe in",
            {"pulmonary_embolism_risk"},
        ),
        (
            "I fell from the ladder, the back makes me very bad and I have ants walking in both "
            "legs",
            {"spine_injury_nerves"},
        ),
        ("Mi abuelo se cayó y no puede pararse, no aguanta el peso en esa pierna", {"fracture"}),
        ("since two weeks my foot is hanging and the toes hit the floor", {"progressive_weakness"}),
        (
            "my face on the left side is fallen and the left arm and leg are like sleeping",
            {"stroke"},
        ),
        ("everything turns around me and I see double", {"dizziness_emergency"}),
    ],
)
def test_a_second_language_sign_raises_its_warning(text: str, expected: set[str]) -> None:
    assert flags(text) & expected


@pytest.mark.parametrize(
    "text",
    [
        "Two weeks ago I had flu with fever, it is finished. The shoulders are stiff from bed",
        "had a fever last week, no more temperature now, only the neck is stiff from the pillow",
    ],
)
def test_a_fever_said_finished_raises_nothing(text: str) -> None:
    assert not flags(text)
