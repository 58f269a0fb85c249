"""Where a description says a part with a direction, a list, a stretch or a landmark, the
reader marks the zones a clinician would: a direction binds to the part it qualifies ("the pinky
side of my forearm", "the outside of the back of my knee"), a direction said once serves a whole
list ("wrist and forearm on the pinky side", "la rodilla y la espinilla por dentro"), a stretch
said whole covers the parts between ("from my hip down to my ankle along the outside"), and
landmarks ("the brim of my pelvis", "la raya del culo") are their places, never the trunk.
Idioms ("it's a real headache", "me trae de cabeza") and words that are a place by spelling only
("chicken breast", "agua tibia", "el año pasado") are no places at all, and take no side."""

from __future__ import annotations

import pytest

from tpatlas.finder.query import query_from_text
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase

RADIAL_FOREARM = {"volar-forearm-radial", "dorsal-forearm-radial"}
ULNAR_FOREARM = {"volar-forearm-ulnar", "dorsal-forearm-ulnar"}
VOLAR_FOREARM = {"volar-forearm-radial", "volar-forearm-ulnar"}
DORSAL_FOREARM = {"dorsal-forearm-radial", "dorsal-forearm-ulnar"}
BACK = {"upper-lumbar", "lower-lumbar", "mid-thoracic", "loin", "lower-thoracic"}
BUTTOCK = {"mid-buttock", "upper-outer-buttock", "lateral-buttock"}
HEAD = {"forehead", "temple", "occiput", "vertex"}
NECK = {"upper-posterior-neck", "lower-posterior-neck", "posterolateral-neck"}
HAND = {"palm-ulnar", "thenar", "dorsal-hand-radial", "dorsal-hand-ulnar"}
FOOT = {"instep", "foot-top-medial", "heel-plantar"}
LEG = {"posterior-thigh", "lateral-thigh", "upper-calf", "upper-lateral-leg"}
SHIN = {"upper-shin", "lower-shin", "lower-medial-shin"}
SHOULDER = {"anterior-shoulder", "posterior-shoulder", "upper-trapezius-ridge"}
TEETH = {"upper-teeth", "chin"}
# regions of the trunk: a limb or a landmark read as one of these is read as the trunk
TRUNK = {"upper-back", "mid-back", "low-back", "chest", "abdomen"}


