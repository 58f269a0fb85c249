"""Descriptions in everyday words become zones, a side and context."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("deep ache behind my right knee when I sit", "right-popliteal-fossa"),
        ("pain in the sitting bone", "right-gluteal-fold"),
        ("headache at the temple", "right-temple"),
        ("sore left instep", "left-instep"),
        ("pain in my buttok", "right-mid-buttock"),  # typo
        ("achillies pain", "right-achilles"),  # typo
        ("tennis elbow", "right-lateral-epicondyle"),
        ("shin splints", "right-lower-medial-shin"),
        ("pain at the ischial tuberosity", "right-gluteal-fold"),
    ],
)
def test_words_become_zones(kb: KnowledgeBase, text: str, zone: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert zone in query.zones


def test_a_precise_place_beats_a_broad_word(kb: KnowledgeBase) -> None:
    u = understand("headache at the temple", kb.chart)
    assert [t.phrase for t in u.terms] == ["temple"]


def test_broad_words_count_when_nothing_precise_is_said(kb: KnowledgeBase) -> None:
    u = understand("I get headaches", kb.chart)
    assert [t.phrase for t in u.terms] == ["headaches"]


@pytest.mark.parametrize(
    ("text", "side", "given"),
    [
        ("pain behind my left knee", "left", True),
        ("pain behind my right knee", "right", True),
        ("pain behind both knees", "both", True),
        ("pain behind the knee", "both", False),
    ],
)
def test_side_is_read_from_the_words(kb: KnowledgeBase, text: str, side: str, given: bool) -> None:
    u = understand(text, kb.chart)
    assert (u.side, u.side_given) == (side, given)


def test_without_a_side_results_apply_to_either(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "pain behind the knee")
    assert query.either_side and all(z.startswith("right-") for z in query.zones)


def test_context_and_onset_are_heard(kb: KnowledgeBase) -> None:
    u = understand("my calf hurts at night since I started running, after a fall", kb.chart)
    assert u.aggravators == {"night", "running"} and u.onset == "strain"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("numb fingers", "sore fingers"),
        ("tingling in my hand", "pain in my hand"),
        ("pins and needles in the thumb", "pain in the thumb"),
    ],
)
def test_numbness_and_tingling_are_heard_without_changing_the_zones(
    kb: KnowledgeBase, text: str, plain: str
) -> None:
    u = understand(text, kb.chart)
    assert u.sensations == {"numbness", "numb-only"}  # numbness and no pain (finder/numb.py)
    assert u.zones == understand(plain, kb.chart).zones and u.zones


@pytest.mark.parametrize(
    "text", ["calf pain, no numbness or tingling", "dolor en el hombro, sin hormigueo"]
)
def test_numbness_denied_is_not_heard(kb: KnowledgeBase, text: str) -> None:
    assert understand(text, kb.chart).sensations == set()
    assert understand(text.replace("no ", "").replace("sin ", ""), kb.chart).sensations


@pytest.mark.parametrize(
    ("text", "sitting"),
    [
        ("me duele la espalda cuando me siento", True),
        ("si me siento mucho rato me duele la nalga", True),
        ("cuando me siento cansada me duele el cuello", False),  # "I feel", not "I sit"
        ("me siento mal y me duele la cadera", False),
    ],
)
def test_me_siento_is_sitting_unless_a_feeling_follows(
    kb: KnowledgeBase, text: str, sitting: bool
) -> None:
    assert ("sitting" in understand(text, kb.chart).aggravators) is sitting


def test_words_it_does_not_know_give_no_zones(kb: KnowledgeBase) -> None:
    query, understood = query_from_text(kb.chart, "I feel blue on Mondays")
    assert query.zones == {} and understood.terms == []


def test_a_movement_is_not_read_as_the_place_that_hurts(kb: KnowledgeBase) -> None:
    u = understand("pain in the hip crease when I lift my knee", kb.chart)
    assert set(u.zones) == {
        f"{s}-{k}" for s in ("left", "right") for k in ("groin", "anterior-hip")
    }
    assert understand("it hurts when I raise my arm", kb.chart).aggravators == {"overhead"}
    # With no other place named, the movement's body part is all there is to go on.
    assert "right-popliteal-fossa" in understand("pain when I bend my knee", kb.chart).zones


@pytest.mark.parametrize(
    ("text", "zone"),
    [
        ("dolor detrás de la rodilla derecha", "right-popliteal-fossa"),
        ("me duele el talón izquierdo al caminar", "left-heel-plantar"),
        ("dolor en la parte baja de la espalda", "right-lower-lumbar"),
        ("dolor de cabeza en la sien", "right-temple"),
        ("hormigueo en el pulgar", "right-thenar"),
    ],
)
def test_spanish_descriptions_are_understood(kb: KnowledgeBase, text: str, zone: str) -> None:
    query, understood = query_from_text(kb.chart, text)
    assert zone in query.zones or zone in understood.zones


def test_every_vocabulary_names_real_zones(kb: KnowledgeBase) -> None:
    from tpatlas.finder.data import load
    from tpatlas.finder.text import VOCABULARIES

    for name in VOCABULARIES:
        vocab = load(name)
        for section in ("specific", "broad"):
            unknown = {k for kinds in vocab[section].values() for k in kinds} - set(kb.chart.kinds)
            assert unknown == set(), (name, section)


def test_spanish_side_and_context_are_heard(kb: KnowledgeBase) -> None:
    u = understand("dolor en la rodilla izquierda al subir escaleras, con hormigueo", kb.chart)
    assert u.side == "left" and u.side_given
    assert "stairs" in u.aggravators and u.sensations == {"numbness"}


@pytest.mark.parametrize(
    "text",
    [
        "Me duele la rodilla por delante y no me he dado ningún golpe.",
        "Knee pain, I haven't had any injury",
        "sore knee, I don't remember any fall",
    ],
)
def test_an_injury_denied_is_no_injury(kb: KnowledgeBase, text: str) -> None:
    assert understand(text, kb.chart).onset is None
    assert understand("Knee pain after a fall", kb.chart).onset == "strain"


@pytest.mark.parametrize(
    ("text", "aggravators"),
    [
        ("The back of my knee hurts, although it settles down at night", set()),
        ("knee pain that is better at night", set()),
        ("knee pain, worse at night", {"night"}),
        ("it eases while I'm walking and comes back when I sit", {"sitting"}),
        ("better when I walk but worse sitting", {"sitting"}),
        ("me duele la cadera, mejora al caminar", set()),
        ("no puedo dormir del lado izquierdo", {"night"}),  # what it prevents makes it worse
    ],
)
def test_what_eases_the_pain_is_not_what_aggravates_it(
    kb: KnowledgeBase, text: str, aggravators: set[str]
) -> None:
    assert understand(text, kb.chart).aggravators == aggravators
