"""A seventh reading audit (1 December 2026), of places and context: symptoms denied at a place
are no place ("no shooting pain down the legs", "no leg sx", "no se me va a las piernas"), nor
is a place offered as a guess ("could it be my back?", "¿será la columna?"), another person's
("my wife has had knee pain", "a mi hija el tobillo") or one named in a finding ("a trapped
nerve in the neck"); an age is no onset ("tengo 45 años"); what eases the pain, an activity
denied or given up, a fall off a bike and where something worn sits are no aggravators."""

from __future__ import annotations

import pytest

from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


def _kinds(kb: KnowledgeBase, text: str) -> set[str]:
    return {z.split("-", 1)[1] for z in understand(text, kb.chart).zones}


LEGS = {"posterior-thigh", "lateral-thigh", "upper-calf"}
KNEE = {"patella", "medial-knee", "lateral-knee", "popliteal-fossa"}
BACK = {"lower-lumbar", "upper-lumbar", "mid-thoracic"}


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        ("low back just left of the spine. No shooting pain down the legs.", "lower-lumbar", LEGS),
        ("low back pain 6/10, no leg sx, after bending", "lower-lumbar", LEGS),
        ("LBP after lifting couch. no bowel/bladder sx.", "lower-lumbar", {"suprapubic"}),
        (
            "Pt denies neck pain. c/o L shoulder pain",
            "anterior-shoulder",
            {"upper-posterior-neck", "posterolateral-neck"},
        ),
        ("nunca me ha dolido tanto la rodilla", "patella", {"upper-posterior-neck"}),
        ("Tengo lumbago hace tres días. No se me va a las piernas.", "lower-lumbar", LEGS),
        ("Dolor de espalda en la cintura. No me hormiguean las piernas.", "lower-lumbar", LEGS),
        ("I don't have any back pain, it's only my right hip, deep in the groin", "groin", BACK),
        ("Could it be coming from my back? My groin hurts when I climb stairs.", "groin", BACK),
        ("¿Será la columna? Me duele entre las paletas.", "interscapular", {"lower-lumbar"}),
        (
            "I don't think it's my shoulder. The pain is in my upper arm on the outside.",
            "lateral-upper-arm",
            {"upper-trapezius-ridge"},
        ),
        ("Knee pain? Nope. It's the top of my foot.", "foot-top-medial", KNEE),
        ("My wife has had knee pain for years but now my lower back hurts", "lower-lumbar", KNEE),
        (
            "my mother-in-law is 68 and has knee pain both knees. I have heel pain",
            "heel-plantar",
            KNEE,
        ),
        (
            "My husband has back pain and my daughter sprained her ankle, but my shin hurts",
            "upper-shin",
            {"lateral-ankle", "medial-ankle"} | BACK,
        ),
        (
            "A mi marido le duele la espalda y a mi hija el tobillo, pero a mí la nalga",
            "mid-buttock",
            {"lateral-ankle", "medial-ankle"},
        ),
        ("Mi esposo tiene dolor de espalda, pero yo vengo por la rodilla", "patella", BACK),
        (
            "My shoulder blade aches. Doctor said a trapped nerve in the neck.",
            "infraspinous",
            {"lower-posterior-neck", "upper-posterior-neck"},
        ),
    ],
)
def test_a_place_named_but_not_in_pain_is_not_read(
    kb: KnowledgeBase, text: str, read: str, not_read: set[str]
) -> None:
    kinds = _kinds(kb, text)
    assert read in kinds and not kinds & not_read


@pytest.mark.parametrize(
    ("text", "onset"),
    [
        ("Hola, tengo 45 años y me duele el cuello", None),
        ("a 44 year old postman with knee pain", None),
        ("me duele el cuello desde hace años", "gradual"),
        ("my back hurts when I twist", None),
        ("I twisted my knee", "strain"),
    ],
)
def test_an_age_or_a_movement_is_no_onset(kb: KnowledgeBase, text: str, onset: str | None) -> None:
    assert understand(text, kb.chart).onset == onset


