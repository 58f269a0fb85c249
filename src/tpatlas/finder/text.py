"""Understands a description in everyday words: which zones, which side, what makes it worse.

Longest phrases win ("back of the knee" before "knee"); small words and side words are ignored
while matching, so "behind my right knee" finds "behind the knee" on the right; misspellings are
caught by fuzzy matching; broad words ("headache") only count when nothing more precise was said
about the same region.

>>> from tpatlas.bodychart import load_chart
>>> u = understand("deep ache behind my right knee when I sit", load_chart())
>>> u.side, sorted(u.zones)[0], sorted(u.aggravators)
('right', 'right-popliteal-fossa', ['sitting'])
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from tpatlas.bodychart import BodyChart
from tpatlas.finder.data import load

# Small words and side words, and words for how it feels rather than where (never part of a
# place name). "little" stays meaningful: "little finger", "little toe".
IGNORED = {
    "the", "my", "a", "an", "right", "left", "both", "bilateral", "your", "his", "her", "this",
    "that", "very", "really", "kind", "sort", "bit", "numbness", "numb", "tingling", "tingly",
    "burning", "throbbing", "shooting", "stabbing", "radiating", "spreading", "dull", "deep",
    "ache", "tingle", "tingles", "numbed", "prickling", "pins", "needles",
    "aching", "achy", "pain", "painful", "hurts", "hurt", "hurting", "sore", "soreness",
    "discomfort", "tender", "tenderness",
    # Spanish filler, side and feeling words
    "de", "del", "la", "el", "los", "las", "lo", "mi", "mis", "me", "en", "un", "una", "y", "o",
    "que", "se", "le", "al", "con", "por", "muy", "mucho", "parte", "cara", "zona", "tengo",
    "siento", "noto", "duele", "duelen", "dolor", "dolores", "molestia", "molestias", "cuando",
    "desde", "hace", "estoy", "es", "esta", "derecha", "derecho", "izquierda", "izquierdo",
    "ambos", "ambas", "hormigueo", "adormecimiento", "entumecimiento", "punzante", "ardor",
}  # fmt: skip
SEVERE = {"severe", "sharp", "terrible", "excruciating", "intense", "unbearable", "worst",
          "fuerte", "intenso", "intensa", "insoportable", "agudo"}  # fmt: skip
MILD = {"mild", "slight", "slightly", "niggle", "niggling", "twinge", "leve", "ligero", "ligera"}
RIGHT, LEFT = {"right", "derecha", "derecho"}, {"left", "izquierda", "izquierdo"}
BOTH = {"both", "bilateral", "ambos", "ambas"}
FUZZY_CUTOFF = 86.0
VOCABULARIES = ("vocabulary", "vocabulary_es")  # English first: it wins where keys collide


@dataclass(frozen=True)
class Term:
    phrase: str
    heard: str
    kinds: tuple[str, ...]
    broad: bool


@dataclass
class Understood:
    zones: dict[str, float] = field(default_factory=dict)
    terms: list[Term] = field(default_factory=list)
    side: str = "both"
    side_given: bool = False
    aggravators: set[str] = field(default_factory=set)
    onset: str | None = None
    sensations: set[str] = field(default_factory=set)
    intensity: str = "moderate"


# Rewrites applied before matching: "outer side of" says the same as "outside of", and
# "back and outer side of the knee" names two places on the knee.
REWRITES = (
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


# "when I lift my knee", "turning my head": a movement, not where it hurts. Such a phrase is
# left out of the places when the description names a place elsewhere.
MOVEMENT = re.compile(
    r"\b(?:lift|lifts|lifting|raise|raises|raising|bend|bends|bending|straighten|straightening|"
    r"turn|turns|turning|move|moves|moving|cross|crosses|crossing|rotate|rotating|tilt|tilting)"
    r"\s+(?:my|the|your|his|her)?\s*(?:knee|knees|leg|legs|arm|arms|head|neck|foot|feet|hip|"
    r"hips|elbow|wrist|shoulder|shoulders)\b"
)


def _words(text: str) -> list[str]:
    # Accents are optional ("detrás" = "detras"): compare letters without them.
    text = "".join(
        c for c in unicodedata.normalize("NFKD", text.lower()) if not unicodedata.combining(c)
    ).replace("’", "'")
    for pattern, replacement in REWRITES:
        text = pattern.sub(replacement, text)
    return re.findall(r"[a-z0-9']+", text)


def _looks_misspelt(window: tuple[str, ...]) -> bool:
    """True when the window has an unknown word and every unknown word is close to a known one
    ("buttok"), so fuzzy matching is worth trying; "numbness" is simply not a place word."""
    unknown = [w for w in window if w not in _known_words()]
    return bool(unknown) and all(
        process.extractOne(w, list(_known_words()), scorer=fuzz.ratio, score_cutoff=75)
        for w in unknown
    )


@cache
def _known_words() -> frozenset[str]:
    """Every word of the vocabulary: a window made only of these is not a misspelling."""
    return frozenset(w for key in _phrases() for w in key)


def _key(words: list[str]) -> tuple[str, ...]:
    return tuple(w for w in words if w not in IGNORED)


@cache
def _phrases() -> dict[tuple[str, ...], tuple[str, tuple[str, ...], bool]]:
    table: dict[tuple[str, ...], tuple[str, tuple[str, ...], bool]] = {}
    for name in VOCABULARIES:
        vocab = load(name)
        for broad, section in ((False, "specific"), (True, "broad")):
            for phrase, kinds in vocab[section].items():
                table.setdefault(_key(_words(phrase)), (phrase, tuple(kinds), broad))
    return table


def _singular(word: str) -> str:
    return word[:-1] if len(word) > 4 and word.endswith("s") and not word.endswith("ss") else word


def _match_at(tokens: list[str], i: int, n: int) -> tuple[str, tuple[str, ...], bool] | None:
    window = tuple(tokens[i : i + n])
    table = _phrases()
    exact = table.get(window) or table.get(tuple(_singular(w) for w in window))
    # Fuzzy matching is for misspellings: skip windows made only of correctly spelled words,
    # or "side of the knee" would turn into "inside of the knee".
    if exact or sum(len(w) for w in window) < 5 or not _looks_misspelt(window):
        return exact
    keys = _keys_of_length(n)
    hit = process.extractOne(
        " ".join(window), list(keys), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
    )
    return table[keys[hit[0]]] if hit else None


@cache
def _keys_of_length(n: int) -> dict[str, tuple[str, ...]]:
    return {" ".join(k): k for k in _phrases() if len(k) == n}


def _find_terms(tokens: list[str]) -> list[Term]:
    longest = max(len(k) for k in _phrases())
    used = [False] * len(tokens)
    terms: list[Term] = []
    for n in range(min(longest, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            if any(used[i : i + n]):
                continue
            hit = _match_at(tokens, i, n)
            if hit:
                used[i : i + n] = [True] * n
                terms.append(Term(hit[0], " ".join(tokens[i : i + n]), hit[1], hit[2]))
    return terms


def _drop_broad(terms: list[Term], chart: BodyChart) -> list[Term]:
    precise = {chart.kinds[k].region for t in terms if not t.broad for k in t.kinds}
    return [
        t for t in terms if not t.broad or not {chart.kinds[k].region for k in t.kinds} & precise
    ]


def _side(words: list[str]) -> tuple[str, bool]:
    has_left, has_right = bool(LEFT & set(words)), bool(RIGHT & set(words))
    if BOTH & set(words) or (has_left and has_right):
        return "both", True
    if has_left or has_right:
        return ("left" if has_left else "right"), True
    return "both", False


def _context(words: list[str], text: str) -> tuple[set[str], str | None, set[str]]:
    ctx = load("context")
    said = set(words)

    def heard(entry: dict[str, list[str]]) -> bool:
        return any((w in said) if " " not in w else (w in text) for w in entry["said"])

    aggravators = {a for a, e in ctx["aggravators"].items() if heard(e)}
    onset = next((o for o, e in ctx["onset"].items() if heard(e)), None)
    sensations = {x for x, e in ctx["sensations"].items() if heard(e)}
    return aggravators, onset, sensations


def understand(text: str, chart: BodyChart) -> Understood:
    words = _words(text)
    tokens = [w for w in words if w not in IGNORED]
    terms = _drop_broad(_find_terms(tokens), chart)
    still = [w for w in _words(MOVEMENT.sub(" ", text.lower())) if w not in IGNORED]
    if still != tokens:
        without_movement = _drop_broad(_find_terms(still), chart)
        if without_movement:
            terms = without_movement
    side, given = _side(words)
    intensity = "severe" if SEVERE & set(words) else "mild" if MILD & set(words) else "moderate"
    out = Understood(terms=terms, side=side, side_given=given, intensity=intensity)
    out.aggravators, out.onset, out.sensations = _context(words, " ".join(words))
    sides = ("left", "right") if side == "both" else (side,)
    for term in terms:
        share = 1.0 / len(term.kinds)
        for kind in term.kinds:
            for s in sides:
                zid = f"{s}-{kind}"
                out.zones[zid] = out.zones.get(zid, 0.0) + share
    return out
