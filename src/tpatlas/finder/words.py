"""Words of a description: tokens with clause breaks, small words, side words, circumstances.

A description is read as a list of words, lower case and without accents, where punctuation
becomes a clause break ``|`` that no phrase can span ("my back, knee and hip" never reads
"back knee"). Circumstances ("lying on my back", "on long drives", "at my desk") are removed
before places are looked for: they say when it hurts, not where (finder/circumstances.py and
finder/sayings.py list them).

>>> words("Lying on my back, the knee is sore.")
['|', 'knee', 'is', '|']
"""

from __future__ import annotations

import re
import unicodedata

from tpatlas.finder.circumstances import CIRCUMSTANCE
from tpatlas.finder.idioms import NOT_PLACES
from tpatlas.finder.sayings import sides_of_one_place

BREAK = "|"
# Small words, and words for how it feels rather than where (never part of a place name).
# Side words are read separately (``side_near``). "little" stays: "little finger", "little toe".
IGNORED = {
    "the", "my", "a", "an", "right", "left", "both", "bilateral", "your", "his", "her", "this",
    "that", "very", "really", "kind", "sort", "bit", "numbness", "numb", "tingling", "tingly",
    "burning", "throbbing", "shooting", "stabbing", "radiating", "spreading", "dull", "deep",
    "ache", "tingle", "tingles", "numbed", "prickling", "pins", "needles", "part", "area",
    "aching", "achy", "pain", "painful", "hurts", "hurt", "hurting", "sore", "soreness",
    "discomfort", "tender", "tenderness", "region", "portion", "aches", "ached", "throbs",
    # Spanish filler, side and feeling words
    "de", "del", "la", "el", "los", "las", "lo", "mi", "mis", "me", "en", "un", "una", "y", "o",
    "que", "se", "le", "al", "con", "por", "muy", "mucho", "parte", "cara", "zona", "tengo",
    "siento", "noto", "duele", "duelen", "dolor", "dolores", "molestia", "molestias", "cuando",
    "desde", "hace", "estoy", "es", "esta", "derecha", "derecho", "izquierda", "izquierdo",
    "ambos", "ambas", "hormigueo", "adormecimiento", "entumecimiento", "punzante", "ardor",
    # a count says nothing of where: "between the two shoulder blades", "entre los dos omóplatos"
    "two", "dos",
    # joining words are never part of a place: "my neck since Monday" is not "neck spine"
    "since", "until", "because", "while", "although",
}  # fmt: skip
SEVERE = {"severe", "sharp", "terrible", "excruciating", "intense", "unbearable", "worst",
          "fuerte", "intenso", "intensa", "insoportable", "agudo"}  # fmt: skip
MILD = {"mild", "slight", "slightly", "niggle", "niggling", "twinge", "leve", "ligero", "ligera"}
RIGHT = {"right", "derecha", "derecho", "derechas", "derechos", "dcha", "dcho", "der"}
LEFT = {"left", "izquierda", "izquierdo", "izquierdas", "izquierdos", "izq", "izda", "izdo"}
BOTH = {"both", "bilateral", "ambos", "ambas", "bilaterales"}
SIDE_REACH = 3  # words between a side word and the place it qualifies ("left hip and knee")

_TRUNK = r"((?:lower |upper |mid )?back|chest|abdomen|belly|stomach|tummy|pelvis|body|face)"
_TRUNK_ES = r"(pecho|espalda|abdomen|barriga|vientre|estomago|tripa|pelvis|cuerpo|cara)"
# Rewrites applied before matching: "outer side of" says the same as "outside of", and
# "back and outer side of the knee" names two places on the knee. "On both sides" says which
# sides, not a place ("my mid back on both sides"), and "the left side of my chest" is the left
# half of the chest, not the side of the chest wall.
_ABBREVIATED = (
    r"(?:hip|hips|knee|shoulder|elbow|wrist|hand|ankle|foot|leg|arm|side|calf|thigh|neck|"
    r"buttock|glute|heel|jaw|temple|shin|lower|upper|low|sided)\b"
)
REWRITES = (
    # how deep is not where: "deep inside my hip" is the hip (not its inner side, "the inside of
    # my hip"), as "muy adentro de la cadera" is
    (
        re.compile(r"\b(?:deep|deeply|way|far)\s+(?:down\s+)?(?:inside|within)\b(?!\s+of\b)"),
        "deep in",
    ),
    (re.compile(r"\b(?:muy|bien|mas)\s+(?:a)?dentro\s+(?=de\b)"), "en "),
    # "my back's killing me", "my knee's been sore": the part, then what it is doing
    (
        re.compile(
            r"\b(back|neck|knee|hip|shoulder|elbow|wrist|ankle|foot|leg|arm|hand|head|heel|calf|"
            r"thigh|shin|jaw|chest|stomach|tummy|belly|spine|thumb|toe|finger|groin|bum|butt)'s\b"
        ),
        r"\1 is",
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
    # "my chest hurts on the left side" is the left half of the chest, as "el pecho del lado
    # izquierdo" is; not the side of the chest wall
    (
        re.compile(
            rf"\b{_TRUNK}((?:\s+[a-z']+){{0,2}}?)\s+on\s+the\s+(left|right)\s+side\b(?!\s+of)"
        ),
        r"\3 \1\2",
    ),
    (
        re.compile(rf"\b{_TRUNK_ES}\s+(?:del|en el|por el)\s+lado\s+(derech[oa]|izquierd[oa])\b"),
        r"\1 \2",
    ),
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
    # clinical shorthand for sides: "R hip and L knee"
    (re.compile(rf"\b(?:r|rt)\.?[\s-]+(?={_ABBREVIATED})"), "right "),
    (re.compile(rf"\b(?:l|lt)\.?[\s-]+(?={_ABBREVIATED})"), "left "),
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
            r"\b(front|back|inside|outside|top|bottom|side)\s+and\s+(front|back|inside|outside|"
            r"top|bottom|side)\s+of\s+(?:the\s+|my\s+)?([a-z]+)"
        ),
        r"\1 of the \3 and \2 of the \3",
    ),
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