@pytest.mark.parametrize(
    ("text", "aggravators"),
    [
        ("I don't even run, I cycle", {"cycling"}),
        ("I used to run but stopped", set()),
        ("Sitting is fine too", set()),
        ("Not worse with walking at all", set()),
        ("se me pasa al caminar y por la noche estoy bien", set()),
        ("it doesn't hurt when I walk", set()),
        ("ya me duele al caminar", {"walking"}),
        ("ya no me duele al caminar", set()),
        ("no puedo dormir del lado izquierdo", {"night"}),
        ("no me deja dormir", {"night"}),
        ("I can't sit for long", {"sitting"}),
        ("Aching where the straps of my rucksack sit on my shoulders", set()),
        ("me duelen los muslos después de andar en bici", {"cycling"}),
        ("heel pain, first steps in the morning are the worst", set()),
        ("knee pain climbing stairs", {"stairs"}),
        ("pain on top of my shoulder when I lift my arm sideways", {"overhead"}),
        ("lifting boxes hurts my back", {"lifting"}),
    ],
)
def test_only_what_makes_it_worse_is_an_aggravator(
    kb: KnowledgeBase, text: str, aggravators: set[str]
) -> None:
    assert understand(text, kb.chart).aggravators == aggravators


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        (
            "Me neck's at me and I can't turn me head to check the mirror",
            "posterolateral-neck",
            {"vertex", "forehead"},
        ),
        ("Lower back pain, lying flat with knees bent helps", "lower-lumbar", KNEE),
        (
            "landed on my outstretched left hand. Pain at the base of my thumb",
            "thenar",
            {"palm-ulnar"},
        ),
        (
            "Pain in the back of my right knee and calf. Flew back from Australia 3 days ago.",
            "popliteal-fossa",
            BACK,
        ),
        (
            "my shin, about a hand's width below the kneecap on the inside",
            "upper-medial-shin",
            {"thenar", "palm-ulnar"},
        ),
        (
            "Tengo tortícolis, no puedo voltear la cabeza a la izquierda",
            "posterolateral-neck",
            {"vertex", "forehead"},
        ),
        ("Me duele el cuello y me quedó la cabeza torcida", "posterolateral-neck", {"vertex"}),
        (
            "Me torcí el tobillo, me duele por fuera. No puedo apoyar el pie.",
            "lateral-ankle",
            {"heel-plantar", "instep"},
        ),
        (
            "Me duele el bíceps al doblar el codo con peso",
            "anterior-upper-arm",
            {"lateral-epicondyle", "olecranon"},
        ),
        (
            "Physio thinks facet joint. Sharp pain in my lower back",
            "lower-lumbar",
            {"cheek", "eye"},
        ),
        ("me duele la cadera y el doctor me mandó placas", "lateral-hip", {"thenar", "palm-ulnar"}),
        ("Dull ache in the right side of my jaw and ear", "jaw-angle", {"flank"}),
        ("me duele la muñeca por la parte del dedo gordo", "thenar", {"big-toe-top"}),
        (
            "dolor en el codo cuando agarro la paleta",
            "lateral-epicondyle",
            {"infraspinous", "supraspinous"},
        ),
        (
            "Pain where my bra underwire sits on the left, under the breast",
            "lower-chest",
            {"mid-thoracic", "inferior-scapula"},
        ),
        ("Tengo dolor en la cola, el huesito, y en la parte baja de la espalda", "coccyx", set()),
        ("Me duelen los pies por la planta", "heel-plantar", set()),
    ],
)
def test_a_part_moved_or_a_word_that_looks_like_a_place_is_no_place(
    kb: KnowledgeBase, text: str, read: str, not_read: set[str]
) -> None:
    kinds = _kinds(kb, text)
    assert read in kinds and not kinds & not_read


