"""A fifth reading audit, from a fresh evaluation set's failures (1 December 2026): a height is no
place ("lift my elbow above shoulder height", "subo el brazo por encima del hombro"); a part
"near" the landmark it ends at is that end of the part ("my upper arm near the elbow", "el
antebrazo cerca de la muñeca"); a side said after a comma is the side of the part before it ("la
parte alta del pecho, del lado izquierdo"); "abajo del todo" is the bottom, not all of it;
dropping things is weakness, not a place; the bottom of the spine reaches the tailbone; and "the
other knee" is the side not said before. A
trigger point's own place counts too: the knot is tender where it lies."""

from __future__ import annotations

import pytest

from tpatlas.finder import find
from tpatlas.finder.query import query_from_text
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


def _kinds(kb: KnowledgeBase, text: str) -> set[str]:
    return {z.split("-", 1)[1] for z in understand(text, kb.chart).zones}


def test_the_other_one_is_the_side_not_said(kb: KnowledgeBase) -> None:
    """ "The other knee" after the right knee is the left knee, never the outer side of the knee
    (the word is not a slip of "outer"); "del otro lado" after the right hip is the left hip."""
    zones = set(understand("my right knee hurts and now the other knee too", kb.chart).zones)
    assert {"right-patella", "left-patella", "left-medial-knee"} <= zones
    zones = set(
        understand("me duele la cadera derecha y ahora también del otro lado", kb.chart).zones
    )
    assert {"right-lateral-hip", "left-lateral-hip"} <= zones
    zones = set(understand("my other knee", kb.chart).zones)
    assert "right-medial-knee" in zones or "left-medial-knee" in zones  # the knee, not its outside


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        # a height says how high the arm goes
        (
            "pain in the front of my shoulder when I lift my elbow above shoulder height",
            {"anterior-shoulder"},
            {"upper-trapezius-ridge", "posterior-shoulder"},
        ),
        (
            "my neck hurts when I raise my arms to shoulder level",
            {"posterolateral-neck"},
            {"anterior-shoulder", "upper-trapezius-ridge"},
        ),
        (
            "me duele la parte de delante del hombro cuando subo el brazo por encima del hombro",
            {"anterior-shoulder"},
            {"upper-trapezius-ridge"},
        ),
        # a part near the landmark it ends at
        (
            "my upper arm near the elbow aches",
            {"lower-anterior-arm", "lower-posterior-arm"},
            {"lateral-epicondyle", "olecranon", "anterior-upper-arm"},
        ),
        ("me duele el brazo cerca del codo", {"lower-anterior-arm"}, {"olecranon"}),
        ("me duele el antebrazo cerca de la muñeca", {"volar-forearm-radial"}, {"volar-wrist"}),
        ("pain in my thigh close to the knee", {"lower-anterior-thigh"}, {"patella"}),
        ("calf pain near the ankle", {"lower-calf"}, {"lateral-ankle", "upper-calf"}),
        ("my neck near the skull hurts", {"suboccipital"}, {"forehead", "vertex"}),
        # ... but pain that runs toward a landmark still reaches it
        (
            "pain on the inner side of my elbow that runs down the inner forearm toward the wrist",
            {"medial-epicondyle"},
            set(),
        ),
        # a side after a comma
        (
            "tengo dolor en la parte alta del pecho, del lado izquierdo",
            {"upper-chest"},
            {"lateral-chest"},
        ),
        ("my chest, on the left side, hurts", {"upper-chest"}, {"lateral-chest"}),
        # the very bottom
        ("me duele abajo del todo de la espalda", {"lower-lumbar"}, {"mid-thoracic"}),
        ("me duele la parte baja de la pantorrilla", {"lower-calf"}, {"upper-calf"}),
        # weakness, not a place
        (
            "se me caen las cosas de las manos y me duele el codo",
            {"lateral-epicondyle"},
            {"thenar", "dorsal-hand-radial"},
        ),
        ("I keep dropping things from my hand", set(), {"thenar", "dorsal-hand-radial"}),
        # the tailbone is the bone at the bottom of the spine
        ("pain at the bottom of my spine when I sit", {"coccyx", "sacrum"}, set()),
        ("me duele al final de la columna", {"coccyx"}, {"mid-thoracic"}),
    ],
)
def test_read(kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]) -> None:
    kinds = _kinds(kb, text)
    assert read <= kinds, (text, kinds)
    assert not kinds & not_read, (text, kinds)


