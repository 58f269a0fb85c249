"""Everyday phrasing that is not a place: "it comes back", "in tight shoes or heels", "a
toothache-like pain", "where it meets the upper arm", a place denied ("without any arm pain"),
and places that used to be lost ("over my shoulder blade", "across my back"); the place named
first weighs most."""

from __future__ import annotations

import pytest

from tests.reading import kinds_read
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        (
            "Back of the knee hurts after runs; it eases as I move and comes back once I stop.",
            {"popliteal-fossa"},
            {"upper-lumbar", "mid-thoracic"},
        ),
        (
            "Sore top of my foot, especially in tight shoes or heels.",
            {"foot-top-lateral"},
            {"heel-plantar", "heel-back"},
        ),
        (
            "Reaching back to tuck in my shirt hurts deep in the front of the shoulder.",
            {"anterior-shoulder"},
            {"upper-lumbar", "mid-thoracic"},
        ),
        (
            "A burning ache between my shoulder blades after hours with my shoulders rounded.",
            {"interscapular"},
            {"anterior-shoulder", "upper-trapezius-ridge"},
        ),
        (
            "It hurts to breathe since a chest cold; the pain is on the side of my ribs.",
            {"lateral-chest"},
            {"upper-chest", "sternum"},
        ),
        (
            "A toothache-like pain deep in my knee.",
            {"medial-knee"},
            {"upper-teeth", "lower-teeth", "chin"},
        ),
        (
            "One spot at the back of my shoulder where it meets the upper arm.",
            {"posterior-shoulder"},
            {"anterior-upper-arm", "lateral-upper-arm"},
        ),
        (
            "Pain at the back of my shoulder, tingling in my little finger, without any arm pain.",
            {"posterior-shoulder"},
            {"anterior-upper-arm", "lateral-upper-arm", "posterior-upper-arm"},
        ),
        (
            "My knee hurts but there is no pain in my hip.",
            {"medial-knee"},
            {"lateral-hip", "anterior-hip"},
        ),
        ("Pain over my shoulder blade that spreads to my upper arm.", {"infraspinous"}, set()),
        (
            "Aching between my shoulder blades on both sides of the spine.",
            {"interscapular"},
            {"upper-lumbar", "lower-lumbar"},
        ),
        ("A deep ache right in front of my ear when I chew.", {"jaw-joint"}, {"ear-mastoid"}),
        (
            "Pain on the outer bump of my elbow.",
            {"lateral-epicondyle"},
            {"medial-epicondyle", "olecranon"},
        ),
        (
            "Me duele el pecho y me cuesta separar el brazo hacia un lado.",
            {"upper-chest"},
            {"lateral-upper-arm"},
        ),
        (
            "My shoulder blade aches after carrying my toddler on my hip all day.",
            {"infraspinous"},
            {"lateral-hip", "anterior-hip"},
        ),
        (
            "Tingling down my arm into the pinky when I hold the phone to my ear.",
            {"palmar-fingers-ulnar"},
            {"ear-mastoid"},
        ),
        (
            "Tengo un dolor sordo en el glúteo que baja por la pierna hasta el pie.",
            {"mid-buttock"},
            {"lower-calf", "lower-shin"},
        ),
        (
            "Me duele el pecho al respirar hondo, sobre todo en el costado.",
            {"lateral-chest"},
            set(),
        ),
        (
            "Duermo de costado y me duele el hombro.",
            {"anterior-shoulder"},
            {"lateral-chest", "flank"},
        ),
        (
            "Siento ardor entre los omóplatos, con la cabeza echada hacia delante.",
            {"interscapular"},
            {"forehead", "occiput", "vertex"},
        ),
        # shoulders raised toward the ears: a posture, the ears do not hurt
        (
            "I work with my shoulders hunched up to my ears and my neck hurts.",
            {"posterolateral-neck"},
            {"ear-mastoid", "jaw-joint"},
        ),
        (
            "My shoulders are always up around my ears and my neck aches.",
            {"posterolateral-neck"},
            {"ear-mastoid", "jaw-joint", "anterior-shoulder"},
        ),
        (
            "Tengo los hombros pegados a las orejas todo el día y me duele el cuello.",
            {"posterolateral-neck"},
            {"ear-mastoid", "jaw-joint", "anterior-shoulder"},
        ),
    ],
)
def test_what_is_not_a_place_adds_no_zone_and_the_place_is_kept(
    kb: KnowledgeBase, text: str, expected: set[str], not_expected: set[str]
) -> None:
    kinds = kinds_read(kb, text)
    assert expected <= kinds, kinds
    assert not kinds & not_expected, kinds


def test_looking_over_the_shoulder_is_a_circumstance_but_pain_over_it_is_a_place(
    kb: KnowledgeBase,
) -> None:
    assert "posterior-shoulder" not in kinds_read(kb, "My neck hurts when I look over my shoulder.")
    assert kinds_read(kb, "A deep ache over my shoulder.") & {
        "anterior-shoulder",
        "posterior-shoulder",
    }


def _order(kb: KnowledgeBase, text: str) -> list[str]:
    from tpatlas.finder import find
    from tpatlas.finder.query import query_from_text

    query, understood = query_from_text(kb.chart, text)
    return [m.muscle.id for m in find(kb, query, understood=understood).matches]


def test_the_place_named_first_weighs_most(kb: KnowledgeBase) -> None:
    teeth_first = _order(kb, "Pain in my upper teeth and a headache at my temple")
    temple_first = _order(kb, "Headache at my temple and pain in my upper teeth")
    # temporalis explains both either way; after it, the teeth (masseter) or the temple
    # (upper trapezius) lead, depending on which the person named first
    assert teeth_first[0] == temple_first[0] == "temporalis"
    assert teeth_first.index("masseter") < teeth_first.index("upper-trapezius")
    assert temple_first.index("upper-trapezius") < temple_first.index("masseter")


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        ("pain in R hip and L knee", {"hip": "right", "knee": "left"}),
        ("L-sided low back pain", {"low back": "left"}),
        ("Rt. shoulder pain", {"shoulder": "right"}),
        (
            "a spot at the top of my buttock on the right near the spine",
            {"top of buttock": "right"},
        ),
    ],
)
def test_sides_written_as_clinicians_write_them(
    kb: KnowledgeBase, text: str, sides: dict[str, str]
) -> None:
    said = {t.phrase: t.side for t in understand(text, kb.chart).terms}
    assert {p: said.get(p) for p in sides} == sides, said


def test_lower_legs_and_the_ribcage_are_places(kb: KnowledgeBase) -> None:
    assert {"upper-shin", "lower-calf"} <= kinds_read(kb, "My lower legs ache at night.")
    assert "lower-posterior-ribs" in kinds_read(kb, "pain at the bottom of my ribcage")


def test_a_knee_that_gives_way_is_the_buckling_the_entries_describe(kb: KnowledgeBase) -> None:
    from tpatlas.finder import find
    from tpatlas.finder.query import query_from_text

    for text in ("A deep ache in my knee, and now it gives way when I walk.",
                 "Me duele la rodilla por dentro y a veces me cede al caminar."):  # fmt: skip
        query, understood = query_from_text(kb.chart, text)
        matches = find(kb, query, understood=understood).matches
        vastus = next(m for m in matches if m.muscle.id == "vastus-medialis")
        assert any(c in ("buckling", "cede") for c in vastus.context), vastus.context