@pytest.mark.parametrize(
    ("text", "aggravator"),
    [
        ("sore calves after parkrun", "running"),
        ("sore Achilles, worse after hill sprints", "running"),
        ("Me duele la batata desde que troto, más subiendo lomas", "stairs"),
        ("Me duelen los riñones desde que cargué las maletas", "lifting"),
        ("omalgia dcha, dolor nocturno", "night"),
        ("Soy ciclista y me duele la rodilla", "cycling"),
        ("my right knee aches because I'm limping", "walking"),
        ("Soy chofer y manejo 10 horas diarias, me duele la nalga", "sitting"),
    ],
)
def test_everyday_forms_of_an_aggravator_are_heard(
    kb: KnowledgeBase, text: str, aggravator: str
) -> None:
    assert aggravator in understand(text, kb.chart).aggravators


@pytest.mark.parametrize(
    ("text", "onset"),
    [
        ("ankle pain since I rolled it stepping off a kerb", "strain"),
        ("I rolled over in bed and my hip hurts", None),
        ("HA + neck pain after MVA 1wk ago", "strain"),
        ("Me hice daño en la espalda jugando al golf", "strain"),
        ("Fumo desde los 18 años, me duelen los gemelos", None),
        ("Estoy embarazada de 7 meses y me duele la pelvis", None),
        ("Me hicieron una artroscopia de rodilla", "surgery"),
        ("LBP after lifting couch", "strain"),
        ("My wife has had knee pain for years, but my lower back hurts after sitting", None),
        ("my back has hurt for years", "gradual"),
        ("my back hurts when lifting", None),
        ("Me duele el hombro de tanto cargar a mi bebé", "overuse"),
        ("dolor lumbar tras coger una caja", "strain"),
    ],
)
def test_how_it_started_is_read_in_everyday_words(
    kb: KnowledgeBase, text: str, onset: str | None
) -> None:
    assert understand(text, kb.chart).onset == onset


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        (
            "Me duele la parte de delante del hombro cuando me abrocho el sujetador por detrás",
            "anterior-shoulder",
            {"posterior-shoulder"},
        ),
        ("me duele la almohadilla bajo los dedos", "ball-medial", {"palmar-fingers-radial"}),
        ("Dolor hondo, bien metido adentro de la nalga izquierda", "mid-buttock", {"coccyx"}),
        ("me duele la muñeca izquierda, del lado del meñique", "dorsal-hand-ulnar", set()),
        (
            "Tight, sore ridge along the top of my forearm just below the elbow, right arm.",
            "dorsal-forearm-radial",
            {"lateral-upper-arm", "anterior-upper-arm"},
        ),
        (
            "my wrist hurts on the little-finger side; it comes back when I'm back on the water",
            "dorsal-hand-ulnar",
            {"lower-lumbar", "mid-thoracic"},
        ),
        (
            "Me duele el costado de la muñeca izquierda, del lado del meñique",
            "dorsal-hand-ulnar",
            set(),
        ),
        (
            "me duele en el hueso donde me siento. Me hicieron fisioterapia para la ciática",
            "gluteal-fold",
            {"posterior-thigh", "upper-calf"},
        ),
        (
            "duermo con una almohada bajo las rodillas y me duele la espalda",
            "lower-lumbar",
            {"patella"},
        ),
    ],
)
def test_read_from_a_thirteenth_held_out_set(
    kb: KnowledgeBase, text: str, read: str, not_read: set[str]
) -> None:
    """Misreadings a thirteenth held-out set showed (1 December 2026): a bra fastened behind is
    no back of the shoulder, "almohadilla" is the pad of the foot (an "almohada" is a pillow),
    "adentro de la nalga" is deep in the buttock, a side after a comma is no place."""
    kinds = _kinds(kb, text)
    assert read in kinds and not kinds & not_read


def test_a_bone_is_the_sit_bone_only_when_said_so(kb: KnowledgeBase) -> None:
    """A vocabulary phrase whose small words are all left out must not stand for its one
    remaining word: "el hueso del codo" is no sit bone (an eighth reading audit)."""
    assert "gluteal-fold" not in _kinds(kb, "me duele el hueso del codo")
    assert "gluteal-fold" in _kinds(kb, "me duele el hueso donde me siento")
