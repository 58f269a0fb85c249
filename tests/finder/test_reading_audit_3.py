"""A third reading audit, from the failures of a studied set of unseen descriptions: a misspelt
part still takes its directions ("the side and front of my sholder"), "top and bottom" teeth are
no bottom, a treatment or test of a part is not where it hurts ("back injections didn't help"),
the midline as a border is no place ("it never crosses the middle"), "low in my back" is the lower
back, a headache placed by the words after it is only there ("a headache behind my eyes"), "on
that side" is no direction, and postures of the hands ("with my hands on top of the wheel", "con
la palma hacia abajo") or of the body ("when I lie on the right") are no places or sides."""

from __future__ import annotations

import pytest

from tpatlas.finder.text import understand
from tpatlas.finder.vocab import respelled_word
from tpatlas.kb import KnowledgeBase

HEAD = {"forehead", "temple", "occiput", "vertex"}
HAND = {"thenar", "palm-ulnar", "dorsal-hand-radial", "dorsal-hand-ulnar"}


def _kinds(kb: KnowledgeBase, text: str) -> set[str]:
    return {z.split("-", 1)[1] for z in understand(text, kb.chart).zones}


@pytest.mark.parametrize(
    ("text", "read", "not_read"),
    [
        # a slip of the fingers is still the part, with its directions
        ("sharp ache in the side and front of my sholder", {"anterior-shoulder"}, {"flank"}),
        ("pain in my buttok", {"mid-buttock"}, set()),
        ("my hamstrng is tight", {"posterior-thigh"}, set()),
        # "top and bottom" teeth
        ("all the teeth on one side hurt, top and bottom", {"upper-teeth"}, {"mid-buttock"}),
        # hands and body in a posture
        (
            "deep ache in the shoulder after long drives with my hands on top of the wheel",
            {"anterior-shoulder"},
            HAND,
        ),
        ("me duele el codo por dentro al coger cosas con la palma hacia abajo", set(), HAND),
        ("me duele el codo por dentro al dar la mano", {"medial-epicondyle"}, HAND),
        # a treatment or a test of a part
        ("pain in my buttock, back injections didn't help", {"mid-buttock"}, {"lower-lumbar"}),
        ("since my knee surgery my calf aches", {"upper-calf"}, {"patella"}),
        (
            "me duele la nalga, las infiltraciones en la espalda no sirvieron",
            {"mid-buttock"},
            {"lower-lumbar"},
        ),
        # the midline as a border; "low in my back"
        ("deep ache low in my back, never crosses the middle", {"lower-lumbar"}, {"mid-thoracic"}),
        ("pain low down in my belly", {"lower-abdomen"}, {"epigastrium"}),
        ("stiff high up in my back", {"upper-interscapular"}, {"lower-lumbar"}),
        # a headache placed by the words after it
        ("headache behind my eyes", {"eye"}, HEAD),
        ("a headache right in my eyebrow", {"eye"}, {"occiput", "vertex"}),
        ("a headache and my neck is stiff", {"occiput", "vertex"}, set()),
        # a posture, an action and how it started are no places
        ("ache at the base of my skull, with my chin propped on my hand", {"suboccipital"}, HAND),
        (
            "pain at the back of my shoulder, pulling things in to my chest hurts",
            {"posterior-shoulder"},
            {"sternum", "upper-chest"},
        ),
        (
            "since I rolled my ankle the outside of my shin hurts",
            {"upper-lateral-leg"},
            {"lateral-ankle"},
        ),
        (
            "desde que me torcí el pie me duele por encima del hueso de fuera del tobillo",
            {"lateral-ankle"},
            {"instep", "heel-plantar"},
        ),
        # the perineum, and fingers named with the noun said once
        ("deep ache between my legs that spreads to my tailbone", {"coccyx"}, {"posterior-thigh"}),
        ("un dolor sordo entre las piernas al sentarme", {"coccyx"}, {"posterior-thigh"}),
        (
            "tingling in my little, ring and middle fingers",
            {"palmar-fingers-ulnar", "palmar-fingers-radial"},
            set(),
        ),
        # the lower back is a place of its own, then the next place
        ("left lower back pain going to left leg", {"lower-lumbar", "posterior-thigh"}, set()),
        ("lower back pain shooting into my groin", {"lower-lumbar", "groin"}, set()),
        (
            "upper back pain going into my neck",
            {"upper-interscapular", "upper-posterior-neck"},
            set(),
        ),
        (
            "pain in my bottom on the left that goes down my leg",
            {"mid-buttock", "posterior-thigh"},
            set(),
        ),
        ("my upper back molars ache", {"upper-teeth"}, {"upper-interscapular"}),
        # a part and a place named after it are two places; a list is no narrowing
        ("pain in my shoulder and shoulder blade", {"posterior-shoulder", "infraspinous"}, set()),
        ("pain in my lower back then down my leg", {"lower-lumbar", "posterior-thigh"}, set()),
        ("it went down my leg to my calf", {"upper-calf", "lower-calf"}, set()),
        ("my neck and the base of my skull", {"upper-posterior-neck", "suboccipital"}, set()),
        ("my neck n the base of my skull", {"upper-posterior-neck", "suboccipital"}, set()),
        (
            "me duele el hombro izquierdo y el omóplato del mismo lado",
            {"anterior-shoulder", "infraspinous"},
            set(),
        ),
        ("my neck hurts at the base of my skull", {"suboccipital"}, {"lower-posterior-neck"}),
        ("my lower back hurts unless i keep my knees bent", {"lower-lumbar"}, {"patella"}),
        # tools, treatments and postures
        ("i kick the ball with my right foot and my knee hurts", {"patella"}, {"instep"}),
        (
            "a cortisone shot in my shoulder didn't help my elbow",
            {"olecranon"},
            {"anterior-shoulder"},
        ),
        ("desde que me operaron del hombro me duele el codo", {"olecranon"}, {"anterior-shoulder"}),
        ("me caí de culo y ahora me duele la muñeca", {"dorsal-wrist"}, {"mid-buttock"}),
        ("hago flexiones de brazos y me duele el codo", {"olecranon"}, {"anterior-upper-arm"}),
        ("a mi marido le duele la espalda, a mí la rodilla", {"patella"}, {"lower-lumbar"}),
        ("me duele el pie, no la rodilla", {"instep"}, {"patella"}),
        # a limb part said with its limb; a direction after a part in Spanish
        ("me duele la muñeca de la mano derecha", {"volar-wrist"}, {"thenar", "palm-ulnar"}),
        ("me duele el tobillo del pie izquierdo", {"lateral-ankle"}, {"instep"}),
        ("me duele la mano por el dorso", {"dorsal-hand-radial"}, {"thenar"}),
        ("me duele la espalda por arriba", {"upper-interscapular"}, {"lower-lumbar"}),
        ("I have a sweet tooth and my jaw hurts", {"jaw-angle"}, {"upper-teeth"}),
        ("groin pain since I slipped on ice and my legs went apart", {"groin"}, {"upper-calf"}),
        (
            "ache in the base of my thumb, I carry heavy shopping bags on my forearm",
            {"thenar"},
            {"volar-forearm-radial"},
        ),
        # examined, found fine, idioms, comparisons and postures in Spanish
        (
            "el traumatólogo me miró la rodilla, pero lo que me duele es la cadera",
            {"lateral-hip"},
            {"patella"},
        ),
        ("me duele la espalda baja; la cabeza bien, gracias", {"lower-lumbar"}, {"vertex"}),
        (
            "no doy el brazo a torcer pero me duele la espalda",
            {"lower-lumbar"},
            {"lateral-upper-arm"},
        ),
        ("tengo un dolor en la rodilla como de muelas", {"patella"}, {"upper-teeth"}),
        ("le pegué con el pie a la pelota y me duele la rodilla", {"patella"}, {"instep"}),
        ("empujo el carrito con las manos y me duele el hombro", {"anterior-shoulder"}, {"thenar"}),
        (
            "me duele el hombro derecho de tener los brazos levantados",
            {"anterior-shoulder"},
            {"anterior-upper-arm"},
        ),
        ("me duele la muñeca al apoyar las manos en el suelo", {"volar-wrist"}, {"thenar"}),
        ("me duele el tovillo", {"lateral-ankle"}, set()),
        ("me duele la punta del pie", {"big-toe-top"}, {"heel-plantar"}),
        ("me duele el dedo gordo de la mano", {"thenar"}, {"big-toe-top"}),
        (
            "me duele el dedo del medio de la mano izquierda",
            {"palmar-fingers-radial"},
            {"palm-ulnar"},
        ),
        # Spanish words: the face, diminutives
        ("me duele la cara", {"cheek"}, set()),
        ("me duele abajito del ombligo", {"lower-abdomen"}, {"periumbilical"}),
        ("me duele adentrito del codo", {"medial-epicondyle"}, {"lateral-epicondyle"}),
        # "on that side" is the same side, not the side of a part
        ("stiffness in my lower back on that side", {"lower-lumbar", "loin"}, set()),
    ],
)
def test_read_as_a_therapist_would(
    kb: KnowledgeBase, text: str, read: set[str], not_read: set[str]
) -> None:
    kinds = _kinds(kb, text)
    assert read <= kinds, (text, sorted(kinds))
    assert not kinds & not_read, (text, sorted(kinds & not_read))


