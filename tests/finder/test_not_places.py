"""Everyday phrases that name a part without saying where it hurts are not places: postures
("with my legs crossed"), exercises and gear ("leg day", "knee pads"), landmarks of something
else ("the foot of the bed"), idioms ("a pain in the neck", "echar una mano"), comparisons ("like
a hand squeezing"), other people's parts ("my baby's head") and places found fine or denied ("my
back is fine now", "sin dolor en la rodilla"). Similar phrases that are places stay places, and
the activity words still reach the context."""

from __future__ import annotations

import pytest

from tests.reading import kinds_read as kinds
from tpatlas.finder.query import query_from_text
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase

ARM = {"anterior-upper-arm", "lateral-upper-arm", "posterior-upper-arm"}
ANKLE = {"anterior-ankle", "medial-ankle", "lateral-ankle"}
BACK = {"upper-lumbar", "lower-lumbar", "mid-thoracic"}
BICEPS = {"anterior-upper-arm", "lower-anterior-arm"}
BUTTOCK = {"mid-buttock", "upper-outer-buttock", "lateral-buttock"}
CALF = {"upper-calf", "lower-calf", "upper-medial-calf", "upper-lateral-calf"}
CHEST = {"upper-chest", "lower-chest", "sternum"}
ELBOW = {"lateral-epicondyle", "medial-epicondyle", "olecranon"}
EYE = {"eye"}
FINGERS = {"palmar-fingers-radial", "palmar-fingers-ulnar", "dorsal-fingers-radial"}
FOOT = {"instep", "foot-top-medial", "heel-plantar"}
HAND = {"palm-ulnar", "thenar", "dorsal-hand-radial", "dorsal-hand-ulnar"}
HEAD = {"forehead", "temple", "occiput", "vertex"}
HIP = {"lateral-hip", "anterior-hip", "lateral-buttock"}
KNEE = {"patella", "medial-knee", "lateral-knee", "popliteal-fossa"}
LEG = {"posterior-thigh", "lateral-thigh", "upper-calf", "upper-lateral-leg"}
LOW_BACK = {"upper-lumbar", "lower-lumbar", "loin"}
NECK = {"upper-posterior-neck", "lower-posterior-neck", "posterolateral-neck"}
SHIN = {"upper-shin", "lower-shin", "upper-medial-shin", "lower-medial-shin"}
SHOULDER = {"anterior-shoulder", "posterior-shoulder", "upper-trapezius-ridge"}
SOLE = {"instep", "lateral-sole", "heel-plantar", "ball-medial"}
SPINE = {"mid-thoracic", "lower-thoracic", "upper-lumbar", "lower-lumbar"}
STOMACH = {"epigastrium", "periumbilical", "upper-abdomen", "mid-abdomen"}
TEETH = {"upper-teeth", "chin"}
THIGH = {"anterior-thigh", "posterior-thigh", "lateral-thigh"}
THUMB = {"thenar", "palmar-fingers-radial", "dorsal-fingers-radial"}
TOES = {"lesser-toes-top", "big-toe-top", "lesser-toes-plantar"}
TUMMY = {"periumbilical", "lower-abdomen"}
VERTEX = {"vertex"}
WRIST = {"volar-wrist", "dorsal-wrist"}
ACHILLES = {"achilles"}
GROIN = {"groin"}
JAW = {"jaw-angle", "jaw-joint"}
EAR = {"ear-mastoid"}