def read(kb: KnowledgeBase, text: str) -> set[str]:
    return {k for t in understand(text, kb.chart).terms for k in t.kinds}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a direction bound to its part (English)
        ("pain on the palm side of my wrist", {"volar-wrist"}, {"dorsal-wrist"}),
        ("pain on the palm side of my forearm", VOLAR_FOREARM, DORSAL_FOREARM),
        (
            "pain on the palm side of my fingers",
            {"palmar-fingers-radial"},
            {"dorsal-fingers-radial"},
        ),
        (
            "pain along the spine side of my shoulder blade",
            {"interscapular"},
            {"lower-lumbar", "upper-lumbar"},
        ),
        ("pain on the armpit side of my shoulder blade", {"posterior-axilla"}, {"interscapular"}),
        ("ache along the back edge of my armpit", {"posterior-axilla"}, set()),
        ("pain on the thumb side of my palm", {"thenar"}, {"palm-ulnar"}),
        ("pain on the pinky side of my palm", {"palm-ulnar"}, {"thenar"}),
        (
            "pain on the back of my hand on the thumb side",
            {"dorsal-hand-radial"},
            {"dorsal-hand-ulnar", "palm-ulnar"},
        ),
        (
            "pain on the back of my hand on the pinky side",
            {"dorsal-hand-ulnar"},
            {"dorsal-hand-radial", "thenar"},
        ),
        (
            "pain on the front of my forearm on the pinky side",
            {"volar-forearm-ulnar"},
            RADIAL_FOREARM | {"dorsal-forearm-ulnar"},
        ),
        (
            "pain on the back of my forearm on the thumb side",
            {"dorsal-forearm-radial"},
            ULNAR_FOREARM | {"volar-forearm-radial"},
        ),
        (
            "pain on the outer side of the back of my knee",
            {"posterolateral-knee"},
            {"posteromedial-knee"},
        ),
        (
            "pain on the back of my knee on the inner side",
            {"posteromedial-knee"},
            {"posterolateral-knee"},
        ),
        ("my ankle is sore on the outside", {"lateral-ankle"}, {"medial-ankle"}),
        ("my foot hurts along the outer edge", {"lateral-sole"}, {"instep"}),
        ("left wrist, pinky side", {"dorsal-hand-ulnar"}, {"dorsal-hand-radial"}),
        ("right forearm, thumb side", RADIAL_FOREARM, ULNAR_FOREARM),
        ("pain on the dorsal side of my hand", {"dorsal-hand-radial"}, BACK | {"palm-ulnar"}),
        ("pain on the volar side of my wrist", {"volar-wrist"}, {"dorsal-wrist"}),
        # a direction bound to its part (Spanish)
        ("me duele el antebrazo del lado del pulgar", RADIAL_FOREARM, ULNAR_FOREARM),
        ("me duele la muñeca del lado del meñique", {"dorsal-hand-ulnar"}, {"dorsal-hand-radial"}),
        ("me duele la mano del lado del meñique", {"palm-ulnar"}, {"thenar"}),
        ("me duele el borde de afuera del pie", {"lateral-sole"}, {"instep"}),
        ("me duele la parte de adentro del muslo", {"medial-thigh"}, {"lateral-thigh"}),
        ("me duele la parte de afuera de la rodilla", {"lateral-knee"}, {"medial-knee"}),
        ("me duele la parte de adelante del hombro", {"anterior-shoulder"}, {"posterior-shoulder"}),
        ("dolor en el lado cubital de la muñeca", {"dorsal-hand-ulnar"}, {"dorsal-hand-radial"}),
        ("dolor en la cara palmar de la muñeca", {"volar-wrist"}, {"dorsal-wrist"}),
        ("me duele el antebrazo por el lado del meñique", ULNAR_FOREARM, RADIAL_FOREARM),
        # a direction said for a list or a stretch (English)
        (
            "from my hip down to my ankle along the outside",
            {"lateral-ankle", "lateral-hip", "lateral-thigh"},
            {"anterior-hip", "groin", "medial-ankle"},
        ),
        (
            "wrist and forearm on the pinky side",
            {"dorsal-hand-ulnar", "volar-forearm-ulnar"},
            RADIAL_FOREARM | {"dorsal-hand-radial"},
        ),
        (
            "the whole back of the leg from buttock to heel",
            {"heel-back", "lower-calf", "posterior-thigh", "upper-calf"},
            {"lower-lumbar", "mid-thoracic", "upper-lumbar"},
        ),
        (
            "pain down the whole outside of my leg from hip to ankle",
            {
                "lateral-ankle",
                "lateral-hip",
                "lateral-thigh",
                "lower-lateral-leg",
                "upper-lateral-leg",
            },
            {"anterior-hip", "medial-ankle"},
        ),
        (
            "pain from my elbow to my wrist on the thumb side",
            {"dorsal-forearm-radial", "dorsal-hand-radial", "lateral-epicondyle"},
            ULNAR_FOREARM | {"medial-epicondyle"},
        ),
        (
            "pain from my elbow to my wrist on the pinky side",
            {"dorsal-hand-ulnar", "medial-epicondyle", "volar-forearm-ulnar"},
            RADIAL_FOREARM | {"lateral-epicondyle"},
        ),
        (
            "pain in my knee and shin on the inside",
            {"medial-knee", "upper-medial-shin"},
            {"lateral-knee", "upper-lateral-leg"},
        ),
        (
            "pain in my thigh and knee on the outside",
            {"lateral-knee", "lateral-thigh"},
            {"anterior-thigh", "medial-knee"},
        ),
        (
            "my shoulder and upper arm hurt on the outside",
            {"lateral-upper-arm"},
            {"posterior-upper-arm", "upper-trapezius-ridge"},
        ),
        (
            "my calf and ankle hurt on the outer side",
            {"lateral-ankle", "upper-lateral-calf"},
            {"medial-ankle", "upper-medial-calf"},
        ),
        (
            "pain running all the way from my hip down to my knee on the outside",
            {"lateral-hip", "lateral-knee", "lateral-thigh"},
            {"groin", "medial-knee"},
        ),
        (
            "pain from my neck all the way down to my hand",
            {
                "dorsal-forearm-radial",
                "dorsal-hand-radial",
                "lateral-upper-arm",
                "upper-posterior-neck",
            },
            BACK,
        ),
        (
            "pain from my shoulder all the way down to my fingers",
            {
                "anterior-shoulder",
                "lateral-upper-arm",
                "palmar-fingers-radial",
                "volar-forearm-radial",
            },
            BACK,
        ),
        (
            "pain from my buttock all the way down to my foot",
            {"instep", "mid-buttock", "posterior-thigh", "upper-calf"},
            {"mid-thoracic", "upper-lumbar"},
        ),
        (
            "pain on the inner side of my thigh and knee",
            {"medial-knee", "medial-thigh"},
            {"lateral-knee", "lateral-thigh"},
        ),
        (
            "pain on the back of my hand and wrist",
            {"dorsal-hand-ulnar", "dorsal-wrist"},
            BACK | {"volar-wrist"},
        ),
        (
            "pain on the palm side of my wrist and forearm",
            {"volar-forearm-ulnar", "volar-wrist"},
            DORSAL_FOREARM | {"dorsal-wrist"},
        ),
        (
            "pain on the inside of my knee and ankle",
            {"medial-ankle", "medial-knee"},
            {"lateral-ankle", "lateral-knee"},
        ),
        (
            "my elbow and forearm on the outer side",
            {"dorsal-forearm-radial", "lateral-epicondyle"},
            {"medial-epicondyle", "volar-forearm-ulnar"},
        ),
        (
            "my hand and fingers on the pinky side",
            {"palm-ulnar", "palmar-fingers-ulnar"},
            {"palmar-fingers-radial", "thenar"},
        ),
        (
            "from my wrist up to my elbow on the inside",
            {"medial-epicondyle", "volar-forearm-ulnar", "volar-wrist"},
            {"dorsal-wrist", "lateral-epicondyle"},
        ),
        (
            "from my knee to my ankle on the inner side",
            {"medial-ankle", "medial-knee"},
            {"lateral-ankle", "lateral-knee"},
        ),
        (
            "from my heel to my toes along the bottom",
            {"heel-plantar", "lesser-toes-plantar"},
            BUTTOCK | {"heel-back", "lesser-toes-top"},
        ),
        (
            "knee and ankle, both on the inside",
            {"medial-ankle", "medial-knee"},
            {"lateral-ankle", "lateral-knee"},
        ),
        (
            "pain in my forearm and wrist, pinky side",
            {"dorsal-hand-ulnar", "volar-forearm-ulnar"},
            RADIAL_FOREARM | {"dorsal-hand-radial"},
        ),
        (
            "from my armpit down the inside of my arm",
            {"anterior-upper-arm", "posterior-axilla", "lateral-chest"},
            {"lateral-upper-arm"},
        ),
        (
            "pain in my thigh and calf, all at the back",
            {"posterior-thigh", "upper-calf"},
            BACK | {"anterior-thigh"},
        ),
        (
            "pain in my ankle and foot on the outside",
            {"lateral-ankle", "lateral-sole"},
            {"instep", "medial-ankle"},
        ),
        (
            "pain in my wrist and thumb on the palm side",
            {"thenar", "volar-wrist"},
            {"dorsal-wrist"},
        ),
        # a direction said for a list or a stretch (Spanish)
        (
            "desde la cadera hasta el tobillo por fuera",
            {"lateral-ankle", "lateral-hip", "lateral-thigh"},
            {"groin", "medial-ankle"},
        ),
        (
            "la muñeca y el antebrazo del lado del meñique",
            {"dorsal-hand-ulnar", "volar-forearm-ulnar"},
            RADIAL_FOREARM,
        ),
        (
            "toda la parte de atrás de la pierna desde la nalga hasta el talón",
            {"lower-calf", "posterior-thigh", "upper-calf"},
            BACK,
        ),
        (
            "desde el codo hasta la muñeca por la parte del pulgar",
            {"dorsal-forearm-radial", "dorsal-hand-radial"},
            ULNAR_FOREARM,
        ),
        (
            "la rodilla y la espinilla por dentro",
            {"medial-knee", "upper-medial-shin"},
            {"lateral-knee"},
        ),
        (
            "me duele todo el brazo desde el hombro hasta la mano",
            {"anterior-shoulder", "lateral-upper-arm", "thenar", "volar-forearm-radial"},
            BACK,
        ),
        (
            "desde la nalga hasta el pie por detrás",
            {"heel-back", "mid-buttock", "posterior-thigh"},
            {"anterior-thigh", "foot-top-medial"},
        ),
        (
            "la cara interna del muslo y de la rodilla",
            {"medial-knee", "medial-thigh"},
            {"lateral-knee"},
        ),
        (
            "el tobillo y el pie por fuera",
            {"lateral-ankle", "lateral-sole"},
            {"instep", "medial-ankle"},
        ),
        (
            "desde la rodilla hasta el tobillo por dentro",
            {"medial-ankle", "medial-knee"},
            {"lateral-ankle", "lateral-knee"},
        ),
        (
            "la mano y los dedos del lado del meñique",
            {"palm-ulnar", "palmar-fingers-ulnar"},
            {"palmar-fingers-radial", "thenar"},
        ),
        (
            "el codo y el antebrazo por fuera",
            {"dorsal-forearm-radial", "lateral-epicondyle"},
            {"medial-epicondyle"},
        ),
        (
            "desde la ingle hasta la rodilla por dentro",
            {"groin", "medial-knee", "medial-thigh"},
            {"lateral-knee"},
        ),
        (
            "desde la cadera hasta la rodilla por delante",
            {"anterior-hip", "anterior-thigh", "patella"},
            {"lateral-buttock", "popliteal-fossa"},
        ),
        (
            "el dorso de la mano y la muñeca",
            {"dorsal-hand-ulnar", "dorsal-wrist"},
            BACK | {"volar-wrist"},
        ),
        # words that lose their accent (Spanish)
        ("me duele el ano al sentarme", {"coccyx"}, set()),
        ("me duele la mama izquierda", {"lower-chest"}, set()),
        # landmarks (English)
        (
            "pain along the brim of my pelvis",
            {"anterior-iliac-crest", "posterior-iliac-crest"},
            {"suprapubic"},
        ),
        (
            "pain along my pelvic brim",
            {"anterior-iliac-crest", "posterior-iliac-crest"},
            {"suprapubic"},
        ),
        ("pain in the crease of my buttock", {"gluteal-fold"}, {"groin"}),
        ("pain in the webbing of my thumb", {"dorsal-hand-radial"}, {"palm-ulnar"}),
        ("the bump at the base of my big toe", {"ball-medial"}, set()),
        ("pain in the crease of my wrist", {"volar-wrist"}, {"dorsal-wrist"}),
        ("pain in the tendon just above my heel", {"achilles"}, set()),
        ("pain at the outer bump of my ankle", {"lateral-ankle"}, {"medial-ankle"}),
        ("pain at the inner bump of my ankle", {"medial-ankle"}, {"lateral-ankle"}),
        ("pain at the tip of my hip bone", {"anterior-iliac-crest"}, {"posterior-iliac-crest"}),
        ("pain at the base of my little finger", {"palm-ulnar"}, set()),
        # landmarks (Spanish)
        (
            "me duele la muñeca por la parte del pulgar",
            {"dorsal-hand-radial"},
            {"dorsal-hand-ulnar"},
        ),
        ("me duele la raya del culo", {"coccyx"}, set()),
        ("me duele la cresta de la cadera", {"posterior-iliac-crest"}, {"lower-abdomen"}),
        ("me duele la planta del pie por fuera", {"lateral-sole"}, {"foot-top-medial"}),
        (
            "me duele el hueso de la muñeca por el lado del meñique",
            {"dorsal-hand-ulnar"},
            {"dorsal-hand-radial"},
        ),
        ("me duele el huesito del tobillo por dentro", {"medial-ankle"}, {"lateral-ankle"}),
        ("me duele el pliegue de la muñeca", {"volar-wrist"}, {"dorsal-wrist"}),
        ("me duele la punta del omóplato", {"inferior-scapula"}, set()),
        ("me duele la bola del pie", {"ball-medial"}, set()),
        ("me duele la raja del culo al sentarme", {"coccyx"}, set()),
    ],
)
def test_places_with_directions_lists_stretches_and_landmarks(
    kb: KnowledgeBase, text: str, expected: set[str], not_expected: set[str]
) -> None:
    kinds = read(kb, text)
    assert expected <= kinds, (text, sorted(kinds))
    assert not kinds & not_expected, (text, sorted(kinds & not_expected))
    said = {kb.chart.kinds[k].region for k in expected}
    trunk = {k for k in kinds if kb.chart.kinds[k].region in TRUNK - said}
    assert not trunk, (text, sorted(trunk))


