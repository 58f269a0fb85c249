"""A second reading audit, in everyday English (UK, US, Australia, India) and Spanish (Spain,
Mexico, Argentina, Colombia, Chile): lay and regional names of places ("a pulled hammy", "la
choquezuela", "la guata", "el hueso de la alegría"), the clinical words patients pick up from
physios and gyms ("my QL", "my scalenes", "my c-spine", "la cintilla", "el nervio ciático"), pain
that moves (both ends are places, the verbs are not), depth and surface words ("deep inside my
hip", "a flor de piel", "muy adentro de la cadera") that are no places, and sides said in more
complex ways ("both, worse on the left", "my right elbow, not the left")."""

from __future__ import annotations

import pytest

from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase

KNEE = {"patella", "medial-knee", "lateral-knee", "popliteal-fossa"}
CALF = {"upper-calf", "lower-calf", "upper-medial-calf", "upper-lateral-calf"}
HAMSTRING = {"posterior-thigh", "posteromedial-thigh", "posterolateral-thigh"}
NECK = {"upper-posterior-neck", "lower-posterior-neck", "posterolateral-neck", "suboccipital"}
SHOULDER = {"anterior-shoulder", "posterior-shoulder", "upper-trapezius-ridge", "lateral-upper-arm"}
LUMBAR = {"upper-lumbar", "lower-lumbar", "loin"}
BUTTOCK = {"mid-buttock", "upper-outer-buttock", "lateral-buttock"}
HIP = {"lateral-hip", "anterior-hip", "lateral-buttock"}
THIGH = {"anterior-thigh", "posterior-thigh", "lateral-thigh", "medial-thigh"}
LEG = {"posterior-thigh", "lateral-thigh", "upper-calf", "upper-lateral-leg"}
ARM = {"anterior-upper-arm", "lateral-upper-arm", "posterior-upper-arm"}
FOREARM = {"volar-forearm-radial", "volar-forearm-ulnar", "dorsal-forearm-radial"}
WRIST = {"volar-wrist", "dorsal-wrist"}
ELBOW = {"lateral-epicondyle", "medial-epicondyle", "olecranon"}
ANKLE = {"anterior-ankle", "medial-ankle", "lateral-ankle"}
HEEL = {"heel-plantar", "heel-back"}
FOOT = {"instep", "foot-top-medial", "foot-top-lateral", "heel-plantar"}
ABDOMEN = {"epigastrium", "upper-abdomen", "periumbilical", "mid-abdomen", "lower-abdomen"}
CHEST = {"upper-chest", "lower-chest", "sternum"}
BLADE = {"infraspinous", "supraspinous"}
HEAD = {"forehead", "temple", "occiput", "vertex"}
SCIATIC = {"mid-buttock", "posterior-thigh", "posterolateral-thigh", "upper-calf"}
AXILLA = {"posterior-axilla", "lateral-chest"}


def terms(kb: KnowledgeBase, text: str) -> list[tuple[set[str], str]]:
    return [(set(t.kinds), t.side) for t in understand(text, kb.chart).terms]


def regions(kb: KnowledgeBase, kinds: set[str]) -> set[str]:
    return {kb.chart.kinds[k].region for k in kinds}