NOT_PLACES = [
    # postures
    ("My lower back aches after sitting with my legs crossed.", LOW_BACK, LEG),
    ("My lower back hurts when I stand with my hands on my hips.", LOW_BACK, HAND | HIP),
    ("My hip aches when I sleep with a pillow between my knees.", HIP, KNEE),
    ("My wrist hurts when I'm on my hands and knees scrubbing.", WRIST, HAND | KNEE),
    ("My neck hurts when I sleep face down.", NECK, {"cheek", "jaw-angle", "eye"}),
    ("Me duele la rodilla con las piernas cruzadas.", KNEE, LEG),
    ("Me duele la zona lumbar si me quedo cruzado de brazos.", LOW_BACK, ARM),
    ("Me duele el cuello cuando duermo con las manos detrás de la cabeza.", NECK, HAND | HEAD),
    ("Me duele la espalda cuando estoy de rodillas en el jardín.", BACK, KNEE),
    # handling another part
    ("My neck hurts when I shrug my shoulders.", NECK, SHOULDER),
    ("My shoulder hurts when I brush my teeth.", SHOULDER, TEETH),
    ("My calf cramps when I point my toes.", CALF, TOES),
    ("My lower back hurts when I pull my knees to my chest.", LOW_BACK, KNEE | CHEST),
    ("Me duele el hombro al cepillarme los dientes.", SHOULDER, TEETH),
    ("Me duele el cuello al asentir con la cabeza.", NECK, HEAD),
    # exercises, sport and gear
    ("My knee hurts after leg day.", KNEE, LEG),
    ("My achilles hurts when I do calf raises.", ACHILLES, CALF),
    ("My elbow hurts on the shoulder press.", ELBOW, SHOULDER),
    ("My elbow hurts after arm wrestling with my brother.", ELBOW, ARM),
    ("My elbow hurts during bicep curls.", ELBOW, BICEPS),
    ("My knee hurts after hip thrusts.", KNEE, HIP),
    ("My shoulder hurts since I started using a neck pillow.", SHOULDER, NECK),
    ("My buttock hurts from sitting on my wallet in my back pocket.", BUTTOCK, BACK | HIP),
    ("My ankles hurt even with knee pads on.", ANKLE, KNEE),
    ("My lower back hurts where the hip belt of my backpack sits.", LOW_BACK, HIP),
    ("My neck aches from carrying a shoulder bag.", NECK, SHOULDER),
    ("My wrist hurts when I pull the hand brake.", WRIST, HAND),
    ("My heel hurts even with arch supports in my shoes.", {"heel-plantar"}, {"instep"}),
    ("My lower back hurts after lifting a chest of drawers.", LOW_BACK, CHEST),
    ("My lower back hurts when I wear a bum bag.", LOW_BACK, BUTTOCK),
    ("My lower back hurts during tummy time with my baby.", LOW_BACK, TUMMY),
    ("My jaw aches since I had a crown fitted.", JAW, VERTEX),
    ("My knee hurt after I pulled over on the hard shoulder.", KNEE, SHOULDER),
    ("Me duele la rodilla después del día de pierna.", KNEE, LEG),
    ("Me duele el codo haciendo curl de bíceps.", ELBOW, BICEPS),
    ("Me duele el hombro desde que uso almohada cervical.", SHOULDER, NECK),
    ("Me duele la nalga por llevar la cartera en el bolsillo trasero.", BUTTOCK, BACK),
    ("Me duele la muñeca al tirar del freno de mano.", WRIST, HAND),
    ("Me duele la espalda desde que nacieron mis gemelos.", BACK, CALF),
    ("Me duele el hombro al dar el pecho.", SHOULDER, CHEST),
    # landmarks of something else
    ("My shin hurts since I hit it on the foot of the bed.", SHIN, FOOT),
    ("My hip hurts since I banged it on the arm of the sofa.", HIP, ARM),
    ("Me duele el codo desde que me di con el brazo del sofá.", ELBOW, ARM),
    ("Me duele el tobillo desde que me caí al pie de la escalera.", ANKLE, FOOT),
    # idioms
    ("My boss is a pain in the neck and my lower back is killing me.", LOW_BACK, NECK),
    ("I want to get back on my own two feet but my hip hurts.", HIP, FOOT),
    ("Keep an eye on my knee, it swells after walks.", KNEE, EYE),
    ("I'm head of department and my neck aches from the desk.", NECK, HEAD),
    ("Off the top of my head it started in May, in my knee.", KNEE, VERTEX),
    ("On the other hand, my knee is swollen.", KNEE, HAND),
    ("Physio cost an arm and a leg, and my shoulder still hurts.", SHOULDER, ARM | LEG),
    ("My hip hurts when I head home from work.", HIP, HEAD),
    ("I walked a hundred feet and my calf cramped.", CALF, FOOT),
    ("The sole reason I came is my knee.", KNEE, SOLE),
    ("Me lo sé de cabeza y me duele la rodilla.", KNEE, HEAD),
    ("Tuve que echar una mano con la mudanza y me duele la espalda baja.", LOW_BACK, HAND),
    ("El fisio me costó un ojo de la cara y me sigue doliendo el hombro.", SHOULDER, EYE),
    ("No pego ojo por el dolor de rodilla.", KNEE, EYE),
    ("He oído que los estiramientos ayudan con el dolor de cadera.", HIP, EAR),
    ("Voy a pie al trabajo y me duele la rodilla.", KNEE, FOOT),
    # comparisons
    ("My neck feels like a hand squeezing it.", NECK, HAND),
    ("A spot on my thigh the size of my palm.", THIGH, HAND),
    ("My groin hurts like a kick in the stomach.", GROIN, STOMACH),
    ("Me duele el gemelo como una mano que aprieta.", CALF, HAND),
    ("Me duele la rodilla como un dolor de muelas.", KNEE, TEETH),
    # other people's parts
    ("My neck hurts from supporting my baby's head while feeding.", NECK, HEAD),
    ("My thumbs hurt from massaging my husband's back.", THUMB, BACK),
    ("Me duele el cuello de sujetar la cabeza de mi bebé.", NECK, HEAD),
    ("My wife's knee hurts too, but mine is my hip.", HIP, KNEE),
    ("My husband has back pain; my pain is in my neck.", NECK, BACK),
    ("Mi marido tiene dolor de rodilla; a mí me duele la cadera.", HIP, KNEE),
    # places found fine, denied or healed
    ("My back is fine now, but my neck hurts.", NECK, BACK),
    ("My knee doesn't hurt, it's my ankle.", ANKLE, KNEE),
    ("My shoulder has healed but my elbow hurts.", ELBOW, SHOULDER),
    ("It's not my knee, it's my shin.", SHIN, KNEE),
    ("My back and neck are fine, but my shoulder hurts.", SHOULDER, BACK | NECK),
    # a relative clause between the parts and "are fine"
    (
        "My knees ache at the back. My hands and neck, which used to ache on the old bike, are "
        "now fine.",
        KNEE,
        HAND | NECK,
    ),
    ("La columna está bien, me duele la cadera.", HIP, SPINE),
    ("Sin dolor en la rodilla, pero me duele el tobillo.", ANKLE, KNEE),
    ("La rodilla ya no me duele, ahora es la cadera.", HIP, KNEE),
    ("No tengo dolor de espalda, solo del cuello.", NECK, BACK),
]


