"""Where a fall happened is how the pain began, not what makes it worse ("I fell off my bike" is
no cycling, "me caí en la escalera" no stairs); a limb that falls asleep is numb, a person who
falls asleep sleeps (no fall); a knee brought to the chest is a hip movement, not chest pain."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.kb import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "not_aggravator"),
    [
        ("I fell off my bike and hurt my shoulder", "cycling"),
        ("missed a step on the stairs and now my ankle hurts", "stairs"),
        ("me caí en la escalera y me duele el tobillo", "stairs"),
        ("dolor en el pecho al respirar hondo, tras caída en bici", "cycling"),
    ],
)
def test_where_a_fall_happened_is_how_it_began(
    kb: KnowledgeBase, text: str, not_aggravator: str
) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert not_aggravator not in query.aggravators, text
    assert query.onset == "strain", text


def test_an_activity_after_the_fall_still_makes_it_worse(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "I fell two weeks ago and now my knee hurts on the stairs")
    assert "stairs" in query.aggravators


@pytest.mark.parametrize(
    "text",
    [
        "my hand falls asleep at night",
        "my fingers are always sleeping, especially the right one",
        "my leg goes to sleep when I sit",
    ],
)
def test_a_limb_that_falls_asleep_is_numb(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert "numbness" in query.sensations, text


def test_falling_asleep_is_sleep_not_a_fall(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "I can't fall asleep because of my shoulder")
    assert query.onset is None
    assert "night" in query.aggravators
    assert "numbness" not in query.sensations


@pytest.mark.parametrize(
    "text",
    [
        "Sharp pain at the front of my left hip when I lift my knee up to my chest",
        "me duele la ingle al llevar la rodilla al pecho",
    ],
)
def test_a_knee_brought_to_the_chest_is_no_chest_pain(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    kinds = {z.split("-", 1)[1] for z in query.zones}
    assert kinds & {"anterior-hip", "groin"}, kinds
    assert not kinds & {"upper-chest", "lower-chest", "sternum", "patella"}, kinds


def test_scots_nae_denies_numbness(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "Ah've nae numbness, just a sore, stiff neck on the left")
    assert "numbness" not in query.sensations


@pytest.mark.parametrize(
    "text",
    ["lately my right hand goes dead when I'm hoovering", "Pt reports bilat paresthesias feet"],
)
def test_numbness_said_as_a_dead_hand_or_in_the_plural(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert "numbness" in query.sensations, text


def test_denied_low_back_pain_in_a_note_is_no_place(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "Paresthesias both feet, denies LBP. DM2 x15 yrs.")
    kinds = {z.split("-", 1)[1] for z in query.zones}
    assert not kinds & {"loin", "lower-lumbar", "upper-lumbar"}, kinds


def test_walking_said_with_estoy_barbaro_eases_it(kb: KnowledgeBase) -> None:
    text = "Me duele la cadera cuando me acuesto de ese lado. De día caminando estoy bárbaro."
    query, _ = query_from_text(kb.chart, text)
    assert "walking" not in query.aggravators
    assert "night" in query.aggravators


@pytest.mark.parametrize(
    ("text", "night"),
    [
        ("Back pain for weeks and I'm having night sweats", False),
        ("Me duele la espalda y tengo sudores nocturnos", False),
        ("My back hurts at night and I sweat", True),
    ],
)
def test_night_sweats_are_no_pain_at_night(kb: KnowledgeBase, text: str, night: bool) -> None:
    """Night sweats are a warning sign (heard as one), not pain at night or lying down."""
    query, _ = query_from_text(kb.chart, text)
    assert ("night" in query.aggravators) is night, text


@pytest.mark.parametrize(
    "text",
    [
        "Deep pain in the front of my right hip, in the crease. I can barely lift that leg.",
        "The front of my right hip hurts and I can't put weight on that foot.",
        "Pain at the front of my left hip, bearing weight through the leg is hard.",
    ],
)
def test_a_leg_lifted_or_stood_on_is_not_another_place(kb: KnowledgeBase, text: str) -> None:
    """ "Lift that leg", "put weight on that foot" say what hurts to do, not where it hurts."""
    query, _ = query_from_text(kb.chart, text)
    kinds = {z.split("-", 1)[1] for z in query.zones}
    assert "anterior-hip" in kinds, kinds
    assert not kinds & {"lateral-thigh", "posterior-thigh", "upper-calf", "instep", "heel-plantar"}
