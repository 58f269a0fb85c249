"""Words of a description: tokens with clause breaks, small words, side words, circumstances.

A description is read as a list of words, lower case and without accents, where punctuation
becomes a clause break ``|`` that no phrase can span ("my back, knee and hip" never reads
"back knee"). Circumstances ("lying on my back", "on long drives", "at my desk") are removed
before places are looked for: they say when it hurts, not where.

>>> words("Lying on my back, the knee is sore.")
['|', 'knee', 'is', '|']
"""

from __future__ import annotations

import re
import unicodedata

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
}  # fmt: skip
SEVERE = {"severe", "sharp", "terrible", "excruciating", "intense", "unbearable", "worst",
          "fuerte", "intenso", "intensa", "insoportable", "agudo"}  # fmt: skip
MILD = {"mild", "slight", "slightly", "niggle", "niggling", "twinge", "leve", "ligero", "ligera"}
RIGHT, LEFT = {"right", "derecha", "derecho", "derechas", "derechos"}, {
    "left", "izquierda", "izquierdo", "izquierdas", "izquierdos"}  # fmt: skip
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
    (re.compile(r"\b(?:on|across|in|at|to) (?:both|either|each) sides?\b(?!\s+of\b)"), " both "),
    (re.compile(r"\b(?:a|en|de) (?:ambos|los dos) lados\b(?!\s+de\b)"), " ambos "),
    # "on one side" says the pain is one-sided, not where: "one side of my back" is the back
    (re.compile(r"\b(?:on|to|in) one side\b(?!\s+of\b)"), " "),
    (re.compile(r"\bone side of (?:my |the |your )?"), " "),
    (re.compile(r"\b(?:de|en|a) un (?:solo )?lado\b(?!\s+de\b)"), " "),
    (re.compile(r"\bun lado de (?:la |el |mi )?"), " "),
    (re.compile(rf"\b(left|right) side of (?:my |the |your )?{_TRUNK}\b"), r"\1 \2"),
    (re.compile(rf"\b(?:both|either|each) sides? of (?:my |the |your )?{_TRUNK}\b"), r"both \1"),
    (
        re.compile(rf"\b(?:lado|parte) (derech[oa]|izquierd[oa]) (?:del|de la|de) {_TRUNK_ES}\b"),
        r"\2 \1",
    ),
    # the thumb and little-finger sides of the arm and hand, the toe sides of the foot
    (re.compile(r"\bthumb[\s-]side\b|\blado del pulgar\b"), "radial"),
    (
        re.compile(
            r"\b(?:(?:little|small|pinky|pinkie)[\s-]finger|pinky|pinkie)[\s-]side\b"
            r"|\blado del (?:dedo )?menique\b"
        ),
        "ulnar",
    ),
    # clinical shorthand for sides: "R hip and L knee"
    (re.compile(rf"\b(?:r|rt)\.?[\s-]+(?={_ABBREVIATED})"), "right "),
    (re.compile(rf"\b(?:l|lt)\.?[\s-]+(?={_ABBREVIATED})"), "left "),
    (re.compile(r"\b(?:big|great)[\s-]toe[\s-]side\b"), "inside"),
    (re.compile(r"\b(?:little|small|pinky|pinkie)[\s-]toe[\s-]side\b"), "outside"),
    (re.compile(r"\b(?:outer|lateral) side\b"), "outside"),
    (re.compile(r"\b(?:inner|medial) side\b"), "inside"),
    (
        re.compile(
            r"\b(front|back|inside|outside|top|bottom|side)\s+and\s+(front|back|inside|outside|"
            r"top|bottom|side)\s+of\s+(?:the\s+|my\s+)?([a-z]+)"
        ),
        r"\1 of the \3 and \2 of the \3",
    ),
)
_POSSESSIVE = r"(?:my|the|your|his|her|a|mi|la|el|los|las)"
_BODY = (
    r"(?:back|side|sides|stomach|front|belly|tummy|feet|foot|knees|knee|hands|arm|arms|shoulder|"
    r"left side|right side|head|neck|legs|leg|hip|hips|elbow|elbows|wrist|shoulders)"
)
# Circumstances: a movement ("when I lift my knee"), a posture ("lying on my back", "on my feet
# all day"), reaching ("behind my back", "over my head"), or an activity ("at my desk"). They are
# removed before places are looked for when the description names a place elsewhere.
CIRCUMSTANCE = re.compile(
    r"\b(?:lift|lifts|lifting|raise|raises|raising|bend|bends|bending|straighten|straightening|"
    r"turn|turns|turning|move|moves|moving|cross|crosses|crossing|rotate|rotating|tilt|tilting|"
    rf"twist|twisting|extend|extending|flex|flexing|kneel on|kneeling on)\s+{_POSSESSIVE}?\s*"
    r"(?:knee|knees|leg|legs|arm|arms|head|neck|foot|feet|hip|hips|elbow|wrist|shoulder|"
    r"shoulders|back|trunk|body|fingers|thumb|toes|ankle)\b"
    rf"|\b(?:lie|lies|lying|lay|laying|sleep|sleeps|sleeping|slept|rest|resting|sit|sitting|"
    rf"stand|standing|roll|rolling|turn over|lean|leaning|carry|carrying|kneel|kneeling|"
    rf"acostad[oa]|tumbad[oa]|dormir|duermo)\s+(?:on|onto|over|in|to|sobre|de|boca)\s+"
    rf"{_POSSESSIVE}?\s*(?:(?:left|right|other|bad|good|sore|painful)\s+)?{_BODY}\b"
    rf"|\bon\s+{_POSSESSIVE}\s+(?:feet|knees)\b(?:\s+all\s+day)?"
    # reaching: "behind my back", "over my head"; "across" and "over my shoulder" only after a
    # verb of reaching or looking: "pain across my back", "over my shoulder blade" are places
    rf"|\b(?:behind|over|above)\s+{_POSSESSIVE}\s+(?:back|head|body)\b"
    rf"|\b(?:reach\w*|lift\w*|carr\w*|throw\w*|swing\w*|pull\w*)\s+(?:\w+\s+)?across\s+{_POSSESSIVE}\s+"
    r"(?:body|chest)\b"
    rf"|\b(?:look\w*|glanc\w*|turn\w*|check\w*|carr\w*|sling\w*|throw\w*)\s+(?:\w+\s+)?over\s+"
    rf"{_POSSESSIVE}\s+shoulder\b(?!\s*blades?)"
    r"|\b(?:boca arriba|boca abajo|de lado|de costado|de pie)\b"
    # posture and handling: "with my head tilted", "chin poking forward", "touch my toes"
    rf"|\bwith\s+{_POSSESSIVE}\s+(?:head|chin|neck|shoulders?|arms?|hands?)\s+(?:tilted|turned|"
    r"down|forward|bent|hunched|poking|jutting|up|raised|to one side|cocked|stuck out|rounded|"
    r"slumped|shrugged|hiked up)\b"
    r"|\b(?:chin|head|neck)\s+(?:poking|jutting|pushed|sticking|craned)\s+(?:forward|out)\b"
    rf"|\b(?:touch|touching|reach|reaching)\s+(?:for\s+)?{_POSSESSIVE}\s+toes\b"
    r"|\bshak\w*\s+hands\b|\bhands?\s+(?:up\s+)?on\s+the\s+(?:wheel|keyboard|mouse|handlebars?)\b"
    r"|\bback\s+(?:pocket|seat|yard|door)\b|\bpalms?[\s-]+(?:up|down)\b"
    # shoes, comparisons, illnesses and landmarks, not places: "in tight shoes or heels", "a
    # toothache-like pain", "a chest cold", "where it meets the upper arm"
    r"|\b(?:in|wearing|wear|or)\s+(?:(?:high|tight|new)\s+)?heels\b|\bhigh\s+heels\b"
    r"|\btoothache[\s-]+like\b|\blike\s+a\s+toothache\b"
    # where something is carried or held: "my toddler on my hip", "the phone to my ear"
    rf"|\b(?:carr\w*|hold\w*|held|balanc\w*|prop\w*)\s+(?:[a-z']+\s+){{0,3}}?(?:on|against|to)\s+"
    rf"{_POSSESSIVE}\s+(?:hip|hips|shoulder|shoulders|ear|ears|chest|lap|knee|knees)\b"
    r"|\b(?:chest|head)\s+(?:cold|colds|infection|infections|congestion)\b"
    rf"|\bwhere\s+it\s+(?:meets|joins)\s+{_POSSESSIVE}?\s*(?:upper\s+)?(?:arm|neck|shoulder|skull|head|"
    r"spine|thigh|leg|back)\b"
    # a place denied: "without any arm pain", "no pain in my knee", "sin dolor en el brazo"
    r"|\b(?:without|no)\s+(?:any\s+)?(?:[a-z]+\s+){0,2}?(?:pain|ache|aching|discomfort)\b"
    rf"(?:\s+(?:in|at|on)\s+{_POSSESSIVE}\s+[a-z]+(?:\s+(?:arm|leg|back|blade|blades))?)?"
    r"|\bsin\s+(?:ningun\s+)?dolor\s+(?:en|de)\s+(?:el|la|los|las|mi|mis)\s+[a-z]+"
    # "back" that is not the body: "it comes back when I stop", "back to normal", "years back"
    r"|\b(?:comes?|came|coming|go|goes|going|went|get|gets|getting|got|is|was|it's|keeps?\s+coming|"
    r"flares?|flared|flaring|reach\w*|lean\w*|look\w*|step\w*|sit|sits|sat|lie|lay)\s+back\b(?!\s+of\b)"
    r"|\bback\s+(?:again|and\s+forth|to\s+(?:normal|work|the\s+gym|running|training|sports?)|home|then)\b"
    r"|\b(?:a\s+while|years?|weeks?|months?|days?|way)\s+back\b"
    # the spine as a landmark of another place: "between my shoulder blades on both sides of the
    # spine" is the interscapular area, not the whole back
    rf"|\b(?:on\s+)?(?:both|either|each|one)\s+sides?\s+of\s+{_POSSESSIVE}\s+(?:spine|backbone)\b"
    rf"|\b(?:right\s+)?(?:beside|next\s+to)\s+{_POSSESSIVE}\s+(?:spine|backbone)\b"
    r"|\ba\s+(?:ambos|los\s+dos)\s+lados\s+de\s+la\s+columna\b|\bjunto\s+a\s+la\s+columna\b"
    # the same in Spanish: "levantar el brazo hacia el lado", "con la cabeza ladeada"
    r"|\b(?:levantar|levanto|levanta|subir|subo|mover|muevo|girar|giro|gira|doblar|doblo|"
    r"estirar|estiro|cruzar|cruzo|inclinar|inclino|agachar|separar|separo|abrir|abro)\s+(?:el|la|los|las|mi|mis)?\s*"
    r"(?:brazo|brazos|pierna|piernas|cabeza|cuello|rodilla|rodillas|hombro|hombros|mano|manos|"
    r"pie|pies|espalda|tronco|cuerpo)(?:\s+hacia\s+(?:el\s+|la\s+|un\s+)?(?:lado|arriba|atras|"
    r"delante|adelante|abajo))?\b"
    r"|\bcon\s+(?:la|el|los|las|mi|mis)\s+(?:cabeza|cuello|brazos?|manos?|hombros?)\s+"
    r"(?:(?:ladead|inclinad|girad|levantad|agachad|encogid|echad)[oa]s?"
    r"|(?:hacia|para)\s+(?:delante|adelante|atras|abajo|arriba))\b"
    # "frente al ordenador" is in front of the computer, not the forehead
    r"|\b(?:en\s+)?frente\s+(?:a|al|de)\b(?!\s+(?:la|mi)\s+cabeza)"
    # a place found fine is not where it hurts: "la columna está bien", "my spine was normal"
    r"|\b(?:la|el|los|las|mi|mis)\s+[a-z]+\s+(?:esta|estan|estaba|estaban)\s+(?:bien|"
    r"normal|normales|sanos?|sanas?|perfect[oa]s?)\b"
    r"|\b(?:my|the)\s+[a-z]+\s+(?:is|was|are|were|looks?|looked)\s+(?:fine|ok|okay|normal|"
    r"clear|healthy|perfect)\b"
    r"|\b(?:mirar|girarme|girarse|girar)\s+(?:hacia|a)\s+(?:un|el|los)\s+lados?\b"
)
# Pain that travels is not an activity: "runs down my arm" is not running, "goes up" not climbing.
SPREADING = re.compile(
    r"\b(?:runs?|running|ran|shoots?|shooting|goes|going|travels?|travell?ing|radiates?|"
    r"radiating|spreads?|spreading|moves?|moving|extends?|extending|corre|baja|sube)\s+"
    r"(?:all\s+the\s+way\s+|straight\s+|directly\s+|right\s+)*(?:down|up|into|along|through|to|from|across|"
    r"toward|towards|over|around|por|hacia|hasta)\b"
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


def all_words(text: str, keep_circumstances: bool = True) -> list[str]:
    """Every word of ``text``, side and small words included, with clause breaks."""
    norm = ADVERB_RIGHT.sub(" ", EXERCISES.sub(r"\1ups", normalise(text)))
    for pattern, replacement in REWRITES:
        norm = pattern.sub(replacement, norm)
    # pain that travels is not a place: "que baja por la pierna" is not "la parte baja de la pierna"
    norm = SPREADING.sub(" ", norm)
    if not keep_circumstances:
        norm = CIRCUMSTANCE.sub(" | ", norm)
    out: list[str] = []
    for token in re.findall(r"[a-z0-9']+|[.,;:!?()/|]", norm):
        token = BREAK if token in ".,;:!?()/|" else token
        if token != BREAK or not out or out[-1] != BREAK:  # one break between clauses
            out.append(token)
    return out


def context_words(text: str) -> list[str]:
    """The words that can reveal context: pain that travels ("runs down my arm") is removed so
    it is not read as running."""
    return [w for w in all_words(text) if w != BREAK]


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


def sides_said(all_w: list[str]) -> set[str]:
    return {s for w in all_w if (s := side_of(w))}
