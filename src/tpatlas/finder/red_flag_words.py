"""Red flags heard in a description, in English or Spanish, before anything else is read.

A *concept* is a list of phrases ("chest pain", "pain ~ chest", "sweat*"); a *flag* fires when
each of its ``all`` slots is heard, a slot being satisfied by any one of its concepts, or each
slot of one of its ``or`` alternatives (an aching left arm with sweating is a heart attack's
warning too; with exertion alone it is angina's, for today). Phrases
match whole words of the text with accents removed; ``*`` ends a word with any suffix and ``~``
lets up to four other words come between. A phrase heard right after a negation ("no fever",
"sin fiebre", "I don't have chest pain") in the same clause does not count.

Ages matter for one flag (giant cell arteritis after fifty): ``stated_age`` reads "I'm 67",
"aged 72", "in my sixties", "tengo 70 años".

>>> [f.id for f in hear("chest pain when I climb stairs and I get sweaty")]
['cardiac']
>>> hear("chest pain but no sweating, not short of breath, no exertion")
[]
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import cache

from tpatlas.finder.data import load

URGENCY_ORDER = {"emergency": 0, "today": 1, "soon": 2}
NEGATION_WINDOW = 4  # words between a negation and what it negates ("no fever or chills")
# Words that end a clause for negation: "no fever but my neck is stiff" keeps "stiff neck".
# So does "and" / "y" starting a new clause: "no fever and I have chest pain", "sin fiebre y me
# duele el pecho" (but "no fever and chills", "sin fiebre ni escalofríos" stay one list).
CLAUSE_BREAK = re.compile(
    r"[.;:!?\n]|,\s*(?:but|and|pero|y)\b|\b(?:but|pero|although|aunque)\b"
    r"|\b(?:and|y|e)\s+(?=(?:i|i'm|im|i've|ive|i'd|my|it|it's|its|there|now|then|he|she|his|her|"
    r"they|we|also|me|le|les|tengo|tiene|tienen|ahora|luego|mi|mis|su|sus|despues|encima|ademas)\b)"
)
# Words in the same clause that take a sign back: an injury or an operation long past is history
# ("I had a car accident last year, it's fine now", "me caí hace años"); weight lost on purpose is
# a diet ("lost 5 kg on purpose", "a propósito haciendo dieta"); someone else's cancer is family
# history ("mi tío tuvo cáncer"); a fever that has gone is over ("fever's gone").
_LONG_AGO = (
    r"\b(?:years|yrs|decades)\s+ago\b|\b(?:last|a)\s+year\b|\bas\s+a\s+(?:child|kid|teenager)\b"
    r"|\bin\s+(?:19|20)\d\d\b|\bhace\s+(?:muchos\s+|unos\s+|varios\s+|\d+\s+|un\s+par\s+de\s+|(?:dos|tres|"
    r"cuatro|cinco|seis|siete|ocho|nueve|diez|quince|veinte)\s+)?anos\b"
    r"|\bhace\s+(?:dos|tres|cuatro|varias|unas)\s+temporadas\b|\bsoldo\s+bien\b|\bhealed\s+(?:fine|well)\b"
    r"|\bel\s+ano\s+pasado\b|\bde\s+(?:nino|nina|joven|pequen[oa])\b"
)
_ON_PURPOSE = (
    r"\bon\s+purpose\b|\bintentional(?:ly)?\b|\bdeliberately\b|\bdiet(?:ing)?\b|\bslimming\b"
    r"|\ba\s+proposito\b|\bdieta\b|\bqueria\s+(?:adelgazar|bajar)\b|\bregimen\b"
    # weight lost to training: "he bajado de peso porque he empezado a correr", "since I started
    # going to the gym"
    r"|\b(?:started|start|began|been)\s+(?:running|training|going\s+to\s+the\s+gym|exercising)\b"
    r"|\b(?:empezado|empece|comence|comenzado)\s+a\s+(?:correr|entrenar|ir\s+al\s+gimnasio|hacer\s+ejercicio)\b"
    r"|\bcomo\s+mejor\b|\beating\s+(?:better|healthier|less)\b"
)
_SOMEONE_ELSE = (
    r"\b(?:my|our|his|her|mi|mis|su|sus)\s+(?:mum|mom|mother|dad|father|brother|sister|uncle|aunt|"
    r"gran\w*|wife|husband|partner|friend|son|daughter|cousin|tio|tia|madre|padre|mama|papa|"
    r"hermano|hermana|abuel[oa]|espos[oa]|marido|mujer|amig[oa]|hij[oa]|prim[oa])\b"
    r"|\b(?:grandad|granddad|grandpa|grandma|granny|nana|nan|uncle|auntie|aunt|abuelo|abuela)\b"
)
_FEVER_GONE = (
    r"\b(?:fever|temperature|temp)(?:'s|\s+has|\s+is|\s+was)?\s+(?:(?:all\s+|long\s+)?gone(?!\s+(?:up|over|"
    r"above|higher|to|through))|went\s+away|settled|broke|passed|cleared|back\s+to\s+normal)\b"
    r"|\bthat'?s\s+all\s+(?:gone|cleared)\b|\bse\s+(?:me\s+)?(?:fue|quito|paso)\s+la\s+fiebre\b"
    r"|\bfiebre\s+(?:ya\s+)?(?:se\s+(?:me\s+)?(?:fue|quito|paso)|desaparecio)\b"
    r"|\bfiebre\b[^.;]{0,60}(?:\bpero|,)\s+ya\s+se\s+me\s+(?:paso|quito|fue)\b"
    # "had flu with a high temperature two weeks ago, all better now", "la fiebre la tuve hace
    # tres semanas con la gripe y ya nada"
    r"|\ball\s+better\b|\bno\s+(?:fever|temperature)\s+since\b|\bla\s+tuve\s+hace\b"
    r"|\btuve\s+fiebre\s+hace\b|\by\s+ya\s+nada\b"
)
# "sin hacer dieta", "without dieting", "not on a diet" deny the diet: the loss is unexplained
_NOT_ON_PURPOSE = re.compile(
    r"\b(?:sin|without|not|no|never|ni|haven'?t|hasn'?t|hadn'?t|wasn'?t|isn'?t)\s+"
    r"(?:(?:on|a|any|been|hacer|ningun\w*|trying|intentar\w*|estoy|estaba|am|was)\s+)*"
    r"(?:dieta|diet\w*|regimen|purpose|proposito)\b"
    # "lost loads of weight without trying (he jokes it's his diet)"
    r"|\bwithout\s+(?:even\s+)?trying\b|\bsin\s+(?:querer|proponer\w*|buscarlo)\b"
    # "my diet hasn't changed", "same diet", "la misma dieta": nothing was done to lose it
    r"|\bdiet\s+(?:hasn'?t|has\s+not|didn'?t|did\s+not)\s+change\w*|\bsame\s+diet\b"
    r"|\bmisma\s+dieta\b|\bdieta\s+(?:normal|de\s+siempre)\b"
)
# "walking and stairs make no difference", "subiendo escaleras no siento nada en el pecho"
_NO_DIFFERENCE = (
    r"\bmakes?\s+no\s+difference\b|\bno\s+difference\b|\bdoesn'?t\s+(?:change|matter|affect)\b"
    r"|\bno\s+siento\s+nada\b|\bno\s+(?:me\s+)?(?:cambia|afecta)\b|\bme\s+da\s+igual\b"
    r"|\bsin\s+problemas?\b|\bwithout\s+(?:any\s+)?(?:problem|trouble)s?\b|\bno\s+problem\b"
)
# dizziness with a plain cause of its own: "standing up too fast after a sauna", "me mareo en el
# barco y en el coche si leo"
_PLAIN_DIZZINESS = (
    r"\b(?:stand(?:ing)?|stood|getting|got|get)\s+up\s+(?:too\s+)?(?:fast|quickly)\b|\bfine\s+in\s+seconds\b"
    r"|\bpassed\s+straight\s+away\b"
    r"|\b(?:sea|car|motion|travel)\s*sick|\ben\s+el\s+barco\b|\bsi\s+leo\b"
    r"|\bde\s+siempre\b|\bal\s+levantarme\s+(?:muy\s+)?(?:rapido|deprisa|de\s+golpe)\b"
    r"|\b(?:si|cuando)\s+me\s+levanto\s+(?:muy\s+)?(?:rapido|deprisa|de\s+golpe)\b"
    # a figure of speech: "mareado de tanto papeleo", "dizzy with excitement ... haha"
    r"|\bmaread[oa]s?\s+de\s+tant[oa]s?\b|\bdizzy\s+with\s+(?:excitement|joy|happiness)\b"
    r"|\b(?:haha\w*|jaja\w*)\b"
    # a known, diagnosed positional vertigo
    r"|\bvertigo\s+posicional\b|\bpositional\s+vertigo\b|\bvppb\b|\bbppv\b"
)
# A fever said gone may be said after a "but": "had a fever last week but it's gone now"
SENTENCE_BREAK = re.compile(r"[.;!?\n]")
SENTENCE_WIDE = frozenset({"fever", "leg_swelling", "leg_clot_signs", "weight_loss"})
# ("never had it come back" is the writer's own cancer: it stays a sign)
_FAMILY_HISTORY = re.compile(
    r"\bruns\s+in\s+(?:my|the|our)\s+family\b|\bfamily\s+history\b"
    r"|\bbut\s+i\s+never\s+have\b|\bi'?ve\s+never\s+had\s+(?:cancer|it\s+myself)\b"
    r"|\bnever\s+had\s+it\s+(?:myself|me)\b|\b(?:i'?ve|i\s+have)\s+never\s+had\s+it\b(?!\s+(?:come|came|return|back|spread))"
    r"|\bantecedentes\s+familiares\b|\bnunca\s+lo\s+he\s+tenido\s+yo\b|\byo\s+nunca\s+lo\s+he\s+tenido\b"
    r"|\bviene\s+de\s+familia\b|\byo\s+(?:nunca\s+he|no\s+he)\s+tenido\s+nada\b"
)
_ME_TOO = re.compile(
    r"\bi\s+(?:have|had)\s+it\s+too\b|\bi\s+also\s+(?:have|had)\b|\byo\s+tambien\b"
    r"|\bme\s+too\b|\byo\s+(?:lo\s+)?(?:tengo|tuve)\s+tambien\b"
)
_FIRST_PERSON_PAIN = re.compile(
    r"\bme\s+duel[ea]n?\b|\bmy\s+(?:own\s+)?(?:lower\s+|upper\s+|mid\s+|low\s+)?back\b"
    r"|\bi(?:\s+have|\s+get|\s+got|'?ve\s+got|'?ve\s+had)\s+(?:a\s+|some\s+)?(?:\w+\s+){0,2}"
    r"(?:back|pain|ache)"
    r"|\byo\s+no\b|\bnot\s+me\b|\blo\s+mio\b|\byo\s+tengo\b|\bmi\s+dolor\b|\bmy\s+(?:own\s+)?pain\b"
    r"|\bmine\s+is\b"
)
# "nada hinchado", "nada dormido", "cero fiebre": a sign said not to be there (not "nada me
# alivia", whose "nada" negates nothing after it)
_NONE_BEFORE = re.compile(
    r"\b(?:nada|cero)\s(?=(?:hinchad|dormid|inflamad|roj|calient|entumec|adormec|fiebre|calentura)"
    r"\w*)"
)
# a sign denied after it is named, the Spanish way: "fiebre no tengo", "fiebre no, solo ...",
# "hinchazón no hay" (not "dolor de pecho, no puedo respirar")
_DENIED_AFTER = re.compile(
    r"\s*,?\s*no(?:\s+(?:tengo|tiene|tuve|hay|he\s+tenido|ha\s+habido))?\s*(?:[,.;!?]|$|eh\b|"
    r"solo\b|pero\b|nada\b|ni\b|tampoco\b)"
)
# Gym words that name the chest muscles trained, not a pain in the chest: "heavy chest day
# yesterday (bench and flys)", "agujetas del pecho". Rewritten before matching, so a chest pain
# said elsewhere in the text is still heard.
_GYM_CHEST = re.compile(
    r"\bchest\s+(?=day\b|workout\b|session\b)|\b(?<=dia de )pecho\b|\b(?<=entreno de )pecho\b"
    r"|\b(?<=agujetas del )pecho\b|\b(?<=agujetas en el )pecho\b|\b(?<=agujetas de )pecho\b"
)
# a knock long past that no longer hurts: "me di un golpe en los huevos hace una semana, no duele"
_NO_LONGER_HURTS = (
    r"\bno\s+(?:me\s+)?duele\b|\bya\s+ni\s+me\s+acuerdo\b"
    r"|\b(?:doesn'?t|does\s+not|don'?t|didn'?t)\s+hurt\b"
)
# ankles that swell by the evening and are back to normal by morning: a day on one's feet
_DAY_SWELLING = (
    r"\bby\s+(?:the\s+)?(?:evening|end\s+of\s+the\s+day|closing\s+time|bedtime)\b"
    r"|\b(?:goes|go|went|going)\s+down\s+overnight\b|\bback\s+to\s+normal\b"
    # both ankles, gone after a walk: swelling from sitting still, not a clot in one leg
    r"|\bon\s+both\s+sides\b|\bboth\s+ankles\b|\b(?:gone|went\s+down)\s+after\b"
    r"|\b(?:los\s+dos|ambos)\s+tobillos\b|\blas\s+dos\s+por\s+igual\b|\b(?:las\s+dos|ambas)\s+piernas\b"
    r"|\bamanezco\s+con\s+los\s+tobillos\s+normales\b|\ben\s+la\s+manana\s+(?:estan|amanezco)\b"
    r"|\bal\s+final\s+del\s+dia\b|\bse\s+(?:me\s+)?(?:bajan?|deshinchan?)\s+(?:por|en|durante)\s+la\s+noche\b"
)
# pain on turning over in bed is movement, not pain at rest; "I wee all the time" is no pain
_ON_TURNING = r"\bturn(?:ing|s)?\s+over\b|\b(?:darme|me\s+doy)\s+la\s+vuelta\b|\bal\s+girarme\b"
_NOT_PAIN_ALL_THE_TIME = r"\b(?:wee|pee|urinate|toilet|loo|hungry|tired|thirsty)\w*\b"
# "the testicles are fine", "los testículos bien"
_TESTICLES_FINE = (
    r"\b(?:testicul\w*|testicles?|testes|balls)\s+(?:are\s+|estan\s+)?"
    r"(?:bien|fine|ok|okay|normal\w*)\b|\btesticul\w*\s+(?:los|las)\s+tiene\s+normal\w*\b"
)
# the chin put on the chest is how a stiff neck is tested, not a pain in the chest
# the chest muscles sore from a workout done before: "chest feels tight from yesterday's 100
# push-ups", "me duele el pecho de las flexiones de ayer"
_FROM_WORKOUT = (
    r"\bfrom\s+(?:yesterday'?s|last\s+night'?s|the|my|all\s+(?:the|those))\s+(?:\d+\s+)?"
    r"(?:push[\s-]?ups|press[\s-]?ups|bench(?:\s+press)?|workout|flys|chest\s+workout)\b"
    r"|\bde\s+(?:las|tantas)\s+flexiones\b"
)
_CHIN_ON_CHEST = (
    r"\bchin\s+(?:on|to|onto|down\s+to|against)\s+(?:my|his|her|the|your)\s+chest\b"
    r"|\bbarbilla\s+(?:al|en\s+el|contra\s+el)\s+pecho\b|\bpecho\s+con\s+la\s+barbilla\b"
)
SILENCED_BY = {
    "injury": re.compile(_LONG_AGO),
    "head_first": re.compile(_LONG_AGO),
    "recent_travel_surgery": re.compile(_LONG_AGO),
    "weight_loss": re.compile(_ON_PURPOSE),
    "cancer_history": re.compile(_SOMEONE_ELSE),
    "fever": re.compile(_FEVER_GONE),
    "exertion": re.compile(_NO_DIFFERENCE),
    "dizziness": re.compile(_PLAIN_DIZZINESS),
    "testicle": re.compile(f"{_NO_LONGER_HURTS}|{_TESTICLES_FINE}"),
    "leg_swelling": re.compile(_DAY_SWELLING),
    "night_pain": re.compile(_ON_TURNING),
    "unrelenting": re.compile(_NOT_PAIN_ALL_THE_TIME),
    "chest_pain": re.compile(f"{_CHIN_ON_CHEST}|{_FROM_WORKOUT}"),
    "leg_clot_signs": re.compile(_DAY_SWELLING),
}


@dataclass(frozen=True)
class HeardFlag:
    """A red flag raised by the words of a description; ``heard`` quotes what raised it."""

    id: str
    urgency: str  # emergency | today | soon
    message: str
    message_es: str
    heard: tuple[str, ...]
    covers: tuple[str, ...] = ()  # safety questions this flag already answers


def normalise(text: str) -> str:
    """Lower case, accents removed, one kind of apostrophe: what every phrase is matched on."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'").replace("`", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def _phrase_pattern(phrase: str, gap: str) -> str:
    parts = []
    for chunk in normalise(phrase).split("~"):
        words = chunk.split()
        parts.append(
            r"\s+".join(
                re.escape(w[:-1]) + r"[\w']*" if w.endswith("*") else re.escape(w) for w in words
            )
        )
    return r"(?<![\w'])" + gap.join(parts) + r"(?![\w'])"


def _cues(key: str) -> list[str]:
    data = load("red_flag_words")[key]
    cues = {normalise(c) for lang in ("en", "es") for c in data[lang]}
    return sorted(cues, key=len, reverse=True)


@dataclass(frozen=True)
class _Concept:
    pattern: re.Pattern[str]
    # Per phrase, the whole words and the word beginnings ("sweat*") it needs: a concept none
    # of whose phrases can occur in the text is not scanned at all, so the cost of a long text
    # of unrelated words stays small.
    needs: tuple[tuple[frozenset[str], tuple[str, ...]], ...]

    def possible(self, words: frozenset[str]) -> bool:
        """``words`` holds every word of the text and every beginning of each word."""
        return any(
            whole <= words and all(b in words for b in begins) for whole, begins in self.needs
        )


def _needs(phrase: str) -> tuple[frozenset[str], tuple[str, ...]]:
    parts = normalise(phrase).replace("~", " ").split()
    whole = frozenset(w for w in parts if not w.endswith("*"))
    return whole, tuple(w[:-1] for w in parts if w.endswith("*"))


@cache
def _concepts() -> dict[str, _Concept]:
    # A "~" gap never holds a negation: "my calf is not swollen" does not say "calf ~ swollen".
    single = "|".join(re.escape(c) for c in _cues("negations") if " " not in c)
    gap = rf"(?:[\s,]+(?!(?:{single})(?![\w']))[\w']+){{0,4}}?[\s,]+"
    out = {}
    for name, langs in load("red_flag_words")["concepts"].items():
        phrases = sorted({p for lang in ("en", "es") for p in langs.get(lang, [])}, key=len)
        pattern = re.compile("|".join(_phrase_pattern(p, gap) for p in reversed(phrases)))
        out[name] = _Concept(pattern, tuple(_needs(p) for p in phrases))
    return out


@cache
def _negations() -> re.Pattern[str]:
    alternatives = "|".join(re.escape(c) for c in _cues("negations"))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])")


