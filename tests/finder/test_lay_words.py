"""Lay words added for descriptions nobody rehearsed (issue 8): the whole leg, counts, relative
places in Spanish, pain that runs "straight across", exercises and everyday words of a story, and
the held-out evaluation sets, which are only ever measured."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.reading import kinds_read as kinds
from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.finder.score import Match
from tpatlas.finder.story import evidence, story_words
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase

EVAL = Path(__file__).resolve().parents[1] / "eval"


def test_the_outside_of_the_leg_is_the_whole_limb(kb: KnowledgeBase) -> None:
    assert "lateral-thigh" in kinds(kb, "pain down the outside of my leg")
    assert "lateral-thigh" in kinds(kb, "me duele el lado de la pierna")
    assert {"posterior-thigh", "upper-calf"} <= kinds(kb, "dolor detrás de la pierna")


def test_a_count_is_not_part_of_a_place(kb: KnowledgeBase) -> None:
    both = {"interscapular", "upper-interscapular"}
    assert kinds(kb, "dolor entre los dos omóplatos") == both
    assert kinds(kb, "an ache between the two shoulder blades") == both


def test_everyday_names_for_places(kb: KnowledgeBase) -> None:
    assert "inferior-scapula" in kinds(kb, "my back hurts across the bra line")
    assert kinds(kb, "pain from the spine in my neck") <= {
        "upper-posterior-neck",
        "lower-posterior-neck",
    }
    assert "lower-posterior-ribs" in kinds(kb, "an ache at my lowest ribs")
    assert "lower-anterior-arm" in kinds(kb, "pain on the inside of my elbow")


def test_pain_running_straight_across_is_not_running(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "pain running straight across my lower back")
    assert "running" not in query.aggravators


def test_exercises_and_everyday_words_meet_the_entries(kb: KnowledgeBase) -> None:
    said = story_words("since I started doing hundreds of sit-ups")
    assert "situps" in evidence(kb, said)["rectus-abdominis"].shown
    lay = dict(story_words("reflux, and my laptop"))
    assert lay.get("heartburn") == "reflux" and lay.get("computer") == "laptop"


SETS = (
    "finder_cases_independent.yaml",
    "finder_cases_heldout.yaml",
    "finder_cases_heldout2.yaml",
    "finder_cases_heldout3.yaml",
    "finder_cases_heldout4.yaml",
    "finder_cases_heldout5.yaml",
    "finder_cases_heldout6.yaml",
    "finder_cases_heldout7.yaml",
    "finder_cases_heldout8.yaml",
    "finder_cases_heldout9.yaml",
    "finder_cases_heldout10.yaml",
    "finder_cases_heldout11.yaml",
    "finder_cases_heldout12.yaml",
    "finder_cases_heldout13.yaml",
    "finder_cases_heldout14.yaml",
    "finder_cases_heldout15.yaml",
    "finder_cases_heldout16.yaml",
    "finder_cases_heldout17.yaml",
    "finder_cases_heldout18.yaml",
)
# the sixth set and later have up to three cases per page
PER_PAGE = {name: 3 for name in SETS[6:]}
# the eighteenth is smaller: few unused trigger-point pages were left
MIN_CASES = {"finder_cases_heldout18.yaml": 45}


@pytest.mark.parametrize("name", SETS[2:])
def test_each_held_out_set_is_independent_of_the_others(name: str) -> None:
    """Measured, never tuned on: its pages are cited by no other set, one page per case (three
    at most from the sixth set on), both languages, single and mixed stories, every
    case with a page."""
    held = yaml.safe_load((EVAL / name).read_text())["cases"]
    others = [
        c
        for other in SETS
        if other != name
        for c in yaml.safe_load((EVAL / other).read_text())["cases"]
    ]
    sources = [c["source"] for c in held]
    assert len(held) >= MIN_CASES.get(name, 80)
    assert max(sources.count(s) for s in sources) <= PER_PAGE.get(name, 1)
    # counted, not listed: a failure must not print the cases of a measured-only set
    shared_pages = len(set(sources) & {c["source"] for c in others})
    shared_texts = len({c["text"] for c in held} & {c["text"] for c in others})
    assert shared_pages == 0
    assert shared_texts == 0
    assert sum(c["lang"] == "es" for c in held) >= 15
    assert sum(c["kind"] == "single" for c in held) >= 10
    assert all(c["source"].startswith("http") and c["expect"] for c in held)


def test_the_words_of_a_story_tell_apart_muscles_of_one_place(kb: KnowledgeBase) -> None:
    """The same place, two stories: night cramps are what the gastrocnemius entry describes,
    so they put it before soleus, which leads for a plain calf ache; the word is shown."""

    def ranked(text: str) -> list[Match]:
        query, understood = query_from_text(kb.chart, text)
        return find(kb, query, understood=understood).matches

    plain = [m.muscle.id for m in ranked("deep ache in my calf")]
    told = ranked("calf cramps that wake me up at night")
    ids = [m.muscle.id for m in told]
    assert plain.index("soleus") < plain.index("gastrocnemius")
    assert ids.index("gastrocnemius") < ids.index("soleus")
    assert "cramps" in told[ids.index("gastrocnemius")].context


def test_a_rare_word_weighs_more_than_a_common_one(kb: KnowledgeBase) -> None:
    """A word few entries use tells muscles apart; one most shoulder entries use hardly does."""
    said = story_words("my shoulder hurts since I got new glasses")
    told = evidence(kb, said)
    glasses = max(e.weight for e in told.values() if "glasses" in e.shown)
    shoulder_only = [e.weight for e in told.values() if not e.shown]
    assert shoulder_only and glasses > 2 * max(shoulder_only)


def test_a_broad_word_next_to_a_place_narrows_it(kb: KnowledgeBase) -> None:
    """ "The back of my leg just below the knee" is the top of the calf; a broad word said
    elsewhere ("up to shoulder height") narrows nothing."""
    assert kinds(kb, "pain at the back of my leg just below the knee") == {"upper-calf"}
    assert kinds(kb, "dolor detrás de la pierna justo debajo de la rodilla") == {"upper-calf"}
    far = "sore on the point of the shoulder; I can't lift it up to shoulder height"
    assert {"lateral-upper-arm", "anterior-shoulder"} <= kinds(kb, far)


def test_postures_landmarks_and_places_found_fine_are_not_places(kb: KnowledgeBase) -> None:
    texts = {
        "me duele la espalda con los hombros hacia delante frente al ordenador": "forehead",
        "con los hombros hacia delante me duele el cuello": "anterior-shoulder",
        "dolor en la nalga; me dijeron que era ciática pero la columna está bien": "upper-lumbar",
        "the MRI of my spine was normal, but my buttock aches": "upper-lumbar",
        "my back is fine now but my neck hurts": "lower-lumbar",
    }
    for text, wrong in texts.items():
        assert wrong not in kinds(kb, text), text
    assert "forehead" in kinds(kb, "dolor en la frente")
    assert "upper-posterior-neck" in kinds(kb, "my back is fine now but my neck hurts")


@pytest.mark.parametrize(
    ("english", "spanish"),
    [
        ("pain in my calf", "me duele la pantorrilla"),
        ("pain in my shin", "me duele la espinilla"),
        ("pain behind the knee", "me duele detrás de la rodilla"),
        ("pain in my upper arm", "me duele la parte superior del brazo"),
        ("pain in my thigh", "me duele el muslo"),
        ("pain in my buttock", "me duele la nalga"),
        ("pain in my heel", "me duele el talón"),
        ("pain between the shoulder blades", "me duele entre los omóplatos"),
        ("pain in front of my ear", "dolor delante de la oreja"),
    ],
)
def test_a_place_reads_the_same_in_both_languages(
    kb: KnowledgeBase, english: str, spanish: str
) -> None:
    assert kinds(kb, english) == kinds(kb, spanish)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("pain in my hips", "lateral-hip"),
        ("pain in both arms", "lateral-upper-arm"),
        ("my ears hurt", "ear-mastoid"),
        ("me duelen los talones", "heel-plantar"),
        ("me duelen los pulgares", "thenar"),
        ("pain at the head of the fibula", "upper-lateral-leg"),
        ("my neck since yesterday", "posterolateral-neck"),
    ],
)
def test_plurals_bone_heads_and_joining_words(kb: KnowledgeBase, text: str, expected: str) -> None:
    """Plurals read as their part, the head of a bone is not the head, and "since" never turns
    a place into another ("neck since" is not "neck spine")."""
    found = kinds(kb, text)
    assert expected in found and "forehead" not in found, found


def test_a_side_said_after_the_trunk_is_its_half(kb: KnowledgeBase) -> None:
    """ "My chest hurts on the left side" is the left half of the chest, not its side wall."""
    for text in ("my chest hurts on the left side", "me duele el pecho del lado izquierdo"):
        u = understand(text, kb.chart)
        assert u.side == "left" and "lateral-chest" not in kinds(kb, text), text
    assert kinds(kb, "pain on the side of my chest") == {"lateral-chest"}


def test_my_behind_is_the_buttocks(kb: KnowledgeBase) -> None:
    assert "mid-buttock" in kinds(kb, "my behind hurts when I sit")
    assert "mid-buttock" not in kinds(kb, "pain behind my knee")


@pytest.mark.parametrize(
    ("text", "onset"),
    [
        ("my knee hurts, no fall or injury", None),
        ("no injury, it came on gradually", "gradual"),
        ("me empezó a doler el hombro sin golpe ni nada, poco a poco", "gradual"),
        ("no me caí, empezó poco a poco", "gradual"),
        ("I did not fall but I strained it lifting", "strain"),
        ("my knee hurts since I fell", "strain"),
    ],
)
def test_an_onset_denied_is_not_the_onset(kb: KnowledgeBase, text: str, onset: str | None) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert query.onset == onset


def test_a_spanish_verb_meets_the_entry_in_another_form(kb: KnowledgeBase) -> None:
    """Spanish words meet the entry's Spanish text by their stem: "nado" (I swim) is what the
    latissimus entry says as "nadar" or "natación", "agachándome" (bending down) what the
    quadratus lumborum entry says as "agacharse"."""
    swim = evidence(kb, story_words("me duele cuando nado"))
    assert "latissimus-dorsi" in swim and "nado" in swim["latissimus-dorsi"].shown
    bend = evidence(kb, story_words("agachándome a recoger algo"))
    assert "quadratus-lumborum" in bend


@pytest.mark.parametrize(
    "text",
    [
        "the back of my head aches after long hours at the computer",
        "Me duele la nuca cuando estoy muchas horas con la computadora",
        "me duele el cuello después de todo el día con el ordenador",
    ],
)
def test_hours_at_a_computer_are_sitting(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert "sitting" in query.aggravators