@pytest.mark.parametrize(
    ("text", "expected", "not_places"),
    [
        # a bother, not a pain: alone, they name no place at all
        ("it's a real headache", set(), None),
        ("I'm head over heels for my new puppy", set(), None),
        ("he has a chip on his shoulder", set(), None),
        ("she gave me the cold shoulder", set(), None),
        ("mi trabajo me trae de cabeza", set(), None),
        # beside a place that hurts
        (
            "sorting out the insurance has been a real headache, but what hurts is my knee",
            {"patella"},
            HEAD,
        ),
        ("it's been a real headache finding parking, my ankle hurts", {"lateral-ankle"}, HEAD),
        ("I passed the exam by the skin of my teeth, my knee is the problem", {"patella"}, TEETH),
        ("we'll have to play it by ear, the pain is in my hip", {"lateral-hip"}, {"ear-mastoid"}),
        ("my hands are tied at work, my neck is stiff", {"posterolateral-neck"}, HAND),
        ("I wanted to get this off my chest: my knee is sore", {"patella"}, {"upper-chest"}),
        ("I don't have a leg to stand on, but my shoulder hurts", {"anterior-shoulder"}, LEG),
        ("I have to shoulder all the housework, my wrists ache", {"volar-wrist"}, SHOULDER),
        ("just a heads up, my knee is the main problem", {"patella"}, HEAD),
        ("it was a knee-jerk reaction, but my elbow hurts", {"lateral-epicondyle"}, {"patella"}),
        ("he is my right-hand man, the pain is in my neck", {"upper-posterior-neck"}, HAND),
        ("I got a pat on the back from my boss, my knee hurts", {"patella"}, BACK),
        (
            "este trámite es un dolor de cabeza, pero me duele el hombro",
            {"anterior-shoulder"},
            HEAD,
        ),
        ("se me fue de las manos y ahora me duele la espalda", {"upper-lumbar"}, HAND),
        ("lo hizo a espaldas de mi jefe, me duele la rodilla", {"patella"}, BACK),
        ("me costó un riñón la operación de rodilla", {"patella"}, {"loin"}),
        ("me tiene hasta la coronilla, me duele el cuello", {"posterolateral-neck"}, {"vertex"}),
        # a place by spelling only: food, lukewarm, a pimple, a tap, a doll, a language
        ("I had chicken breast for dinner and my stomach hurts", {"epigastrium"}, {"lower-chest"}),
        ("we ate a leg of lamb, later my knee swelled", {"patella"}, LEG),
        ("comí muslo de pollo y luego me dolió el estómago", {"epigastrium"}, {"anterior-thigh"}),
        ("me pongo compresas tibias en la rodilla", {"patella"}, SHIN),
        ("me salió una espinilla en la nariz y me duele la cabeza", {"forehead"}, SHIN),
        ("abrí la canilla de la cocina y me dolió la muñeca", {"volar-wrist"}, SHIN),
        (
            "le compré una muñeca a mi hija y me duele la espalda",
            {"upper-lumbar"},
            {"volar-wrist", "dorsal-wrist"},
        ),
        (
            "en el seno de mi familia hay artritis, me duele la rodilla",
            {"patella"},
            {"lower-chest"},
        ),
        (
            "mi profesor de inglés dice que me siente recto, me duele el cuello",
            {"posterolateral-neck"},
            {"groin"},
        ),
        ("doy clases de ingles y me duele la garganta", {"throat"}, {"groin"}),
        # a year, a mother: never the anus nor the breast, with or without the accent
        ("hace un año que me duele la rodilla", {"patella"}, {"coccyx"}),
        ("el ano pasado me operaron de la cadera", {"lateral-hip"}, {"coccyx"}),
        ("el ano del covid me dolia la rodilla", {"patella"}, {"coccyx"}),
        ("el año en el que me operé me dolía la rodilla", {"patella"}, {"coccyx"}),
        ("todo el ano tengo dolor en el hombro", {"anterior-shoulder"}, {"coccyx"}),
        ("mi mamá dice que es la ciática", {"mid-buttock"}, {"lower-chest"}),
        ("mi mama dice que es de la espalda", {"upper-lumbar"}, {"lower-chest"}),
    ],
)
def test_idioms_and_lookalike_words_are_not_places(
    kb: KnowledgeBase, text: str, expected: set[str], not_places: set[str] | None
) -> None:
    kinds = read(kb, text)
    if not_places is None:
        assert not kinds, (text, sorted(kinds))
    else:
        assert expected <= kinds, (text, sorted(kinds))
        assert not kinds & not_places, (text, sorted(kinds & not_places))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("I have two left feet when dancing and my hip hurts", None),
        ("mi jefe tiene mano izquierda y me duele la rodilla derecha", "right"),
        ("ella es la mano derecha del director, a mí me duele la espalda", None),
    ],
)
def test_a_side_inside_an_idiom_is_no_side(kb: KnowledgeBase, text: str, side: str | None) -> None:
    _, understood = query_from_text(kb.chart, text)
    assert (understood.side if understood.side_given else None) == side, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # words about pain in a part are places
        ("I have a pain in the neck when I turn my head", NECK),
        ("I put my back out lifting a box", {"upper-lumbar", "lower-lumbar"}),
        ("tengo dolor de cabeza desde ayer", HEAD),
        ("es un dolor de cabeza muy fuerte", HEAD),
        # a direction stays with its own part where a list does not share it
        ("my knee hurts, my hip is sore on the outside", {"medial-knee", "lateral-knee"}),
        ("the side of my neck and shoulder", SHOULDER),
        ("pain in the back of my neck and shoulders", SHOULDER),
        ("pain: neck, shoulder, back", {"upper-lumbar", "lower-lumbar"}),
        # the bony point at the front of the pelvis (anterior superior iliac spine)
        ("the bony point at the front of my hip", {"anterior-iliac-crest"}),
        # the spine by level
        ("the muscles along my lower spine", {"lower-lumbar", "upper-lumbar"}),
        ("me duele la parte baja de la columna", {"lower-lumbar", "upper-lumbar"}),
        ("upper spine pain", {"upper-interscapular"}),
        # "lower back" is a part, not a direction shared with what follows
        ("my lower back and the top of my hip hurt", {"upper-lumbar", "lower-lumbar"}),
    ],
)
def test_places_that_stay_as_said(kb: KnowledgeBase, text: str, expected: set[str]) -> None:
    kinds = read(kb, text)
    assert expected <= kinds, (text, sorted(kinds))


def test_a_stretch_is_whole_only_when_said_so(kb: KnowledgeBase) -> None:
    between = {"posterior-thigh", "patella", "upper-calf"}
    assert between <= read(kb, "pain from my buttock all the way down to my ankle")
    assert not {"patella", "upper-calf"} & read(kb, "pain from my buttock down to my ankle")
    assert "lower-calf" not in read(kb, "it all started in my leg")


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a direction after the part and a verb of time ("started aching on the inside")
        ("my left knee started aching on the inside", {"medial-knee"}, {"lateral-knee", "patella"}),
        ("my neck is paining at the back", {"upper-posterior-neck"}, {"lower-lumbar"}),
        # a face said apart, after a comma, as an edge of the part (finder/narrowing.py)
        ("my knee, the inside edge", {"medial-knee"}, {"lateral-knee", "patella"}),
        ("my shoulder, the front part", {"anterior-shoulder"}, {"posterior-shoulder"}),
    ],
)
def test_a_direction_said_after_the_part_further_on(
    kb: KnowledgeBase, text: str, expected: set[str], not_expected: set[str]
) -> None:
    kinds = read(kb, text)
    assert expected <= kinds and not not_expected & kinds, (text, sorted(kinds))