@cache
def _not_negations() -> re.Pattern[str]:
    """Phrases that contain a negation word but negate nothing after them ("without trying")."""
    alternatives = "|".join(re.escape(c) for c in _cues("negation_exceptions"))
    return re.compile(rf"(?<![\w'])(?:{alternatives})(?![\w'])")


def negated(text: str, start: int) -> bool:
    """True when a negation cue stands within a few words before ``start`` in the same clause."""
    lo = max(0, start - 80)
    # the break may need the words after it to be seen ("y me duele"): look a little past start
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(text, lo, start + 20) if m.end() <= start),
              default=lo)  # fmt: skip
    clause = _not_negations().sub(" ", text[cut:start])
    words = clause.split()[-NEGATION_WINDOW - 1 :]
    return bool(_negations().search(" ".join(words)))


def heard_concepts(text: str) -> dict[str, str]:
    """Each concept heard (not negated) in ``text`` -> the words that said it."""
    norm = _GYM_CHEST.sub(lambda m: "pecs" + " " * (len(m.group()) - 4), normalise(text))
    norm = _NONE_BEFORE.sub("no   ", norm)  # same length: the words heard are quoted from it
    norm = norm.replace(" + ", " y ")  # "jaw + left arm ache"
    said = re.findall(r"[\w']+", norm)
    # Every word and each of its beginnings, so "sweat*" is a set lookup, not a scan.
    words = frozenset(w[:n] for w in said for n in range(1, len(w) + 1))
    found: dict[str, str] = {}
    for name, concept in _concepts().items():
        if not concept.possible(words):
            continue
        for m in concept.pattern.finditer(norm):
            if name in SILENCED_BY and _taken_back(name, norm, m.start(), m.end()):
                continue
            if not negated(norm, m.start()) and not _DENIED_AFTER.match(norm, m.end()):
                found[name] = text_span(text, norm, m.start(), m.end())
                break
    return found