@pytest.mark.parametrize(
    ("text", "places"),
    [
        # lay and regional names
        ("pain under my arm", [AXILLA]),
        ("it hurts under the arm when I reach", [AXILLA]),
        ("a pulled hammy", [HAMSTRING]),
        ("pain in my trap on the left", [{"upper-trapezius-ridge"}]),
        ("my upper traps are so tight", [{"upper-trapezius-ridge"}]),
        ("pain in the crook of my arm", [{"lower-anterior-arm"}]),
        ("I banged my funny bone and it still aches", [{"medial-epicondyle"}]),
        ("a dull ache in the hollow behind my knee", [{"popliteal-fossa"}]),
        ("my sit bones ache on hard chairs", [{"gluteal-fold", "coccyx"}]),
        ("gnawing pain in the pit of my stomach", [{"epigastrium"}]),
        ("me duele la choquezuela", [{"patella"}]),
        ("me duele la guata", [ABDOMEN]),
        ("dolor en la sangradura", [{"lower-anterior-arm"}]),
        ("me golpeé el hueso de la alegría", [{"medial-epicondyle"}]),
        ("me pegué en el hueso dulce y me duele", [{"medial-epicondyle"}]),
        ("me duele la batata de la pierna", [CALF]),
        ("me duele el canto de la mano", [{"palm-ulnar", "dorsal-hand-ulnar"}]),
        ("me duele la corva", [{"popliteal-fossa"}]),
        ("tengo un calambre en el chamorro", [CALF]),
        ("me duele el cuadril", [HIP]),
        ("ardor en la boca del estómago", [{"epigastrium"}]),
        # clinical-lay hybrids
        ("I think it's my medial meniscus", [{"medial-knee"}]),
        ("pain in my meniscus", [{"medial-knee", "lateral-knee"}]),
        ("I tore my ACL skiing", [KNEE]),
        ("my obliques are sore", [{"mid-abdomen", "flank"}]),
        ("my peroneals ache", [{"upper-lateral-leg", "lower-lateral-leg"}]),
        ("my c-spine is stiff", [NECK]),
        ("pain at L5 S1", [{"lower-lumbar"}]),
        ("my SI joint is playing up", [{"sacroiliac"}]),
        ("my plantar fascia is killing me in the morning", [{"heel-plantar", "instep"}]),
        ("my cervicals are stiff", [NECK]),
        ("me duele el nervio ciático", [SCIATIC]),
        ("me duele el ciático", [SCIATIC]),
        ("dolor en la cintilla", [{"lateral-thigh"}]),
        ("me duelen mis lumbares", [LUMBAR]),
        ("molestias en las dorsales", [{"mid-thoracic", "lower-thoracic"}]),
        ("tengo la fascia plantar inflamada", [{"heel-plantar", "instep"}]),
    ],
)
def test_place_names_are_read(kb: KnowledgeBase, text: str, places: list[set[str]]) -> None:
    read = terms(kb, text)
    for place in places:
        assert any(kinds & place for kinds, _ in read), (text, read)


@pytest.mark.parametrize(
    ("text", "not_a_place"),
    [
        # the regional word is the instep, not the neck; the muscle is not the shoulder blade
        ("me duele el cuello del pie", "neck-back"),
        ("my c-spine is stiff", "mid-back"),
        ("pain under my arm", "arm"),
    ],
)
def test_names_are_not_read_as_other_places(kb: KnowledgeBase, text: str, not_a_place: str) -> None:
    read = terms(kb, text)
    assert read and not any(not_a_place in regions(kb, kinds) for kinds, _ in read), (text, read)


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "pain in the crook of my arm that shoots down to my wrist",
            [{"lower-anterior-arm"}, WRIST],
        ),
        ("pain in my neck that radiates up into the back of my head", [NECK, {"occiput"}]),
        ("pain in my back that wraps around to my stomach", [LUMBAR, ABDOMEN]),
        ("pain in my jaw radiating into my ear", [{"jaw-angle", "jaw-joint"}, {"ear-mastoid"}]),
        ("pain starts at my heel and creeps up into my calf", [HEEL, CALF]),
        ("pain from my neck down into my shoulder blade", [NECK, BLADE]),
        ("me duele la espalda baja y se me corre hacia la pierna", [LUMBAR, LEG]),
        ("me duele el cuello y me baja hasta la mano", [NECK, {"palm-ulnar", "thenar"}]),
        ("el dolor me sube por la pierna hasta la cadera", [LEG, HIP]),
        ("dolor en la nalga que baja por detrás del muslo", [BUTTOCK, HAMSTRING]),
        ("me agarra el cuello y me baja a la paleta", [NECK, BLADE]),
        ("dolor en la mandíbula que me llega al oído", [{"jaw-angle"}, {"ear-mastoid"}]),
    ],
)
def test_pain_that_moves_reads_both_ends_and_no_verb(
    kb: KnowledgeBase, text: str, places: list[set[str]]
) -> None:
    read = terms(kb, text)
    for place in places:
        assert any(kinds & place for kinds, _ in read), (text, read)
    said = set().union(*(regions(kb, p) for p in places))
    assert all(regions(kb, kinds) & said for kinds, _ in read), (text, read)


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("pain deep inside my hip", HIP),
        ("a pain deep inside my knee", KNEE),
        ("an ache way down inside my hip", HIP),
        ("un dolor muy adentro de la cadera", HIP),
        ("me duele bien adentro de la cadera", HIP),
        ("burning under the skin of my forearm", FOREARM),
        ("a burning on the surface of my thigh", THIGH),
        ("a deep pain in the bone of my shin", {"upper-shin", "lower-shin"}),
        ("it's in the bone of my upper arm, not the muscle", ARM),
        ("me duele en lo profundo de la rodilla", KNEE),
        ("tengo un dolor a flor de piel en el muslo", THIGH),
        ("dolor por debajo de la piel del brazo", ARM),
    ],
)
def test_depth_words_are_no_places(kb: KnowledgeBase, text: str, place: set[str]) -> None:
    read = terms(kb, text)
    assert read and all(kinds & place for kinds, _ in read), (text, read)