def test_the_place_of_the_knot_counts_and_the_reason_says_so(kb: KnowledgeBase) -> None:
    """Splenius capitis sends pain to the top of the head from a knot in the upper neck: pain in
    both places puts it near the top, and its reason names where its trigger point lies (in the
    API too), not a pain pattern it does not have."""
    text = "my neck hurts and I can't turn it fully, and the pain goes into the top of my head"
    query, understood = query_from_text(kb.chart, text)
    result = find(kb, query, understood=understood)
    ids = [m.muscle.id for m in result.matches]
    assert "splenius-capitis" in ids[:3], ids
    row = result.matches[ids.index("splenius-capitis")]
    assert row.local and all(z.endswith("upper-posterior-neck") for z in row.local)
    assert "its trigger point lies at" in result.reason(row, kb)
    api_row = result.to_json(kb)["results"][ids.index("splenius-capitis")]
    assert api_row["local"] == list(row.local)


def test_the_page_says_where_the_knot_lies_in_the_page_language() -> None:
    """The finder page tells a patient, in Spanish too, that a muscle is listed because its
    trigger point lies where it hurts."""
    from django.test import Client

    client = Client()
    url = "/finder/?zone=right-upper-posterior-neck&zone=right-vertex"
    english = client.get(url).content.decode()
    assert "One of its trigger points lies in: " in english
    client.post("/i18n/setlang/", {"language": "es", "next": "/finder/"})
    spanish = client.get(url, follow=True).content.decode()
    assert "Uno de sus puntos gatillo está en: " in spanish
    assert "One of its trigger points" not in spanish


def test_with_no_place_a_muscle_whose_entry_names_the_symptom_is_listed(kb: KnowledgeBase) -> None:
    """ "Dizzy and off balance" names no place, but the sternocleidomastoid's entry describes
    it: listed, with a note saying why, after the dizziness warning. Common words list
    nothing, so a description without a place or a telling word still gets the plain note."""
    query, understood = query_from_text(kb.chart, "I keep feeling dizzy and off balance")
    result = find(kb, query, understood=understood)
    assert [m.muscle.id for m in result.matches] == ["sternocleidomastoid"]
    assert "dizzy" in result.matches[0].context
    assert any("listed only because their entries describe" in n for n in result.notes)
    assert not any("No side was mentioned" in n for n in result.notes)  # no place, no side
    assert [f.id for f in result.flags] == ["dizziness"]
    query, understood = query_from_text(kb.chart, "I feel tired and stressed, testing")
    result = find(kb, query, understood=understood)
    assert result.matches == []
    assert any("No painful zones were given" in n for n in result.notes)