def _taken_back(concept: str, norm: str, start: int, end: int) -> bool:
    """True when the clause around ``norm[start:end]`` takes the sign back (SILENCED_BY)."""
    breaks = SENTENCE_BREAK if concept in SENTENCE_WIDE else CLAUSE_BREAK
    before = breaks.split(norm[max(0, start - 80) : start])[-1]
    after = breaks.split(norm[end : end + 80])[0]
    clause = f"{before} {norm[start:end]} {after}"
    if concept == "weight_loss" and _NOT_ON_PURPOSE.search(clause):
        return False  # a diet named only to deny it, or the loss came "without trying"
    # cancer that runs in the family, never had by the writer, is family history (said anywhere
    # in the sentence: "my mum had cancer years ago but I never have")
    sentence = (
        f"{SENTENCE_BREAK.split(norm[max(0, start - 120) : start])[-1]} {norm[start:end]} "
        f"{SENTENCE_BREAK.split(norm[end : end + 120])[0]}"
    )
    if concept == "cancer_history" and _FAMILY_HISTORY.search(sentence):
        return True
    # ... unless the writer has had it too: "my mum had cancer, I have it too"
    if concept == "cancer_history" and _ME_TOO.search(clause):
        return False
    # someone else's cancer is family history only when the pain is the writer's own: "a mi mamá
    # la operaron de un cáncer y ahora le duele la espalda" is written for the mother
    if concept == "cancer_history" and not _FIRST_PERSON_PAIN.search(norm):
        return False
    # dizziness with a plain cause is still a warning sign when double vision, trouble walking or
    # fainting comes with it ("mareos de siempre y ahora veo doble")
    if concept == "dizziness" and _concepts()["dizzy_with"].pattern.search(norm):
        return False
    return bool(SILENCED_BY[concept].search(clause))