@pytest.mark.parametrize(
    ("text", "side"),
    [
        ("my left hip hurts when I lie on the right", "left"),
        ("my left knee hurts, the right is fine", "left"),
        ("pain in my right shoulder and I can't sleep on either side", "right"),
        ("pain in the knee on my left side", "left"),
        ("pain in my right sided hip", "right"),
        ("hip pain (R)", "right"),
        ("cuando me acuesto del lado derecho me duele la cadera izquierda", "left"),
        ("me duele la cadera isquierda", "left"),
        ("me duele el codo derechoo", "right"),
        ("me duele la rodilla izquierda; la derecha ya no", "left"),
        ("my left knee hurts, the right one not anymore", "left"),
        ("my left knee hurts, the right not any more", "left"),
    ],
)
def test_the_side_that_hurts(kb: KnowledgeBase, text: str, side: str) -> None:
    u = understand(text, kb.chart)
    assert u.side == side, (text, u.side)
    assert {z.split("-", 1)[0] for z in u.zones} == {side}, (text, sorted(u.zones))


@pytest.mark.parametrize(
    ("word", "meant"),
    [("sholder", "shoulder"), ("shouder", "shoulder"), ("buttok", "buttock")],
)
def test_a_misspelt_place_is_put_right(word: str, meant: str) -> None:
    assert respelled_word(word) == meant