def _zones(kb: KnowledgeBase, text: str) -> set[str]:
    return set(understand(text, kb.chart).zones)


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        # a place that used to hurt, or hurts someone else, is not where it hurts now
        ("it used to be my knee, now it's my hip", {"lateral-hip"}, {"patella"}),
        ("antes me dolía la rodilla, ahora el tobillo", {"lateral-ankle"}, {"patella"}),
        ("lo del hombro ya se curó; ahora me duele entre las paletillas", {"interscapular"},
         {"anterior-shoulder"}),
        ("mi madre tiene artrosis de rodilla; yo tengo dolor en el tobillo", {"medial-ankle"},
         {"patella"}),
        # a part moved back is how it moves
        ("my neck hurts when I pull my shoulders back", {"posterolateral-neck"},
         {"lower-lumbar", "mid-thoracic", "posterior-shoulder"}),
        ("me duele el cuello al echar los hombros hacia atrás", {"posterolateral-neck"},
         {"posterior-shoulder"}),
        # the side of the body, not of the part
        ("pain under my ribs on the right side, at the front", {"lower-chest"}, {"lateral-chest"}),
        ("la cadera, la del lado derecho", {"anterior-hip"}, set()),
        # real words next to place words, and everyday words for parts
        ("pain behind my kneecap when I squat or kneel", {"patella"}, {"popliteal-fossa"}),
        ("uso rodillera pero lo que me duele es el tobillo", {"lateral-ankle"}, {"patella"}),
        ("the pain arose in my knee after a long walk", {"patella"}, {"mid-buttock"}),
        ("me duele el lomo desde que cargué las cajas", {"lower-lumbar"}, set()),
        ("me duele la pata derecha", {"posterior-thigh"}, set()),
        ("me duele el dedo chiquito de la mano", {"palmar-fingers-ulnar"}, {"thenar"}),
        ("LBP radiating down the leg", {"lower-lumbar", "posterior-thigh"}, set()),
        # a landmark said with above, below or under
        ("the shin just above the ankle hurts", {"lower-shin"}, {"lateral-ankle", "upper-shin"}),
        # ... with where on the part said on the way, its side kept
        (
            "Tengo dolor en la canilla derecha, en la parte de adelante, abajo, cerca del tobillo.",
            {"lower-shin"},
            {"upper-shin", "lateral-ankle", "medial-ankle"},
        ),
        ("me duele el antebrazo justo debajo del codo", {"volar-forearm-ulnar"}, {"olecranon"}),
        ("my quad near the knee is sore", {"lower-anterior-thigh"}, {"lower-posterior-thigh"}),
        ("parte baja de la espalda, justo encima del culo", {"lower-lumbar"}, {"mid-buttock"}),
        # waking up with a stiff neck; an arm cocked back; surgery and a cause ruled out
        ("Me levanté con el cuello agarrotado y también me arde la parte de arriba del omóplato",
         {"posterolateral-neck", "supraspinous"}, set()),
        ("it hurts behind my armpit when I cock my arm back to throw", {"posterior-axilla"},
         {"lower-lumbar", "anterior-upper-arm"}),
        ("después de operarme la rodilla me arde la palma de la mano", {"thenar"}, {"patella"}),
        ("me duele la cadera y el fisio dice que no viene de la columna", {"lateral-hip"},
         {"mid-thoracic", "lower-lumbar"}),
        ("I keep catching my toes and my shin aches", {"upper-shin"}, {"lesser-toes-top"}),
        ("me duele la parte baja de la espalda de lado a lado", {"lower-lumbar"}, set()),
        # two directions on one sided part, and a nickname with 's
        ("the front and side of my right hip ache", {"anterior-hip", "lateral-hip"}, set()),
        ("my hammy's tight", {"posterior-thigh"}, set()),
        # a head tipped back; a part pressed in as a comparison; the top of the foot by the toes
        ("My neck hurts when I tilt my head back to look up at the ceiling",
         {"upper-posterior-neck"}, {"lower-lumbar", "mid-thoracic"}),
        ("es como si me clavaran un codo en el costado", {"flank"}, {"lateral-epicondyle"}),
        ("like someone is digging a thumb into my shoulder blade", {"infraspinous"},
         {"thenar", "dorsal-fingers-radial"}),
        ("tender spot on the top of my foot near the toes", {"foot-top-medial"},
         {"lesser-toes-plantar", "lesser-toes-top"}),
        ("me duele la parte de arriba del pie cerca de los dedos", {"foot-top-medial"},
         {"lesser-toes-plantar"}),
        # upper and lower teeth said at once; a head held twisted in bed is a posture
        ("Me duelen las muelas de arriba y de abajo del lado izquierdo", {"upper-teeth", "chin"},
         set()),
        ("Me duele el ángulo entre el cuello y el hombro. Duermo con la cabeza torcida.",
         {"posterolateral-neck"}, {"forehead", "temple", "vertex"}),
        ("tengo la cabeza muy adelantada todo el día y me duele el cuello",
         {"posterolateral-neck"}, {"forehead", "temple", "vertex"}),
        # behind the ankle bone on the outside is the outer ankle, not the Achilles tendon
        ("me duele la parte de fuera del tobillo izquierdo, por detrás del hueso",
         {"lateral-ankle"}, {"achilles"}),
        ("pain on the outside of my ankle, behind the bone", {"lateral-ankle"}, {"achilles"}),
        # the side of the head in Spanish; a height the arm is moved to is no place
        ("como una presión en el lateral de la cabeza", {"temple"}, {"forehead", "occiput"}),
        ("my shoulder hurts lifting my arm out to the side, between waist and head height",
         {"anterior-shoulder"}, {"flank", "loin", "forehead", "vertex"}),
        ("my back hurts at waist level", {"loin"}, set()),
    ],
)  # fmt: skip
def test_read_in_the_fifth_audit(
    kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]
) -> None:
    kinds = _kinds(kb, text)
    assert read <= kinds, (text, kinds)
    assert not kinds & not_read, (text, kinds)


def test_sides_in_shorthand_and_a_side_denied_after_the_pair(kb: KnowledgeBase) -> None:
    both = _zones(kb, "b/l knee pain")
    assert {"left-patella", "right-patella"} <= both
    left = _zones(kb, "me duele el glúteo izquierdo y el derecho no")
    assert "left-mid-buttock" in left and "right-mid-buttock" not in left
    other = _zones(kb, "me duele el hombro izquierdo y, del otro lado, la rodilla")
    assert {"left-anterior-shoulder", "right-patella"} <= other
    assert "right-anterior-shoulder" not in other and "left-patella" not in other
    other = _zones(kb, "my left shoulder hurts and on the other side my knee")
    assert "right-patella" in other and "left-patella" not in other
    across = _zones(kb, "me duele la parte baja de la espalda de lado a lado")
    assert {"left-lower-lumbar", "right-lower-lumbar"} <= across
    knee = _zones(kb, "the knee on my right-hand side hurts")
    assert "right-patella" in knee and "left-patella" not in knee
    posture = _zones(kb, "I sleep on my right side and my left hip hurts")
    assert "left-lateral-hip" in posture and "right-lateral-hip" not in posture