def text_span(original: str, norm: str, start: int, end: int) -> str:
    """The original words for a span of the normalised text (same length unless accents)."""
    if len(original) == len(norm):
        return original[start:end]
    return norm[start:end]


AGE_PATTERNS = (
    r"\b(?:i'?m|i am|im|aged?|age of|edad de)\s+(\d{2})\b",
    r"\b(\d{2})[\s-]*(?:years?|yrs?|yo|y/o)(?:[\s-]*old)?\b",
    r"\b(\d{2})\s*anos\b",
    r"\b(?:over|past|after|mas de)\s+(\d{2})\b",
)
DECADES = {"fifties": 50, "sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90,
           "cincuenta": 50, "sesenta": 60, "setenta": 70, "ochenta": 80, "noventa": 90}  # fmt: skip


def stated_age(text: str) -> int | None:
    """The age a person states about themselves, if any ("I'm 67", "in my sixties")."""
    norm = normalise(text)
    for pattern in AGE_PATTERNS:
        m = re.search(pattern, norm)
        if m and 10 <= int(m.group(1)) <= 110:
            return int(m.group(1))
    m = re.search(r"\bin (?:my|her|his) (\d)0'?s\b", norm)
    if m:
        return int(m.group(1)) * 10
    m = re.search(r"\b(?:in my|en los|tengo)\s+(\w+)\b", norm)
    if m and m.group(1) in DECADES:
        return DECADES[m.group(1)]
    return None


