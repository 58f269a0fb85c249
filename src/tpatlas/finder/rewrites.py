"""Rewrites applied to a description before its words are read: what people say in several ways
is said one way ("outer side of" is "outside of", "low in my back" is the lower back, "top and
bottom" teeth are upper and lower), and words whose accent alone tells them from a place are made
plain before accents are dropped ("inglés" is not "ingles", "año" is not "ano"). The parts of a
limb named by their two ends (segments.py) and the heights an arm reaches (heights.py) come first;
landmarks (near_landmarks.py) and limb directions (limb_directions.py) have modules of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tpatlas.finder.context_rewrites import NIGHT_SWEATS
from tpatlas.finder.heights import HEIGHT_REWRITES
from tpatlas.finder.limb_directions import LIMB_REWRITES
from tpatlas.finder.limb_states import LIMB_STATE_REWRITES
from tpatlas.finder.near_landmarks import NEAR_REWRITES
from tpatlas.finder.segments import SEGMENT_REWRITES
from tpatlas.finder.shorthand import SIDE_SHORTHAND

_TRUNK = (
    r"((?:lower |upper |mid )?back|chest|abdomen|belly|stomach|tummy|pelvis|body|face|jaw|head"
    r"|neck)"
)
_TRUNK_ES = r"(pecho|espalda|abdomen|barriga|vientre|estomago|tripa|pelvis|cuerpo|cara)"
# Rewrites applied before matching: "outer side of" says the same as "outside of", and
# "back and outer side of the knee" names two places on the knee. "On both sides" says which
# sides, not a place ("my mid back on both sides"), and "the left side of my chest" is the left
# half of the chest, not the side of the chest wall.
Replacement = str | Callable[[re.Match[str]], str]
REWRITES: tuple[tuple[re.Pattern[str], Replacement], ...] = (
    *SEGMENT_REWRITES,
    *HEIGHT_REWRITES,
    *NIGHT_SWEATS,
    # a back tooth is a molar ("the bottom of my back tooth" is no low back); "can't grip
    # without a sharp pain in my elbow" says the pain is there
    (re.compile(r"\bback\s+(?:tooth|teeth)\b"), "molars"),
    (
        re.compile(r"\b(can'?t|cannot|couldn'?t|unable\s+to)\s+((?:[a-z']+\s+){1,6}?)without\b"),
        r"\1 \2with",
    ),
    # "abajo del todo de la espalda" is the bottom of the back, not all of it
    (re.compile(r"\b(abajo|arriba)\s+del\s+todo\b"), r"\1"),
    # "la parte baja de la pantorrilla" is its lower part ("baja" alone is also "goes down")
    (
        re.compile(
            r"\bparte\s+(?:mas\s+)?baja\s+(?=de\b|del\b)(?!de\s+la\s+(?:espalda|columna)\b)"
        ),
        "parte inferior ",
    ),
    # things falling from the hands is weakness, not a place: "se me caen las cosas de las manos"
    (
        re.compile(
            r"\b(caen|caian|cayeron|cae|caia|suelto|solte|dropping|drop|dropped|drops)\s+"
            r"((?:las\s+|los\s+)?(?:cosas|objetos|things|stuff|objects|everything|cups?|tazas?|"
            r"vasos?))\s+(?:de|from|out\s+of)\s+(?:las|mis|la|mi|my|the)\s+(?:manos?|hands?)\b"
        ),
        r"\1 \2",
    ),
    *NEAR_REWRITES,
    # how deep is not where: "deep inside my hip" is the hip (not its inner side, "the inside of
    # my hip"), as "muy adentro de la cadera" is
    (
        re.compile(r"\b(?:deep|deeply|way|far)\s+(?:down\s+)?(?:inside|within)\b(?!\s+of\b)"),
        "deep in",
    ),
    (re.compile(r"\b(?:muy|bien|mas)\s+(?:a)?dentro\s+(?=de\b)"), "en "),
    # "low in my back" is the lower back, "high up in my back" the upper back
    (
        re.compile(
            r"\blow\s+(?:down\s+)?(?:in|on|across)\s+(my|the)\s+(back|belly|stomach|tummy|"
            r"abdomen|spine)\b"
        ),
        r"\1 lower \2",
    ),
    (
        re.compile(r"\bhigh\s+(?:up\s+)?(?:in|on|across)\s+(my|the)\s+(back|spine|neck)\b"),
        r"\1 upper \2",
    ),
    # "on that side" is the side said before, not the side of a part
    (re.compile(r"\b(on|to)\s+(?:that|this)\s+side\b"), r"\1 the same side"),
    # a side said with a letter too many: "derechoo", "izquierdaa"
    (re.compile(r"\b(derech|izquierd|isquierd)([oa])\2+\b"), r"\1\2"),
    # a side in brackets or in clinical shorthand: "hip pain (R)", "rhs", "lft"
    (re.compile(r"\(\s*r\s*\)|\brhs\b"), " right "),
    (re.compile(r"\(\s*l\s*\)|\b(?:lhs|lft)\b"), " left "),
    # Spanish diminutives of directions: "abajito del ombligo", "adentrito del codo"
    (re.compile(r"\b(abaj|adentr|afuer|dentr)ito\b"), r"\1o"),
    (re.compile(r"\b(arrib|afuer)ita\b"), r"\1a"),
    (re.compile(r"\b(atras|detras)ito\b"), r"\1"),
    # "me duele la cara" is the face; "cara" is otherwise a side ("cara interna")
    (
        re.compile(
            r"\b(duele|duelen|dolor\s+(?:en|de)|molesta|molestias\s+en)\s+(?:toda\s+)?la\s+cara\b"
            r"(?!\s+(?:interna|externa|anterior|posterior|lateral|medial|de\b|del\b(?!\s+lado)|dorsal|"
            r"palmar|plantar))"
        ),
        r"\1 el rostro",
    ),
    # the fingers of a foot said before them are toes ("los pies por la planta y los dedos"),
    # the big finger of a hand the thumb ("la mano por la palma y el dedo gordo")
    (
        re.compile(
            r"\b(pies?|plantas?|talon(?:es)?|empeines?)\b((?:(?![.;]).){0,60}?)\b(los|mis|sus|el|mi)\s+"
            r"(dedos?)\b(?!\s+(?:de\s+la\s+mano|de\s+las\s+manos|de\s+mi\s+mano|del\s+pie|de\s+los\s+pies|"
            r"gordo|pulgar))"
        ),
        r"\1\2\3 \4 del pie",
    ),
    # ... read as the toes, so a direction said for them stays on the foot ("debajo de los
    # dedos del pie" is under the toes, not under the fingers)
    (re.compile(r"\bdedo\s+gordo\s+(?:del|de\s+mi|de\s+el)\s+pie\b"), " big toe "),
    (re.compile(r"\bdedos?\s+(?:del|de\s+los|de\s+mis|de\s+mi|de\s+el)\s+pies?\b"), " toes "),
    (
        re.compile(
            r"\b(manos?|palmas?)\b((?:(?![.;]).){0,60}?)\b(el|mi)\s+dedo\s+gordo\b(?!\s+del\s+pie)"
        ),
        r"\1\2\3 pulgar",
    ),
    # a part of a limb said with its limb is the part: "la muñeca de la mano derecha", "el
    # tobillo del pie", "la rodilla de la pierna izquierda", "el codo del brazo"
    (
        re.compile(
            r"\b(dedos?(?:\s+(?:del\s+medio|medio|corazon|indice|anular|menique))?|indice|"
            r"pulgar(?:es)?|menique|anular|munecas?|palmas?|nudillos?)\s+de\s+"
            r"(?:la|mi)\s+mano\b"
        ),
        r"\1",
    ),
    (re.compile(r"\b(tobillos?|talon(?:es)?|empeine)\s+del\s+pie\b"), r"\1"),
    (re.compile(r"\b(rodillas?|muslos?|gemelos?|espinillas?)\s+de\s+(?:la|mi)\s+pierna\b"), r"\1"),
    (re.compile(r"\b(codos?|antebrazos?|biceps|triceps)\s+del\s+brazo\b"), r"\1"),
    # "both my heels from below", "my heel hurts underneath": the underside, as "on the bottom"
    (
        re.compile(
            r"\b(heels?|feet|foot|toes?)\s+(?:(?:hurts?|aches?|is\s+sore|are\s+sore)\s+)?(?:from\s+)?"
            r"(?:underneath|beneath|below)\b(?!\s+(?:the|my|a|an|his|her|it)\b)"
        ),
        r"\1 on the bottom",
    ),
    # Scots "o'" is "of" and "ma" is "my": "the back o' ma heid"
    (re.compile(r"(?<=[a-z])\s+o'(?=\s)"), " of"),
    (re.compile(r"\bma\b(?=\s+[a-z])"), "my"),
    # "el talón y la planta": the sole of the foot, said with another part of it
    (
        re.compile(
            r"\b(talon(?:es)?|dedos|empeine|tobillos?)\s+y\s+(la|las)\s+(plantas?)\b(?!\s+del?\b)"
        ),
        r"\1 y \2 \3 del pie",
    ),
    # "me duele el coco" (everyday Spanish) is the head
    (re.compile(r"\b(duele|duelen|dolor\s+de|dolor\s+en)\s+(?:el\s+)?coco\b"), r"\1 la cabeza"),
    # "between my legs" is the perineum, not the legs
    (re.compile(r"\bbetween\s+(?:my|the|your)\s+legs\b"), " perineum "),
    (re.compile(r"\bentre\s+(?:las|mis)\s+piernas\b"), " perineo "),
    # "my little, ring and middle fingers": each finger named, the noun said once
    (
        re.compile(
            r"\b(little|ring|middle|index|pinky|pinkie)\s*(?:,|and|&)\s*(little|ring|middle|"
            r"index|pinky|pinkie)\s*(?:,|and|&|,\s*and)\s*(little|ring|middle|index|pinky|pinkie)"
            r"\s+fingers\b"
        ),
        r"\1 finger and \2 finger and \3 finger",
    ),
    # "all my teeth, top and bottom" are the upper and lower teeth, not the bottom
    (re.compile(r"\btop\s+(?:and|&)\s+bottom\b(?!\s+of\b)"), " upper and lower "),
    (
        re.compile(r"\b(muelas|dientes)\s+de\s+(arriba|abajo)\s+y\s+(?:de\s+)?(arriba|abajo)\b"),
        r"\1 de \2 y \1 de \3",
    ),
    # "my back's killing me", "my knee's been sore": the part, then what it is doing
    (
        re.compile(
            r"\b(back|neck|knee|hip|shoulder|elbow|wrist|ankle|foot|leg|arm|hand|head|heel|calf|"
            r"thigh|shin|jaw|chest|stomach|tummy|belly|spine|thumb|toe|finger|groin|bum|butt|hammy|"
            r"hamstring|quad|glute|trap|delt|pec|lat)'s\b"
        ),
        r"\1 is",
    ),
    *LIMB_STATE_REWRITES,
    # sleeping on either side is a posture ("I can't sleep on either side"), not both sides
    (
        re.compile(
            r"\b(sleep|sleeping|slept|lie|lying|lay|roll|rolling|turn|turning)\s+on\s+"
            r"(?:either|each|both)\s+sides?\b"
        ),
        r"\1 on my side",
    ),
    (re.compile(r"\b(?:on|across|in|at|to) (?:both|either|each) sides?\b(?!\s+of\b)"), " both "),
    (re.compile(r"\b(?:a|en|de) (?:ambos|los dos) lados\b(?!\s+de\b)"), " ambos "),
    # "las dos rodillas", "los dos pies": both sides of the part, as "ambas rodillas"
    (
        re.compile(
            r"\b(?:los|las) dos (?=(?:rodillas|pies|manos|brazos|piernas|hombros|codos|"
            r"munecas|tobillos|caderas|talones|gemelos|pantorrillas|muslos|nalgas|gluteos)\b)"
        ),
        "ambos ",
    ),
    # "on one side" says the pain is one-sided, not where: "one side of my back" is the back
    (re.compile(r"\b(?:on|to|in) one side\b(?!\s+of\b)"), " "),
    (re.compile(r"\bone side of (?:my |the |your )?"), " "),
    (re.compile(r"\b(?:de|en|a) un (?:solo )?lado\b(?!\s+de\b)"), " "),
    (re.compile(r"\bun lado de (?:la |el |mi )?"), " "),
    # a hand's side is a side ("the right-hand side of my neck"); being right-handed, turning
    # "a mano derecha" or getting up "con el pie izquierdo" says no side of the body
    (re.compile(r"\b(left|right)[\s-]+hand\s+side\b"), r"\1 side"),
    (re.compile(r"\b(?:left|right)[\s-]+handed\b|\ba\s+mano\s+(?:derecha|izquierda)\b"), " "),
    (
        re.compile(
            r"\b(?:levant|empez|empec|arranc|entr)\w*\s+(?:[a-z]+\s+)?con\s+(?:el\s+)?pie\s+"
            r"(?:izquierdo|derecho)\b"
        ),
        " ",
    ),
    (re.compile(rf"\b(left|right) side of (?:my |the |your )?{_TRUNK}\b"), r"\1 \2"),
    (re.compile(rf"\b(?:both|either|each) sides? of (?:my |the |your )?{_TRUNK}\b"), r"both \1"),
    (
        re.compile(rf"\b(?:lado|parte) (derech[oa]|izquierd[oa]) (?:del|de la|de) {_TRUNK_ES}\b"),
        r"\2 \1",
    ),
    # the thumb and little-finger sides of the arm and hand, the toe sides of the foot; "el pie
    # por el lado del dedo gordo" is its inner side
    (re.compile(r"\b(?:por|del) (?:el )?lado del dedo gordo\b"), " interno "),
    (re.compile(r"\b(?:por|del) (?:el )?lado del dedo (?:pequeno|chico|chiquito)\b"), " externo "),
    (
        re.compile(
            r"\bthumb[\s-](?:side|edge|border)\b|\b(?:lado|por la parte) del (?:dedo )?pulgar\b"
        ),
        "radial",
    ),
    (
        re.compile(
            r"\b(?:(?:little|small|pinky|pinkie)[\s-]finger|pinky|pinkie)[\s-](?:side|edge|border)\b"
            r"|\b(?:lado|por la parte) del (?:dedo )?menique\b"
        ),
        "ulnar",
    ),
    # the landmark a side faces: "the spine side of my shoulder blade" is its inner edge
    (re.compile(r"\b(?:spine|backbone)[\s-]side\b"), "inside"),
    (re.compile(r"\barmpit[\s-]side\b"), "outside"),
    (re.compile(r"\blado (radial|cubital|ulnar)\b"), r"\1"),
    # "la mama izquierda" is the breast, "mi mamá" and "my mama" the mother
    (re.compile(r"\b(?:la|las|una|ambas) mama(s?)\b(?!\s+de\b)"), r" seno\1 "),
    *SIDE_SHORTHAND,
    # "my behind" is the buttocks; "behind my knee" and "my knee hurts behind" are not
    (
        re.compile(r"\b(my|your|his|her)\s+behind\b(?!\s+(?:the|my|your|his|her|a|an)\b)"),
        r"\1 buttocks",
    ),
    (re.compile(r"\b(?:big|great)[\s-]toe[\s-]side\b"), "inside"),
    (re.compile(r"\b(?:little|small|pinky|pinkie)[\s-]toe[\s-]side\b"), "outside"),
    (re.compile(r"\b(?:outer|lateral) side\b"), "outside"),
    (re.compile(r"\b(?:inner|medial) side\b"), "inside"),
    (
        re.compile(
            # not "lower back and top of the hip": "lower back" is a part
            r"(?<!lower )(?<!upper )(?<!low )(?<!mid )(?<!middle )"
            r"\b(front|back|inside|outside|top|bottom|underside|side|middle|centre|center)\s+"
            r"(?:and|or)\s+"
            r"(front|back|inside|outside|top|bottom|underside|side|middle|centre|center)\s+of\s+"
            r"(?:the\s+|my\s+)?((?:(?:left|right)\s+)?[a-z]+)"
        ),
        r"\1 of the \3 and \2 of the \3",
    ),
    *LIMB_REWRITES,
)
# Words whose accent alone tells them from a place, read before accents are dropped
# (``read_accents``): "inglés" (English) is not "ingles" (groins), "año" (a year) is not "ano".
# Said without accents, the words around them tell: "clases de ingles" is the language, "me
# duele el ano" the anus, "hace un ano" and "el ano pasado" a year.
_YEAR = r"(?:pasado|anterior|que\s+viene|pr[oó]ximo|entero|nuevo|siguiente|de|del|en|\d+)"
BEFORE_ACCENTS = (
    (re.compile(r"\binglés\b"), "english"),
    (
        re.compile(
            r"(?<!dolor )(?<!dolores )(?<!molestias )\b(en|de|el|hablo|hablar|habla|estudio|"
            r"aprendo|profesora?|profe|clases?|curso|examen|idioma)\s+ingles\b"
        ),
        r"\1 english",
    ),
    (
        re.compile(
            r"\b((?:duele|duelen|doler|dolor|dolores|molestias?|molesta|pica|picor|arde|ardor|"
            r"escozor|sangra|sangrado|fisura|alrededor|zona|cerca|junto|en)\s+(?:a\s+|de\s+)?"
            rf"(?:el|del)\s+)ano\b(?!\s+{_YEAR}\b)"
            r"|\b(el\s+)ano(?=\s+(?:me|le|te)\s+(?:duele|pica|arde|sangra|molesta)\b)"
        ),
        lambda m: f"{m[1] or m[2]}anus",
    ),
)


def read_accents(text: str) -> str:
    """``text`` in lower case with the words whose accent alone tells them from a place made
    plain (``BEFORE_ACCENTS``); call it before accents are dropped."""
    text = text.lower()
    for pattern, replacement in BEFORE_ACCENTS:
        text = pattern.sub(replacement, text)
    return text