@pytest.mark.parametrize(("text", "place", "not_places"), NOT_PLACES)
def test_a_part_named_without_saying_it_hurts_is_not_a_place(
    kb: KnowledgeBase, text: str, place: set[str], not_places: set[str]
) -> None:
    read = kinds(kb, text)
    assert read & place, f"{text!r} lost its place: {sorted(read)}"
    assert not read & (not_places - place), f"{text!r} read {sorted(read & not_places)}"


# Each place that must be read: one set of zone kinds per place named.
PLACES = [
    ("Pain in the back of my neck.", [NECK]),
    ("Dolor en la planta del pie.", [SOLE]),
    ("My back hurts when I sit.", [BACK]),
    ("Pain in my arm when I lift my arm.", [ARM]),
    ("There is a pain in my neck and a pain in my shoulder.", [NECK, SHOULDER]),
    ("My knee doesn't hurt as much as my hip.", [KNEE, HIP]),
    ("My son's knee hurts after football.", [KNEE]),
    ("Me duele el pie al ir a pie al trabajo.", [FOOT]),
    ("Tengo dolor de cabeza todos los días.", [HEAD]),
    ("Tengo la rodilla bien hinchada y me duele la cadera.", [KNEE, HIP]),
    ("Pain in the pads of my fingers.", [FINGERS]),
    ("Pain in my arch when I wear shoes without arch support.", [{"instep"}]),
    ("It hurts when I touch my elbow and my wrist.", [ELBOW, WRIST]),
    ("I rolled my ankle and my knee hurts too.", [ANKLE, KNEE]),
    ("Me aprieta el pecho y me duele el brazo.", [CHEST, ARM]),
    ("Pain in my hamstring when I stretch my hamstring.", [{"posterior-thigh"}]),
    ("My back's killing me.", [BACK]),
]