@pytest.mark.parametrize("word", ["should", "splits", "cuerpo", "medico", "tenso", "nunca"])
def test_ordinary_words_are_not_respelt(word: str) -> None:
    """Words near a place word are left alone: "should" is not "shoulder", "splits" not
    "splints", "médico" not "medio"."""
    assert respelled_word(word) == word


def test_each_place_keeps_the_side_said_with_it(kb: KnowledgeBase) -> None:
    """ "My shoulder on the right and my elbow on the left" are two places, one side each; so
    are "my lower back on the right and my left wrist"."""
    zones = understand("my shoulder on the right and my elbow on the left", kb.chart).zones
    assert "right-anterior-shoulder" in zones and "left-olecranon" in zones
    assert "left-anterior-shoulder" not in zones and "right-olecranon" not in zones
    zones = understand("my lower back on the right and my left wrist", kb.chart).zones
    assert "right-lower-lumbar" in zones and "left-volar-wrist" in zones
    assert "right-volar-wrist" not in zones


@pytest.mark.parametrize(
    "text",
    [
        "My left foot hurts. The right one too.",
        "Me duele la rodilla izquierda. La derecha también.",
    ],
)
def test_the_other_side_said_in_the_next_sentence(kb: KnowledgeBase, text: str) -> None:
    u = understand(text, kb.chart)
    assert {z.split("-", 1)[0] for z in u.zones} == {"left", "right"}, (text, sorted(u.zones))