EITHER = {"both", ""}  # the place on both sides, or on either


@pytest.mark.parametrize(
    ("text", "facet", "sides"),
    [
        # one place said on both sides: never one side picked silently
        ("pain in my knees on both sides but worse on the left", "both", EITHER),
        ("both my wrists hurt, the right more than the left", "both", EITHER),
        ("it started in my right shoulder, now the left too", "both", EITHER),
        ("first the right knee, now the left one too", "both", EITHER),
        ("mostly my left shoulder but sometimes the right", "both", EITHER),
        ("it switches from my left hip to my right", "both", EITHER),
        ("my right foot, and lately the left as well", "both", EITHER),
        ("it alternates between my left and right heel", "both", EITHER),
        ("my left knee is worse than the right", "both", EITHER),
        ("me duele la cadera del lado izquierdo más que del derecho", "both", EITHER),
        ("me duelen las dos rodillas, más la derecha", "both", EITHER),
        ("primero fue el hombro derecho y ahora también el izquierdo", "both", EITHER),
        ("empezó en la pierna derecha y se pasó a la izquierda", "both", EITHER),
        ("me duele el codo izquierdo y a veces el derecho", "both", EITHER),
        ("me duele más el lado derecho que el izquierdo de la espalda", "both", EITHER),
        # each place its own side
        ("pain in my left hip and right knee", "both", {"left", "right"}),
        ("me duele la rodilla izquierda y el tobillo derecho", "both", {"left", "right"}),
        # a side denied, turned to or lain on is no side of the place, nor of the pain
        ("my right elbow hurts, not the left", "right", {"right"}),
        ("pain in my left knee but not my right", "left", {"left"}),
        ("pain in my left knee, not on the right", "left", {"left"}),
        ("me duele el hombro derecho, no el izquierdo", "right", {"right"}),
        ("my left hip hurts when I lie on the right", "left", {"left"}),
        ("my left knee hurts, the right is fine", "left", {"left"}),
        ("dolor en el hombro izquierdo, el derecho bien", "both", {"left"}),
    ],
)
def test_sides_said_in_complex_ways(
    kb: KnowledgeBase, text: str, facet: str, sides: set[str]
) -> None:
    u = understand(text, kb.chart)
    assert u.terms and u.side == facet, (text, u.side)
    said = {t.side for t in u.terms}
    assert said <= sides if sides == EITHER else said == sides, (text, said)


@pytest.mark.parametrize(
    ("text", "not_read"),
    [
        ("my doctor thinks it is piriformis but the pain is in my calf", {"mid-buttock"}),
        ("the physio said my QL is tight; it hurts at the top of my hip", {"loin"}),
        # a condition named is not where it hurts: "told it might be carpal tunnel"
        ("back of my wrist aches, I was told it might be carpal tunnel", {"volar-wrist", "thenar"}),
    ],
)
def test_a_muscle_named_as_a_diagnosis_is_not_a_place(
    kb: KnowledgeBase, text: str, not_read: set[str]
) -> None:
    assert not {k for kinds, _ in terms(kb, text) for k in kinds} & not_read
