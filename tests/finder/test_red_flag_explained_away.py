"""Red flags mentioned in passing after a detailed muscle story and explained away ("probably the
painkillers?", "could be muscular?"), from pages on the conditions trigger-point pain is mistaken
for. Written from the misses of the eighteenth studied set (tests/eval/red_flag_cases_18.yaml)
and checked against its controls."""

from __future__ import annotations

import pytest

from tests.reading import flags_heard as flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "My jaw and the left side of my neck ache every time I walk up the hill, then settle",
            {"exertional_jaw_arm"},
        ),
        (
            "abrupt tearing pain between the shoulder blades radiating to the front of the chest",
            {"aortic_dissection"},
        ),
        (
            "back went again lifting the kid, and I couldn't get a wee out though I was bursting",
            {"cauda_equina_possible", "cauda_equina"},
        ),
        (
            "middle of my chest hurts and the pain moves through into my back, sudden and sharp",
            {"aortic_dissection"},
        ),
    ],
)
def test_a_sign_explained_away_still_raises_its_warning(text: str, expected: set[str]) -> None:
    assert flags(text) & expected


def test_a_parents_cancer_is_not_the_writers() -> None:
    assert not flags("Mum had bowel cancer, but that's her. My lower back is sore from lifting")
    # the writer's own cancer still counts
    assert "back_cancer_history" in flags("I had bowel cancer two years ago and now my back aches")
