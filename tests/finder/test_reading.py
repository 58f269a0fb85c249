"""How everyday descriptions are read: sides said in passing, directions on any part, the
thumb and little-finger sides, the chart's own words, Spanish, and the words of a story."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.reading import kinds_read as kinds
from tpatlas.finder import find
from tpatlas.finder.patterns import combined
from tpatlas.finder.query import query_from_text
from tpatlas.finder.story import story_words
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase

EVAL = Path(__file__).resolve().parents[1] / "eval"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a direction on any part, two directions narrowing each other
        ("achy pain at the base of my head", {"suboccipital"}),
        ("pain at the base of my neck", {"lower-posterior-neck", "upper-trapezius-ridge"}),
        ("an ache high on my upper inner thigh", {"upper-medial-thigh"}),
        ("a sore patch on the top outer part of my foot", {"foot-top-lateral"}),
        ("numb feeling under my big toe", {"big-toe-plantar"}),
        ("my lower front teeth ache", {"chin"}),
        ("pain at the outer edge of the kneecap", {"lateral-knee", "patella"}),
        # the thumb and little-finger sides
        ("pain on the thumb side of the elbow", {"lateral-epicondyle"}),
        (
            "my wrist hurts on the little finger side",
            {"volar-wrist", "dorsal-wrist", "dorsal-hand-ulnar"},
        ),
        # the chart's own zone names are everyday words
        ("pain over the lower ribs at the back", {"lower-posterior-ribs"}),
        ("sore along the outer edge of the sole", {"lateral-sole"}),
        # Spanish
        ("me duele el codo por fuera", {"lateral-epicondyle"}),
        ("dolor entre las paletillas", {"interscapular", "upper-interscapular"}),
        ("dolor en el lado derecho del cuello", {"anterolateral-neck", "posterolateral-neck"}),
    ],
)
def test_everyday_places_are_read(kb: KnowledgeBase, text: str, expected: set[str]) -> None:
    assert kinds(kb, text) == expected


@pytest.mark.parametrize(
    ("text", "place", "side"),
    [
        ("a band across my mid back on both sides", "mid-thoracic", "both"),
        ("tightness across the left side of my chest", "upper-chest", "left"),
        ("dolor en la parte izquierda de la espalda", "upper-lumbar", "left"),
        ("pain on one side of my back", "upper-lumbar", ""),
    ],
)
def test_which_side_is_not_a_place(kb: KnowledgeBase, text: str, place: str, side: str) -> None:
    """Saying "on both sides", "the left side of my chest" or "one side of my back" tells the
    side: the place is the back or the chest, not the flank or the side of the chest wall."""
    terms = understand(text, kb.chart).terms
    assert [t.side for t in terms] == [side]
    assert place in terms[0].kinds and not {"flank", "lateral-chest", "loin"} & set(terms[0].kinds)


BACK = {"upper-lumbar", "lower-lumbar", "mid-thoracic"}


@pytest.mark.parametrize(
    ("text", "not_there"),
    [
        ("the heel hurts and it spreads into the back of the arch", BACK),
        ("my back molars ache", BACK),
        ("my shoulder hurts when I hold the steering wheel", {"heel-plantar", "heel-back"}),
    ],
)
def test_words_that_only_look_like_a_place_are_not_one(
    kb: KnowledgeBase, text: str, not_there: set[str]
) -> None:
    """A direction word before another place qualifies it; "wheel" is no misspelt "heel"."""
    found = kinds(kb, text)
    assert found and not found & not_there


def test_misspellings_are_still_read(kb: KnowledgeBase) -> None:
    assert "anterior-shoulder" in kinds(kb, "sholder pain")
    assert "achilles" in kinds(kb, "achillies pain")


@pytest.mark.parametrize(
    ("text", "heard", "not_heard"),
    [
        ("tengo dolor lumbar desde que levanté una caja pesada", {"lifting"}, set()),
        ("me cuesta levantarme de la silla", {"sitting"}, {"stairs"}),
        ("subir cuestas me mata", {"stairs"}, set()),
    ],
)
def test_spanish_context_is_heard(
    kb: KnowledgeBase, text: str, heard: set[str], not_heard: set[str]
) -> None:
    aggravators = understand(text, kb.chart).aggravators
    assert heard <= aggravators and not (not_heard & aggravators)


def test_a_spanish_movement_is_not_a_place(kb: KnowledgeBase) -> None:
    text = "me duele detrás del hombro y me cuesta levantar el brazo hacia el lado"
    assert kinds(kb, text) == {"posterior-shoulder"}


def test_everyday_words_are_not_story() -> None:
    """Words that tell no muscle apart never count as context, in English or Spanish."""
    assert story_words("it makes it worse and spreads, the same as always") == ()
    assert story_words("me duele muchísimo también") == ()


def test_a_spanish_story_meets_the_english_entries() -> None:
    said = dict(story_words("me duele al toser y con la almohada nueva"))
    assert {"cough", "pillow"} <= set(said) and said["cough"] == "toser"


def test_a_muscle_s_trigger_points_together_explain_a_story(kb: KnowledgeBase) -> None:
    """No single quadratus lumborum trigger point reaches the top of the hip and the lower
    buttock as its essential zone; together they do, which puts it among the first two (with
    gluteus medius, first in Travell & Simons' low-back pain guide)."""
    text = "deep ache in my lower back that spreads to the top of my hip and the lower buttock"
    query, understood = query_from_text(kb.chart, text)
    result = find(kb, query, understood=understood)
    ql = next(m for m in result.matches[:2] if m.muscle.id == "quadratus-lumborum")
    explained = {z.split("-", 1)[1] for z in ql.essential}
    singles = [set(tp.essential) for tp in kb.muscles["quadratus-lumborum"].trigger_points]
    assert not any(explained <= single for single in singles)
    assert ql.trigger_point in kb.muscles["quadratus-lumborum"].trigger_points  # a real one


def test_a_combined_pattern_counts_rare_zones_less(kb: KnowledgeBase) -> None:
    soleus = combined(kb.muscles["soleus"], kb.chart)
    assert soleus.table["heel-plantar"] == 1.0 and soleus.table["sacroiliac"] < 1.0


def test_the_held_out_set_is_independent_of_the_other_sets() -> None:
    """The held-out set is only measured: its pages are not those of the independent set, each
    case names its page, and it covers both languages and mixed stories."""
    held = yaml.safe_load((EVAL / "finder_cases_heldout.yaml").read_text())["cases"]
    other = yaml.safe_load((EVAL / "finder_cases_independent.yaml").read_text())["cases"]
    sources = [c["source"] for c in held]
    assert len(held) >= 80 and len(set(sources)) == len(sources)
    assert not set(sources) & {c["source"] for c in other}
    assert not {c["text"] for c in held} & {c["text"] for c in other}
    assert sum(c["lang"] == "es" for c in held) >= 15
    assert sum(c["kind"] == "multi" for c in held) >= 40
    assert all(c["source"].startswith("http") and c["expect"] for c in held)