def _distinct(slots: list[list[str]]) -> list[list[str]] | None:
    """The slots reordered so each starts with its own concept, or None when some slot is empty
    or two slots could only be filled by the same words: "my scalp is tender" is one sign of
    giant cell arteritis, not two."""
    for combo in itertools.product(*slots):
        if len(set(combo)) == len(combo):
            return [[c, *(x for x in slot if x != c)] for c, slot in zip(combo, slots, strict=True)]
    return None


def hear(text: str) -> list[HeardFlag]:
    """The red flags a description raises, most urgent first."""
    data = load("red_flag_words")
    concepts = heard_concepts(text)
    age = stated_age(text)
    out = []
    for fid, rule in data["flags"].items():
        alternatives = (rule["all"], *rule.get("or", ()))
        heard_slots = ([[c for c in slot if c in concepts] for slot in a] for a in alternatives)
        slots = next((found for s in heard_slots if (found := _distinct(s))), None)
        if not slots:
            continue
        if "min_age" in rule and age is not None and age < rule["min_age"]:
            continue
        heard = tuple(dict.fromkeys(concepts[slot[0]] for slot in slots))
        out.append(
            HeardFlag(
                fid,
                rule["urgency"],
                " ".join(rule["message"].split()),
                " ".join(rule["message_es"].split()),
                heard,
                tuple(rule.get("covers", ())),
            )
        )
    # A general warning stays silent when a more precise one it names (`unless`) was raised.
    raised = {f.id for f in out}
    out = [f for f in out if not raised & set(data["flags"][f.id].get("unless", ()))]
    return sorted(out, key=lambda f: URGENCY_ORDER[f.urgency])
