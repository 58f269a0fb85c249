"""Red flags heard in a description, in English or Spanish, before anything else is read.

A *concept* is a list of phrases ("chest pain", "pain ~ chest", "sweat*"); a *flag* fires when
each of its ``all`` slots is heard, a slot being satisfied by any one of its concepts, or each
slot of one of its ``or`` alternatives (an aching left arm with sweating is a heart attack's
warning too; with exertion alone it is angina's, for today). Phrases
match whole words of the text with accents removed; ``*`` ends a word with any suffix and ``~``
lets up to four other words of the same sentence come between, or eight when none of them joins
two clauses (finder/phrase_patterns.py, which also pairs the parts of a concept's phrases every
way). A phrase heard right after a negation ("no fever",
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
from dataclasses import dataclass
from functools import cache

from tpatlas.finder.ages import stated_age
from tpatlas.finder.data import load
from tpatlas.finder.limb_causes import DAY_SWELLING
from tpatlas.finder.look_alikes import (
    ANKLE_BONE,
    BETWEEN_LEGS,
    COLD_NOT_LIMB,
    FURNITURE_LEG,
    GP_SURGERY,
    GYM_CHEST,
    HEART_IN_GENERAL,
    HEAVY_THING,
    OLD_INJURY,
    THING_SLIPPED,
    WORKPLACE_ILLNESS,
    blank_swelling_elsewhere,
)
from tpatlas.finder.phrase_patterns import (
    KEEP_ORDER,
    gap_pattern,
    normalise,
    paired,
    phrase_pattern,
    reversed_phrase,
    sides,
)
from tpatlas.finder.shorthand import spelt_out
from tpatlas.finder.someone_else import THIRD_PERSON, as_mine
from tpatlas.finder.taken_back import (
    DENIED_AFTER,
    FAMILY_HISTORY,
    FIRST_PERSON_PAIN,
    ME_TOO,
    NONE_BEFORE,
    NOT_ON_PURPOSE,
    ORTHOSTATIC,
    PRESSED_SPOT,
    SENTENCE_BREAK,
    SENTENCE_WIDE,
    SILENCED_BY,
)
from tpatlas.finder.told_anywhere import (
    CAUSE_TOLD_APART,
    HANGOVER,
    LEG_SIGNS,
    TOLD_AFTER,
    TOLD_ANYWHERE,
    cause_told_elsewhere,
)

URGENCY_ORDER = {"emergency": 0, "today": 1, "soon": 2}
# the concepts that a cause said with them, or elsewhere, can take back
TAKEN_BACK_BY = frozenset({*SILENCED_BY, *CAUSE_TOLD_APART, *TOLD_ANYWHERE, *TOLD_AFTER})
DAY_SWELLING_SAID = re.compile(DAY_SWELLING)
NUMBER_BEFORE_UNIT = re.compile(r"\d+(?=(?:kg|kgs|kilos?|lbs?)\b)")
NEGATION_WINDOW = 4  # words between a negation and what it negates ("no fever or chills")
# Words that end a clause for negation: "no fever but my neck is stiff" keeps "stiff neck".
# So does "and" / "y" starting a new clause: "no fever and I have chest pain", "sin fiebre y me
# duele el pecho" (but "no fever and chills", "sin fiebre ni escalofríos" stay one list).
CLAUSE_BREAK = re.compile(
    r"[;:!?\n]|\.(?!\d)|,\s*(?:but|and|pero|y)\b|\b(?:but|pero|although|aunque)\b"
    r"|\b(?:and|y|e)\s+(?=(?:i|i'm|im|i've|ive|i'd|my|it|it's|its|there|now|then|he|she|his|her|"
    r"they|we|also|me|le|les|tengo|tiene|tienen|ahora|luego|mi|mis|su|sus|despues|encima|ademas|"
    r"reports|refiere|presenta|complains|c/o|la|el|the|hoy|today|ayer|yesterday|anoche|tonight|de)\b)"
    # ... as does a comma before a new subject: in "ya no se queda quieto, se me corre a la
    # mandíbula" the "no" is the stillness's, not the spreading's
    r"|,\s*(?=(?:i|i'm|im|i've|my|it's|she|he|she's|he's|they|we|me|se\s+me|se\s+le|mi|mis|"
    r"tengo)(?![\w']))"
    # ... and so does the other thing it was: "it wasn't like a heart attack, more like ripping"
    r"|,\s*(?=(?:more\s+like|rather|mas\s+bien|sino|que\s+(?:me|le|se))(?![\w']))"
)
# A clinician's denial covers the whole list that follows it, however long, up to the end of the
# clause: "Niega anestesia en silla de montar, retención urinaria o incontinencia".
LIST_DENIAL = re.compile(r"(?<![\w'])(?:denies|niega|niegan|negative for|no refiere)(?![\w'])")


@dataclass(frozen=True)
class HeardFlag:
    """A red flag raised by the words of a description; ``heard`` quotes what raised it."""

    id: str
    urgency: str  # emergency | today | soon
    message: str
    message_es: str
    heard: tuple[str, ...]
    covers: tuple[str, ...] = ()  # safety questions this flag already answers


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
    parts = as_mine(normalise(phrase)).replace("~", " ").split()
    whole = frozenset(w for w in parts if not w.endswith("*") and w not in THIRD_PERSON)
    return whole, tuple(w[:-1] for w in parts if w.endswith("*"))


@cache
def _concepts() -> dict[str, _Concept]:
    # A "~" gap never holds a negation: "my calf is not swollen" does not say "calf ~ swollen".
    # ("nada" too: "flema transparente, nada de sangre" is no blood in the phlegm)
    gap = gap_pattern([*_cues("negations"), "nada"])
    out = {}
    for name, langs in load("red_flag_words")["concepts"].items():
        phrases = sorted({p for lang in ("en", "es") for p in langs.get(lang, [])}, key=len)
        turned = name not in KEEP_ORDER
        both = [*phrases, *(reversed_phrase(p) for p in phrases if turned and p.count("~") == 1)]
        alternatives = [phrase_pattern(p, gap) for p in reversed(both)]
        needs = [_needs(p) for p in phrases]
        # a pairing is said either way round: not for the concepts kept in order
        pairings = [pair for lang in langs.values() for pair in sides(lang)] if turned else []
        for one, other in pairings:
            alternatives += paired(one, other, gap)
            needs += [_needs(f"{a} ~ {b}") for a in one for b in other]
        out[name] = _Concept(re.compile("|".join(alternatives)), tuple(needs))
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
    """True when a negation cue stands within a few words before ``start`` in the same clause,
    or a cue of several words ends with the first word at ``start``: "hasn't lost" denies the
    weight loss that "lost ~ weight" reads from "lost" on, "haven't run" the temperature. A sign
    that opens with a negation word ("ya no controlo", "no siento las piernas") is no denial."""
    lo = max(0, start - 80)
    # the break may need the words after it to be seen ("y me duele"): look a little past start
    cut = max((m.end() for m in CLAUSE_BREAK.finditer(text, lo, start + 20) if m.end() <= start),
              default=lo)  # fmt: skip
    clause = _not_negations().sub(" ", text[cut:start])
    if LIST_DENIAL.search(clause):
        return True
    before = " ".join(clause.split()[-NEGATION_WINDOW - 1 :])
    if _negations().search(before):
        return True
    first = re.match(r"[\w']+", text[start:])
    # a sign that opens with a negation word ("no controlo", after "ya") is no cue's last word
    if not before or first is None or _negations().fullmatch(first.group()):
        return False
    joined = f"{before} {first.group()}"
    return any(m.start() < len(before) < m.end() for m in _negations().finditer(joined))


def heard_concepts(text: str) -> dict[str, str]:
    """Each concept heard (not negated) in ``text`` -> the words that said it."""
    norm = GYM_CHEST.sub(lambda m: "pecs" + " " * (len(m.group()) - 4), spelt_out(normalise(text)))
    for blank in (
        *(GP_SURGERY, COLD_NOT_LIMB, OLD_INJURY, HEAVY_THING, ANKLE_BONE),
        *(WORKPLACE_ILLNESS, THING_SLIPPED, HEART_IN_GENERAL, FURNITURE_LEG),
    ):
        norm = blank.sub(lambda m: " " * len(m.group()), norm)
    norm = blank_swelling_elsewhere(norm)
    norm = NONE_BEFORE.sub("no   ", norm)  # same length: the words heard are quoted from it
    norm = BETWEEN_LEGS.sub(r"\1    ", norm)
    norm = norm.replace(" + ", " y ")  # "jaw + left arm ache"
    # "dropped 7kg": the number blanked (same length) so the unit is a word ("dropped ~ kg")
    norm = NUMBER_BEFORE_UNIT.sub(lambda m: " " * len(m.group()), norm)
    mine = as_mine(norm)
    said = re.findall(r"[\w']+", mine)
    # Every word and each of its beginnings, so "sweat*" is a set lookup, not a scan.
    words = frozenset(w[:n] for w in said for n in range(1, len(w) + 1))
    found: dict[str, str] = {}
    for name, concept in _concepts().items():
        if not concept.possible(words):
            continue
        if (m := _first_heard(name, concept.pattern, mine, norm)) is not None:
            found[name] = text_span(text, norm, m.start(), m.end())
    return found


def _first_heard(
    name: str, pattern: re.Pattern[str], norm: str, original: str = ""
) -> re.Match[str] | None:
    """The first match of a concept that is neither denied nor taken back. A match that is, is
    tried again one character on, not after its end: "pain ~ chest" in "denies night pain, and
    reports chest pain" first matches from the denied "pain" and would hide the chest pain said
    in a new clause. A shorter match inside a denied one, in the same clause, shares its denial
    ("no tengo hormigueo ni nada raro en la zona de la silla de montar")."""
    m = pattern.search(norm)
    failed: tuple[int, int] | None = None
    while m:
        inside = bool(
            failed and m.start() < failed[1] and not CLAUSE_BREAK.search(norm, failed[0], m.start())
        )
        # whose sign it is is read from the words as written ("Mum had cancer")
        taken = name in TAKEN_BACK_BY and _taken_back(name, original or norm, m.start(), m.end())
        if not (inside or taken or negated(norm, m.start()) or DENIED_AFTER.match(norm, m.end())):
            return m
        failed = failed if inside else (m.start(), m.end())
        m = pattern.search(norm, m.start() + 1)
    return None


def _sentence(norm: str, start: int, end: int) -> str:
    """The sentence around ``norm[start:end]`` (at most 120 characters each side)."""
    before = SENTENCE_BREAK.split(norm[max(0, start - 120) : start])[-1]
    return f"{before} {norm[start:end]} {SENTENCE_BREAK.split(norm[end : end + 120])[0]}"


def _taken_back(concept: str, norm: str, start: int, end: int) -> bool:
    """True when the clause around ``norm[start:end]`` takes the sign back (SILENCED_BY)."""
    breaks = SENTENCE_BREAK if concept in SENTENCE_WIDE else CLAUSE_BREAK
    before = breaks.split(norm[max(0, start - 80) : start])[-1]
    after = breaks.split(norm[end : end + 80])[0]
    clause = f"{before} {norm[start:end]} {after}"
    sentence = _sentence(norm, start, end)
    if concept == "weight_loss" and NOT_ON_PURPOSE.search(clause):
        return False  # a diet named only to deny it, or the loss came "without trying"
    # cancer that runs in the family, never had by the writer, is family history (said anywhere
    # in the sentence: "my mum had cancer years ago but I never have")
    if concept == "cancer_history" and FAMILY_HISTORY.search(sentence):
        return True
    # ... unless the writer has had it too: "my mum had cancer, I have it too"
    if concept == "cancer_history" and ME_TOO.search(sentence):
        return False
    # someone else's cancer is family history only when the pain is the writer's own: "a mi mamá
    # la operaron de un cáncer y ahora le duele la espalda" is written for the mother
    if concept == "cancer_history" and not FIRST_PERSON_PAIN.search(norm):
        return False
    # "me duele el pecho, pero sólo cuando aprieto el músculo": said anywhere in the sentence
    if concept == "chest_pain" and PRESSED_SPOT.search(sentence):
        return True
    # dizziness with a plain cause is still a warning sign when double vision, trouble walking or
    # fainting comes with it ("mareos de siempre y ahora veo doble")
    if concept == "dizziness" and _concepts()["dizzy_with"].pattern.search(as_mine(norm)):
        return False
    if concept == "dizziness" and (ORTHOSTATIC.search(sentence) or HANGOVER.search(norm)):
        return True
    if cause_told_elsewhere(concept, norm, sentence, start, _clot_risk):
        return True
    # after a long journey or an operation, a bite, a bruise, a massage or a run said with the
    # leg does not explain it either; only swelling of both feet, by the day, does
    if concept in LEG_SIGNS and _clot_risk(norm):
        return bool(DAY_SWELLING_SAID.search(clause))
    return concept in SILENCED_BY and bool(SILENCED_BY[concept].search(clause))


def _clot_risk(norm: str) -> bool:
    """True when a long journey, an operation or time in bed is told (and not denied)."""
    risk = _concepts()["recent_travel_surgery"]
    return _first_heard("recent_travel_surgery", risk.pattern, as_mine(norm), norm) is not None


def text_span(original: str, norm: str, start: int, end: int) -> str:
    """The original words for a span of the normalised text (same length unless accents)."""
    if len(original) == len(norm):
        return original[start:end]
    return norm[start:end]


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