# Pain that travels is not an activity: "runs down my arm" is not running, "goes up" not climbing.
# Up or down a hill or the stairs is the activity after all: "running up hills".
SPREADING = re.compile(
    r"\b(?:runs?|running|ran|shoots?|shooting|goes|going|travels?|travell?ing|radiates?|"
    r"radiating|spreads?|spreading|moves?|moving|extends?|extending|corre|baja|sube)\s+"
    r"(?:all\s+the\s+way\s+|straight\s+|directly\s+|right\s+)*(?:down|up|into|along|through|"
    r"to|from|across|toward|towards|over|around|por|hacia|hasta)\b"
    r"(?!\s+(?:the\s+|a\s+|some\s+|steep\s+|las\s+|la\s+|una\s+)?(?:hills?|stairs|steps|"
    r"slopes?|inclines?|mountains?|escaleras?|cuestas?|montanas?)\b)"
)
# "right behind my knee": an adverb, not a side.
ADVERB_RIGHT = re.compile(
    r"(?<!\bthe\s)\bright\s+(?=(?:behind|at|in|on|above|below|under|between|next|by|near|into|through|"
    r"over|across|where|there|here|now|away|after|before|around|up|down|inside|along|against|"
    r"underneath|beneath|beside|to|from|off|out|the\s+middle|in\s+the\s+middle)\b)"
)
# Exercises written with a hyphen or a space are one word: "sit-ups" is not sitting.
EXERCISES = re.compile(r"\b(sit|push|pull|chin|press)[\s-]+ups?\b")


def normalise(text: str) -> str:
    """Lower case, accents removed ("detrás" = "detras"), one kind of apostrophe."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def words(text: str, keep_circumstances: bool = False) -> list[str]:
    """The words of ``text`` with clause breaks, small words kept out (see module docstring)."""
    return [w for w in all_words(text, keep_circumstances) if w not in IGNORED]


def all_words(text: str, keep_circumstances: bool = True, keep_sayings: bool = True) -> list[str]:
    """Every word of ``text``, side and small words included, with clause breaks; without the
    circumstances (idioms among them), or without the idioms alone (finder/idioms.py)."""
    norm = ADVERB_RIGHT.sub(" ", EXERCISES.sub(r"\1ups", normalise(read_accents(text))))
    for pattern, replacement in REWRITES:
        norm = pattern.sub(replacement, norm)
    norm = sides_of_one_place(norm)
    # pain that travels is not a place: "que baja por la pierna" is not "la parte baja de la pierna"
    # ... but the whole way it goes is said: "it runs all the way down to my foot"
    norm = SPREADING.sub(lambda m: " all the way " if "all the way" in m[0] else " ", norm)
    if not keep_circumstances:
        norm = CIRCUMSTANCE.sub(" | ", norm)
    elif not keep_sayings:
        norm = NOT_PLACES.sub(" | ", norm)
    out: list[str] = []
    for token in re.findall(r"[a-z0-9']+|[.,;:!?()/|]", norm):
        token = BREAK if token in ".,;:!?()/|" else token
        if token != BREAK or not out or out[-1] != BREAK:  # one break between clauses
            out.append(token)
    return out


def side_of(word: str) -> str | None:
    if word in RIGHT:
        return "right"
    if word in LEFT:
        return "left"
    if word in BOTH:
        return "both"
    return None


def side_near(all_w: list[str], start: int, end: int) -> str | None:
    """The side word nearest a place spanning ``all_w[start:end]``, within the same clause:
    before it ("right knee") or after it ("rodilla derecha", "the knee on the left")."""
    candidates: list[tuple[int, str]] = []
    inside = [side for w in all_w[start:end] if (side := side_of(w))]
    if inside:  # "in my right shoulder": the side stands among the place's words
        return inside[0]
    for i in range(start - 1, max(-1, start - 1 - SIDE_REACH), -1):
        if all_w[i] == BREAK:
            break
        if side := side_of(all_w[i]):
            candidates.append((start - i, side))
            break
    for i in range(end, min(len(all_w), end + SIDE_REACH)):
        if all_w[i] == BREAK:
            break
        if side := side_of(all_w[i]):
            candidates.append((i - end + 1, side))
            break
    return min(candidates)[1] if candidates else None


# "my right elbow, not the left", "no el izquierdo": a side denied alone is no side said
DENIED_SIDE = {"not", "no", "ni", "nor"}
DENIED_END = {BREAK, "one", "side", "lado", "though", "tho", "ni", "nor"}


def sides_said(all_w: list[str]) -> set[str]:
    def denied(i: int) -> bool:  # "not the left", "not on the left", "ni el izquierdo"
        before = " ".join(all_w[max(0, i - 3) : i]).split(BREAK)[-1].split()
        alone = i + 1 == len(all_w) or all_w[i + 1] in DENIED_END
        return alone and bool(DENIED_SIDE & set(before))

    return {s for i, w in enumerate(all_w) if (s := side_of(w)) and not denied(i)}
