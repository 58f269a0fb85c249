"""Understands a description in everyday words: which places, on which side, what makes it worse.

Longest phrases win ("back of the knee" before "knee"); a direction binds to the part it
qualifies ("back of my forearm" is the forearm, never the back); circumstances ("lying on my
back", "after hours at a desk") are context, not places; misspellings are caught by fuzzy
matching; broad words ("headache") only count when nothing more precise was said about the same
region. Each place takes the side said next to it ("right shoulder and left knee"), else the one
side said anywhere, else none: then the place stands for either side.

>>> from tpatlas.bodychart import load_chart
>>> u = understand("deep ache behind my right knee when I sit", load_chart())
>>> u.side, sorted(u.zones)[0], sorted(u.aggravators)
('right', 'right-popliteal-fossa', ['sitting'])
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from rapidfuzz import fuzz, process

from tpatlas.bodychart import BodyChart
from tpatlas.finder.data import load
from tpatlas.finder.places import find_qualified
from tpatlas.finder.words import (
    BREAK,
    IGNORED,
    MILD,
    SEVERE,
    all_words,
    context_words,
    side_near,
    sides_said,
    words,
)

FUZZY_CUTOFF = 86.0
VOCABULARIES = ("vocabulary", "vocabulary_es")  # English first: it wins where keys collide


@dataclass(frozen=True)
class Term:
    phrase: str
    heard: str
    kinds: tuple[str, ...]
    broad: bool
    side: str = ""  # "left", "right", "both", or "" when no side was said for this place


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

    @property
    def places(self) -> list[tuple[str, ...]]:
        """Each place named, as the sided zone ids it stands for (one place, several zones)."""
        out: list[set[str]] = []  # kept apart even when they overlap: measured, it ranks better
        for t in self.terms:
            sides = ("left", "right") if t.side in ("both", "") else (t.side,)
            out.append({f"{s}-{k}" for s in sides for k in t.kinds})
        return [tuple(sorted(p)) for p in out]


@cache
def _phrases() -> dict[tuple[str, ...], tuple[str, tuple[str, ...], bool]]:
    table: dict[tuple[str, ...], tuple[str, tuple[str, ...], bool]] = {}
    for name in VOCABULARIES:
        vocab = load(name)
        for broad, section in ((False, "specific"), (True, "broad")):
            for phrase, kinds in vocab[section].items():
                key = tuple(w for w in words(phrase, keep_circumstances=True) if w != BREAK)
                table.setdefault(key, (phrase, tuple(kinds), broad))
    return table


@cache
def _known_words() -> frozenset[str]:
    """Every word of the vocabulary: a window made only of these is not a misspelling."""
    return frozenset(w for key in _phrases() for w in key)


@cache
def _known_list() -> list[str]:
    return sorted(_known_words())


@cache
def _close_to_known(word: str) -> bool:
    """True when ``word`` looks like a misspelling of a vocabulary word ("buttok")."""
    return process.extractOne(word, _known_list(), scorer=fuzz.ratio, score_cutoff=75) is not None


def _looks_misspelt(window: tuple[str, ...]) -> bool:
    """True when the window has an unknown word and every unknown word is close to a known one,
    so fuzzy matching is worth trying; "numbness" is simply not a place word."""
    if BREAK in window:
        return False
    unknown = [w for w in window if w not in _known_words()]
    return bool(unknown) and all(len(w) >= 3 and _close_to_known(w) for w in unknown)


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


@cache
def _longest() -> int:
    return max(len(k) for k in _phrases())


def _find_terms(tokens: list[str]) -> list[tuple[int, int, Term]]:
    """Places in ``tokens``, longest first; a vocabulary phrase beats a qualified part of the
    same length, since the vocabulary is curated."""
    qualified = {(s, e): (label, kinds) for s, e, label, kinds in find_qualified(tokens)}
    longest = max([_longest(), *(e - s for s, e in qualified)])
    used = [False] * len(tokens)
    found: list[tuple[int, int, Term]] = []
    for n in range(min(longest, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            if any(used[i : i + n]) or BREAK in tokens[i : i + n]:
                continue
            hit = _match_at(tokens, i, n) if n <= _longest() else None
            heard = " ".join(tokens[i : i + n])
            if hit:
                term = Term(hit[0], heard, hit[1], hit[2])
            elif (i, i + n) in qualified:
                label, kinds = qualified[(i, i + n)]
                term = Term(label, heard, kinds, False)
            else:
                continue
            used[i : i + n] = [True] * n
            found.append((i, i + n, term))
    return sorted(found, key=lambda f: f[0])


def _drop_broad(terms: list[Term], chart: BodyChart) -> list[Term]:
    precise = {chart.kinds[k].region for t in terms if not t.broad for k in t.kinds}
    return [
        t for t in terms if not t.broad or not {chart.kinds[k].region for k in t.kinds} & precise
    ]


def _context(said: list[str], text: str) -> tuple[set[str], str | None, set[str]]:
    ctx = load("context")
    said_set = set(said)

    def heard(entry: dict[str, list[str]]) -> bool:
        return any((w in said_set) if " " not in w else (w in text) for w in entry["said"])

    aggravators = {a for a, e in ctx["aggravators"].items() if heard(e)}
    onset = next((o for o, e in ctx["onset"].items() if heard(e)), None)
    sensations = {x for x, e in ctx["sensations"].items() if heard(e)}
    return aggravators, onset, sensations


def _sided_terms(text: str, keep_circumstances: bool) -> list[Term]:
    """Places with the side said next to each, from the words with or without circumstances."""
    every = all_words(text, keep_circumstances)
    index = [i for i, w in enumerate(every) if w not in IGNORED]
    tokens = [every[i] for i in index]
    out = []
    for start, end, term in _find_terms(tokens):
        side = side_near(every, index[start], index[end - 1] + 1) or ""
        out.append(Term(term.phrase, term.heard, term.kinds, term.broad, side))
    return out


def understand(text: str, chart: BodyChart) -> Understood:
    every = all_words(text)
    terms = _drop_broad(_sided_terms(text, keep_circumstances=False), chart)
    if not terms:  # "when I lift my knee" alone: the knee is the place after all
        terms = _drop_broad(_sided_terms(text, keep_circumstances=True), chart)
    said = sides_said(every)
    only = next(iter(said)) if len(said) == 1 else ""
    terms = [t if t.side else Term(t.phrase, t.heard, t.kinds, t.broad, only) for t in terms]
    # A place said twice is still one place: "my neck ... my neck" must not weigh double.
    terms = list({(t.kinds, t.side): t for t in reversed(terms)}.values())[::-1]
    side = "both" if "both" in said or len(said) != 1 else only
    plain = [w for w in every if w != BREAK]
    intensity = "severe" if SEVERE & set(plain) else "mild" if MILD & set(plain) else "moderate"
    out = Understood(terms=terms, side=side, side_given=bool(said), intensity=intensity)
    heard = context_words(text)
    out.aggravators, out.onset, out.sensations = _context(heard, " ".join(heard))
    for term in terms:
        sides = ("left", "right") if term.side in ("both", "") else (term.side,)
        share = 1.0 / len(term.kinds)  # each side of a place weighs as much as a one-sided place
        for zid in (f"{s}-{k}" for s in sides for k in term.kinds):
            out.zones[zid] = out.zones.get(zid, 0.0) + share
    return out