@pytest.mark.parametrize(("text", "places"), PLACES)
def test_similar_phrases_that_are_places_stay_places(
    kb: KnowledgeBase, text: str, places: list[set[str]]
) -> None:
    read = kinds(kb, text)
    assert all(read & place for place in places), f"{text!r} read {sorted(read)}"


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("I'm right-handed and my left shoulder hurts.", "left"),
        ("Me levanté con el pie izquierdo y me duele la rodilla derecha.", "right"),
        ("I have pain on the right-hand side of my neck.", "right"),
    ],
)
def test_handedness_and_directions_are_not_sides(kb: KnowledgeBase, text: str, side: str) -> None:
    assert understand(text, kb.chart).side == side


@pytest.mark.parametrize(
    ("text", "aggravator"),
    [
        ("My knee hurts after leg day and after running.", "running"),
        ("My calf hurts after running up hills.", "running"),
        ("My shoulder hurts when I lift my arm overhead.", "overhead"),
        ("Me duele la rodilla con las piernas cruzadas al conducir.", "sitting"),
    ],
)
def test_activity_words_still_reach_the_context(
    kb: KnowledgeBase, text: str, aggravator: str
) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert aggravator in query.aggravators


@pytest.mark.parametrize(
    ("text", "place", "not_places"),
    [
        # how a runner lands is no place: the forefoot or the toes do not hurt for it
        (
            "Since I switched to landing on the front of my foot, my calf aches when I run",
            {"upper-calf"},
            {"ball-medial", "ball-lateral", "foot-top-medial"},
        ),
        ("I run on my toes and my calf hurts", {"upper-calf"}, {"lesser-toes-top"}),
        (
            "corro apoyando la parte delantera del pie y me duele el gemelo",
            {"upper-calf"},
            {"ball-medial", "ball-lateral"},
        ),
    ],
)
def test_how_a_runner_lands_is_not_a_place(
    kb: KnowledgeBase, text: str, place: set[str], not_places: set[str]
) -> None:
    found = kinds(kb, text)
    assert found >= place, (text, found)
    assert not found & not_places, (text, found)


@pytest.mark.parametrize(
    "text",
    [
        "after long days bent over the massage table my lower back aches",
        "my back aches from stooping over the flower beds",
    ],
)
def test_working_bent_over_is_bending(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert "lifting" in query.aggravators, text


@pytest.mark.parametrize(
    "text",
    [
        "The worst is at the front of the shoulder, and it runs a little way down my arm",
        "the ache runs partway down the back of my thigh",
    ],
)
def test_pain_that_runs_some_way_down_is_no_running(kb: KnowledgeBase, text: str) -> None:
    query, _ = query_from_text(kb.chart, text)
    assert "running" not in query.aggravators, text


def test_running_down_a_hill_is_still_running(kb: KnowledgeBase) -> None:
    query, _ = query_from_text(kb.chart, "I run a long way down the hill and my knee hurts")
    assert "running" in query.aggravators


def test_carpal_tunnel_named_as_a_comparison_is_no_place(kb: KnowledgeBase) -> None:
    """As in English ("my doctor thought it was carpal tunnel"): the wrist said is the place."""
    text = "Me duele la muñeca derecha como si fuera túnel carpiano, pero la prueba salió normal"
    assert kinds(kb, text) == {"dorsal-wrist", "volar-wrist"}
    assert "thenar" in kinds(kb, "me duele el túnel carpiano")


def test_the_arm_a_reach_is_made_with_is_no_place(kb: KnowledgeBase) -> None:
    text = "the front of my shoulder hurts when I reach out to the side with my arm"
    assert not kinds(kb, text) & ARM
    assert kinds(kb, "my arm hurts when I reach out with it") & ARM


def test_a_rear_end_crash_is_no_buttock(kb: KnowledgeBase) -> None:
    assert not kinds(kb, "since a rear-end car crash last spring I've had neck pain") & BUTTOCK
    assert kinds(kb, "my rear end hurts when I sit") & BUTTOCK


def test_shoulders_carried_forward_are_a_posture_in_spanish_too(kb: KnowledgeBase) -> None:
    text = "me duele el brazo; tengo los hombros echados hacia delante de tanto ordenador"
    assert "anterior-shoulder" not in kinds(kb, text) and kinds(kb, text) & ARM
    assert "anterior-shoulder" in kinds(kb, "me duelen los hombros")
