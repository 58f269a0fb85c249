"""Everyday names for places, in English (US, UK, Australian) and Spanish (Spain and Latin
America): one-word compounds ("shoulderblade", "tail bone"), British words ("back passage",
"bum"), landmarks ("at belt level", "between my shoulder blade and my spine", "a la altura de
los riñones"), the pelvic floor and what it surrounds, and directions bound to a part ("the
centre of my back" is the mid back, "my pelvis at the back" is the sacrum and the back of the
hip bones, never the lower abdomen). Each place must give the zones a clinician would mark and
none of the zones it is easily mistaken for."""

from __future__ import annotations

import pytest

from tests.reading import kinds_read
from tpatlas.kb import KnowledgeBase

LUMBAR = {"upper-lumbar", "lower-lumbar"}
WHOLE_BACK = {"upper-lumbar", "lower-lumbar", "mid-thoracic"}
LOWER_ABDOMEN = {"lower-abdomen", "suprapubic"}
BUTTOCK = {"mid-buttock", "upper-outer-buttock", "lateral-buttock"}
FINGERS = {"palmar-fingers-ulnar", "dorsal-fingers-ulnar", "palmar-fingers-radial"}


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # head and face
        ("pain on the side of my scalp", {"temple", "parietal"}, {"occiput"}),
        ("a tender spot on the back of my scalp", {"occiput"}, {"forehead"}),
        ("ache inside my eye socket", {"eye"}, {"cheek"}),
        ("pain behind my eyeball", {"eye"}, set()),
        ("pain at the bridge of my nose", {"eye"}, set()),
        ("ache where my skull meets my neck", {"suboccipital"}, {"lower-posterior-neck"}),
        ("pain at the corner of my jaw", {"jaw-angle"}, {"jaw-joint"}),
        ("pain in my bottom teeth", {"chin"}, BUTTOCK | {"gluteal-fold"}),
        # neck and shoulder
        ("pain in the scruff of my neck", {"upper-posterior-neck"}, {"posterolateral-neck"}),
        # the back of the neck is all of it, its sides at the back too (where the levator
        # scapulae's pain lies), never the front
        ("pain at the back of my neck", {"upper-posterior-neck", "posterolateral-neck"}, set()),
        # a place of a part, then the part: the place alone, not the whole part too
        (
            "me duele el hueso de la risa del codo izquierdo",
            {"medial-epicondyle"},
            {"lateral-epicondyle", "olecranon"},
        ),
        ("the funny bone of my elbow", {"medial-epicondyle"}, {"lateral-epicondyle", "olecranon"}),
        (
            "me duele la parte de atrás del cuello",
            {"lower-posterior-neck", "posterolateral-neck"},
            {"throat", "anterolateral-neck"},
        ),
        ("pain in my adam's apple", {"throat"}, set()),
        ("pain where my neck meets my shoulder", {"upper-trapezius-ridge"}, {"anterior-shoulder"}),
        ("pain in my collar bone", {"clavicle"}, set()),
        ("pain in my rotator cuff", {"posterior-shoulder", "lateral-upper-arm"}, set()),
        ("pain under my arm pit", {"posterior-axilla"}, {"anterior-upper-arm"}),
        # shoulder blade and upper back
        ("pain in my shoulderblade", {"infraspinous"}, set()),
        ("pain under my shoulderblade", {"inferior-scapula"}, set()),
        ("pain between my shoulderblades", {"interscapular"}, set()),
        ("pain between my shoulder blade and my spine", {"interscapular"}, LUMBAR),
        ("pain between my spine and my left shoulder blade", {"interscapular"}, LUMBAR),
        ("pain in my shoulder blade area", {"infraspinous"}, {"anterior-shoulder"}),
        ("pain at the tip of my shoulder blade", {"inferior-scapula"}, {"lateral-upper-arm"}),
        # the middle of the back and the bra line
        ("pain in the centre of my back", {"mid-thoracic"}, LUMBAR),
        ("pain in the center of my back", {"mid-thoracic"}, LUMBAR),
        ("pain where my bra strap sits", {"mid-thoracic", "inferior-scapula"}, LUMBAR),
        ("pain in my ribs at the back", {"posterior-ribs"}, {"lateral-chest"}),
        # chest and abdomen
        ("pain in my breast bone", {"sternum"}, {"lower-chest"}),
        ("pain in the middle of my chest", {"sternum"}, {"mid-thoracic", "upper-chest"}),
        ("pain just below my breastbone", {"epigastrium"}, {"sternum"}),
        ("pain under my boob", {"lower-chest"}, set()),
        ("pain in my solar plexus", {"epigastrium"}, set()),
        ("pain below my belly button", {"lower-abdomen"}, {"periumbilical"}),
        ("pain around my bellybutton", {"periumbilical"}, set()),
        ("pain along my bikini line", {"suprapubic", "groin"}, set()),
        # waist, low back and pelvis
        ("pain at belt level", {"posterior-iliac-crest", "lower-lumbar"}, set()),
        ("pain along my waistband", {"posterior-iliac-crest"}, set()),
        ("pain in my lowerback", {"lower-lumbar"}, set()),
        ("ache at the top rim of my pelvis", {"posterior-iliac-crest"}, LOWER_ABDOMEN),
        (
            "ache at the top rim of my pelvis at the back",
            {"posterior-iliac-crest"},
            LOWER_ABDOMEN | {"anterior-iliac-crest"},
        ),
        ("pain in my pelvis at the back", {"sacrum", "posterior-iliac-crest"}, LOWER_ABDOMEN),
        ("pain at the back of my pelvis", {"sacrum"}, LOWER_ABDOMEN),
        ("pain in my hip bone at the back", {"posterior-iliac-crest"}, {"anterior-iliac-crest"}),
        ("pain in the dimples of my lower back", {"sacroiliac"}, LUMBAR),
        ("pain in my tail bone", {"coccyx"}, set()),
        ("pain at the very end of my spine", {"coccyx"}, LUMBAR),
        # the pelvic floor and what it surrounds
        ("pain in my back passage", {"coccyx"}, WHOLE_BACK),
        ("pain around the anus when I sit", {"coccyx"}, WHOLE_BACK),
        ("pain in my perineum", {"coccyx", "suprapubic"}, set()),
        ("pain in the vaginal area", {"suprapubic", "groin"}, WHOLE_BACK),
        ("pain in my pelvic floor", {"coccyx", "suprapubic"}, set()),
        ("pain in my testicles", {"groin"}, set()),
        # buttock and hip
        ("my bottom hurts when I sit on hard chairs", {"mid-buttock"}, set()),
        ("pain in my bum cheek", {"mid-buttock"}, {"cheek"}),
        ("pain in my backside", {"mid-buttock"}, LUMBAR),
        ("pain in my sit bones", {"gluteal-fold"}, set()),
        ("pain where my buttock meets my thigh", {"gluteal-fold"}, {"anterior-thigh"}),
        ("pain at the top of my butt crack", {"sacrum", "coccyx"}, {"upper-outer-buttock"}),
        ("pain in my hip joint", {"groin", "anterior-hip"}, {"lateral-buttock"}),
        # leg and foot
        ("pain along my ITB", {"lateral-thigh"}, set()),
        ("pain above my kneecap", {"lower-anterior-thigh"}, set()),
        ("pain in the bend of my knee", {"popliteal-fossa"}, {"patella"}),
        ("pain in my shinbone", {"upper-shin", "lower-shin"}, set()),
        ("pain in my ankle bone on the outside", {"lateral-ankle"}, {"medial-ankle"}),
        ("pain in the balls of my feet", {"ball-medial", "ball-lateral"}, {"heel-plantar"}),
        ("pain in my bunion", {"ball-medial"}, set()),
        ("pain in my pinky toe", {"lesser-toes-top"}, FINGERS),
        # arm and hand
        ("pain in the crook of my arm", {"lower-anterior-arm"}, {"posterior-upper-arm"}),
        ("pain at the tip of my elbow", {"olecranon"}, {"lateral-epicondyle"}),
        ("pain in the palm of my hand", {"palm-ulnar"}, {"dorsal-hand-ulnar"}),
        ("pain in the fleshy part of my thumb", {"thenar"}, {"dorsal-fingers-radial"}),
        ("pain in my finger tips", {"palmar-fingers-radial"}, {"dorsal-fingers-radial"}),
        # Spanish
        ("me duele a la altura de los riñones", {"loin"}, set()),
        ("dolor en el centro de la espalda", {"mid-thoracic"}, LUMBAR),
        ("dolor en medio de la espalda", {"mid-thoracic"}, LUMBAR),
        ("dolor en la espalda alta", {"interscapular"}, LUMBAR),
        ("dolor en el borde de la pelvis", {"posterior-iliac-crest"}, LOWER_ABDOMEN),
        ("dolor en la pelvis por detrás", {"sacrum"}, LOWER_ABDOMEN),
        ("dolor en el hueso de la cadera por detrás", {"posterior-iliac-crest"}, set()),
        ("dolor en la rabadilla", {"coccyx"}, set()),
        ("dolor en el suelo pélvico", {"coccyx", "suprapubic"}, set()),
        ("dolor en la zona del periné", {"coccyx", "suprapubic"}, set()),
        ("dolor en el cuero cabelludo", {"vertex"}, set()),
        ("dolor en la cuenca del ojo", {"eye"}, set()),
        ("dolor entre el omóplato y la columna", {"interscapular"}, LUMBAR),
        ("dolor en la cintura", {"lower-lumbar"}, set()),
        ("dolor a la altura del sujetador", {"mid-thoracic"}, LUMBAR),
        ("dolor en los hoyuelos de la espalda", {"sacroiliac"}, LUMBAR),
        ("dolor en la parte baja del cuello", {"lower-posterior-neck"}, {"upper-posterior-neck"}),
        ("dolor debajo del ombligo", {"lower-abdomen"}, {"periumbilical"}),
        ("dolor en el sobaco", {"posterior-axilla"}, set()),
        ("dolor en la quijada", {"jaw-angle"}, set()),
        ("dolor en la canilla", {"upper-shin"}, set()),
        ("dolor en el dedo meñique del pie", {"lesser-toes-top"}, FINGERS),
        ("dolor en las nalgas y el culo", {"mid-buttock"}, set()),
        ("dolor en la flexura del codo", {"lower-anterior-arm"}, {"olecranon"}),
        # the ninth reading audit
        ("Pain ATFL region, mild swelling.", {"lateral-ankle"}, {"medial-ankle"}),
        ("Pain on the sole just in front of my heel.", {"instep"}, {"heel-back"}),
        ("My bum cheeks ache after the long drive.", {"mid-buttock"}, {"cheek"}),
    ],
)
def test_everyday_place_names(
    kb: KnowledgeBase, text: str, expected: set[str], not_expected: set[str]
) -> None:
    kinds = kinds_read(kb, text)
    assert expected <= kinds, (text, kinds)
    assert not kinds & not_expected, (text, kinds)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # "año" without its tilde is "ano": a year is never the anus
        ("desde hace un año me duele la rodilla", {"patella"}, {"coccyx"}),
        # verbs and common words close to the new place words stay what they are
        ("el dolor me baja a la rodilla", {"patella"}, {"upper-shin"}),
        ("esa vaina me duele en la rodilla", {"patella"}, {"suprapubic", "groin"}),
        ("cuando vuelva a caminar me duele la rodilla", {"patella"}, {"suprapubic"}),
        ("al sujetar al bebé me duele la muñeca", {"volar-wrist"}, {"mid-thoracic"}),
        ("con la espalda recta me duele la rodilla", {"patella"}, {"coccyx"}),
        ("the pain arose in my knee after blood tests", {"patella"}, {"groin"} | BUTTOCK),
        ("my personal trainer says my calf is tight", {"upper-calf"}, {"coccyx"}),
        ("my seat belt rubs my shoulder", {"anterior-shoulder"}, {"posterior-iliac-crest"}),
        # a muscle's name is not a direction: "glúteo medio" is the buttock
        ("dolor en el glúteo medio", {"mid-buttock"}, set()),
        ("pain in my middle finger", {"palmar-fingers-radial"}, set()),
        # "bottom" and "backside" are directions when a part follows
        ("pain at the bottom of my foot", {"instep"}, BUTTOCK),
        ("pain on the backside of my knee", {"popliteal-fossa"}, BUTTOCK),
    ],
)
def test_words_near_the_new_places_are_not_misread(
    kb: KnowledgeBase, text: str, expected: set[str], not_expected: set[str]
) -> None:
    kinds = kinds_read(kb, text)
    assert expected <= kinds, (text, kinds)
    assert not kinds & not_expected, (text, kinds)


@pytest.mark.parametrize(
    ("text", "expected", "not_expected"),
    [
        # a misspelt place is put right word by word, never by the look of the whole phrase:
        # "más arriba" (higher up) is not "muelas de arriba" (the upper teeth)
        ("me duele la espalda y a veces lo noto más arriba", {"upper-lumbar"}, {"upper-teeth"}),
        ("pain in my sholder and nek", {"anterior-shoulder", "posterolateral-neck"}, set()),
        ("me duele el hombor y la rodiya", {"anterior-shoulder", "patella"}, set()),
        # five-letter places too, misspelt as they sound in Spanish
        ("dolor en el ombro izquierdo y en el braso", {"lateral-upper-arm"}, set()),
        ("pain in my chesst", {"sternum"}, set()),
        # real words one letter from a five-letter place stay what they are
        ("dolor lumbar de carga axial", {"lower-lumbar"}, {"posterior-axilla", "lateral-chest"}),
    ],
)
def test_a_misspelling_is_read_word_by_word(
    kb: KnowledgeBase, text: str, expected: set[str], not_expected: set[str]
) -> None:
    kinds = kinds_read(kb, text)
    assert expected <= kinds, kinds
    assert not kinds & not_expected, kinds
