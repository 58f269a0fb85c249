"""Understands a description in everyday words: which places, on which side, what makes it worse.

Longest phrases win ("back of the knee" before "knee"); a direction binds to the part it
qualifies ("back of my forearm" is the forearm, never the back); circumstances ("lying on my
back", "after hours at a desk") are context, not places; misspellings are caught by fuzzy
matching; broad words ("headache") only count when nothing more precise was said about the same
region (finder/broad_words.py). Each place takes the side said next to it ("right shoulder and
left knee"), else the one side said anywhere, else none: then the place stands for either side.

>>> from tpatlas.bodychart import load_chart
>>> u = understand("deep ache behind my right knee when I sit", load_chart())
>>> u.side, sorted(u.zones)[0], sorted(u.aggravators)
('right', 'right-popliteal-fossa', ['sitting'])
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field, replace

from tpatlas.bodychart import BodyChart
from tpatlas.finder.broad_words import drop_broad, drop_wholes
from tpatlas.finder.context_rewrites import feelings_apart, for_onset_and_sensations
from tpatlas.finder.data import load
from tpatlas.finder.emphasis import weight_at
from tpatlas.finder.limits import limit_phrases, limits_said
from tpatlas.finder.narrowing import narrow
from tpatlas.finder.numb import NUMB_PLACE, numb_at, numb_only
from tpatlas.finder.paired_sides import both_of_a_pair
from tpatlas.finder.path_edges import carry_edges, carry_to_joints
from tpatlas.finder.places import find_qualified, qualifier_words
from tpatlas.finder.relief import aggravating_words
from tpatlas.finder.rewrites import read_accents
from tpatlas.finder.stretches import share
from tpatlas.finder.terms import Term, carry_sides
from tpatlas.finder.vocab import (
    VOCABULARIES,
    _known_words,
    longest_phrase,
    match_at,
    respelled,
)
from tpatlas.finder.words import (
    BREAK,
    IGNORED,
    MILD,
    SEVERE,
    all_words,
    normalise,
    side_near,
    sides_said,
)

__all__ = ["VOCABULARIES", "Term", "Understood", "_known_words", "understand"]


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
    limits: tuple[str, ...] = ()  # where the pain stops: "below-knee" (finder/limits.py)

    @property
    def places(self) -> list[tuple[str, ...]]:
        """Each place named, as the sided zone ids it stands for (one place, several zones)."""
        out: list[set[str]] = []  # kept apart even when they overlap: measured, it ranks better
        for t in self.terms:
            sides = ("left", "right") if t.side in ("both", "") else (t.side,)
            out.append({f"{s}-{k}" for s in sides for k in t.kinds})
        return [tuple(sorted(p)) for p in out]


def _find_terms(tokens: list[str]) -> list[tuple[int, int, Term]]:
    """Places in ``tokens``, longest first; a vocabulary phrase beats a qualified part of the
    same length, since the vocabulary is curated."""
    qualified = {(s, e): (label, kinds) for s, e, label, kinds in find_qualified(tokens)}
    longest = max([longest_phrase(), *(e - s for s, e in qualified)])
    used = [False] * len(tokens)
    found: list[tuple[int, int, Term]] = []
    for n in range(min(longest, len(tokens)), 0, -1):
        for i in range(len(tokens) - n + 1):
            if any(used[i : i + n]) or BREAK in tokens[i : i + n]:
                continue
            hit = match_at(tokens, i, n) if n <= longest_phrase() else None
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
    found.sort(key=lambda f: f[0])
    return [f for k, f in enumerate(found) if not _qualifies_next(tokens, found, k)]


def _shared(
    tokens: list[str], found: list[tuple[int, int, Term]], between: list[list[str]]
) -> list[tuple[int, int, Term]]:
    """The places once a direction said for several is shared out ("my wrist and forearm on
    the pinky side") and a stretch said whole covers the parts between (finder/stretches.py)."""
    shared = share(tokens, [(s, e) for s, e, _ in found], between)
    out = []
    for k, (start, end, term) in enumerate(found):
        if k in shared.dropped:
            continue
        if k in shared.kinds:
            label, kinds = shared.kinds[k]
            term = Term(label, term.heard, kinds, False)
        out.append((start, end, term))
        for s, e, label, kinds in shared.added.get(k, []):
            out.append((s, e, Term(label, " ".join(tokens[s:e]), kinds, False)))
    return out


def _qualifies_next(tokens: list[str], found: list[tuple[int, int, Term]], k: int) -> bool:
    """True for a broad direction word that qualifies what follows rather than naming a place:
    "the back of the arch", "my back molars" are not the back."""
    start, end, term = found[k]
    if not term.broad or end - start != 1 or tokens[start] not in qualifier_words():
        return False
    following = found[k + 1][0] if k + 1 < len(found) else None
    return (end < len(tokens) and tokens[end] == "of") or following == end


NEGATIONS = {"no", "not", "never", "without", "didn't", "didnt", "wasn't", "wasnt", "haven't",
             "havent", "hasn't", "hasnt", "hadn't", "don't", "dont", "doesn't", "doesnt", "nor",
             "sin", "ni", "nunca", "jamas", "ningun", "ninguna", "ninguno", "nada", "denies",
             "denied", "niega", "nae"}  # fmt: skip
NEGATION_REACH = 4
NEGATION_ENDS = {BREAK, "but", "pero", "aunque", "though"}


def _not_denied(every: list[str]) -> list[str]:
    """The words (clause breaks left out) that no negation denies; used for how it started,
    which a person often rules out ("it came on without any fall or injury")."""
    out: list[str] = []
    denied = 0
    for w in every:
        if w in NEGATION_ENDS:
            denied = 0
        elif w in NEGATIONS:
            denied = NEGATION_REACH
        elif denied:
            denied -= 1
        else:
            out.append(w)
    return [w for w in out if w != BREAK]


def _context(
    said: list[str], text: str, affirmed: list[str], unrelieved: list[str]
) -> tuple[set[str], str | None, set[str]]:
    ctx = load("context")
    text = feelings_apart(text)
    said_set = set(said)
    affirmed_text = for_onset_and_sensations(" ".join(affirmed))
    affirmed_set = set(affirmed_text.split())

    def heard(entry: dict[str, list[str]], words: set[str] = said_set, joined: str = text) -> bool:
        return any((w in words) if " " not in w else (w in joined) for w in entry["said"])

    kept = set(unrelieved)
    aggravators = {
        a
        for a, e in ctx["aggravators"].items()
        if heard(e, kept, feelings_apart(" ".join(unrelieved)))
    }
    onset = next(
        (o for o, e in ctx["onset"].items() if heard(e, affirmed_set, affirmed_text)), None
    )
    # "no numbness or tingling" is no numbness; aggravators keep every word ("no puedo dormir
    # del lado" is lying on that side, not its denial)
    sensations = {x for x, e in ctx["sensations"].items() if heard(e, affirmed_set, affirmed_text)}
    return aggravators, onset, sensations


def _sided_terms(every: list[str]) -> list[Term]:
    """Places with the side said next to each, from the words (with or without circumstances)."""
    index = [i for i, w in enumerate(every) if w not in IGNORED]
    tokens = [every[i] for i in index]
    found = _find_terms(tokens)
    # every word between two places, small ones too: "my knee hurts, my hip ..." is no list
    between = [every[index[a[1] - 1] + 1 : index[b[0]]] for a, b in itertools.pairwise(found)]
    out = []
    for start, end, term in _shared(tokens, found, [[], *between][: len(found)]):
        side = side_near(every, index[start], index[end - 1] + 1) or ""
        span = (index[start], index[end - 1] + 1)
        out.append(Term(term.phrase, term.heard, term.kinds, term.broad, side, span))
    return out


def understand(text: str, chart: BodyChart) -> Understood:
    # where the pain stops is not a place: "it never goes past the knee" (finder/limits.py)
    limits = limits_said(text)
    text = limit_phrases().sub(" , ", respelled(normalise(read_accents(text))))
    every = all_words(text)  # the words read once: with circumstances, and without them
    bare = all_words(text, keep_circumstances=False)
    # an idiom is never a place, nor are the sides in it ("I have two left feet")
    literal = all_words(text, keep_sayings=False)
    terms, read_in = drop_broad(_sided_terms(bare), chart, bare), bare
    if not terms:  # "when I lift my knee" alone: the knee is the place after all
        terms, read_in = drop_broad(_sided_terms(literal), chart, literal), literal
    terms = drop_wholes(terms, read_in)  # "el hueso de la risa del codo" is the funny bone
    terms = carry_edges(terms, read_in)  # "the inside of my elbow ... down my forearm"
    terms = carry_to_joints(terms, read_in)  # "down the outside of my leg to the ankle"
    terms = narrow(terms, read_in)  # "my heel is sore at the back": the back of the heel
    said = sides_said(read_in)  # "lying on my left side" is a posture, not the side that hurts
    only = next(iter(said)) if len(said) == 1 else ""
    if len(said) > 1:
        terms = carry_sides(terms, read_in)
    # a part without its own side takes the one side said; a pair in the plural is both, even
    # after a side said for the part before it ("la rodilla derecha y los hombros")
    terms = [
        replace(t, side="both")
        if both_of_a_pair(t.heard)
        else t
        if t.side
        else replace(t, side=only)
        for t in terms
    ]
    # how each place is said ("mostly the shoulder", "sometimes into the hand"; emphasis.py),
    # before a place said twice becomes one: the emphasis may fall on the second mention
    emphasis: dict[tuple[tuple[str, ...], str], float] = {}
    for t in terms:
        weight = weight_at(read_in, t.span)
        key = (t.kinds, t.side)
        emphasis[key] = weight if key not in emphasis else max(emphasis[key], weight)
    # A place said twice is still one place: "my neck ... my neck" must not weigh double.
    terms = list({(t.kinds, t.side): t for t in reversed(terms)}.values())[::-1]
    side = "both" if "both" in said or len(said) != 1 else only
    plain = [w for w in every if w != BREAK]
    intensity = "severe" if SEVERE & set(plain) else "mild" if MILD & set(plain) else "moderate"
    out = Understood(
        terms=terms, side=side, side_given=bool(said), intensity=intensity, limits=limits
    )
    affirmed = _not_denied(every)
    out.aggravators, out.onset, out.sensations = _context(
        plain, " ".join(plain), affirmed, aggravating_words(every)
    )
    # numb, not painful, beside a painful place: it counts less (finder/numb.py)
    numb = [numb_at(read_in, t.span) for t in terms]
    if terms and (all(numb) or numb_only(plain)) and "numbness" in out.sensations:
        out.sensations.add("numb-only")
    for term, only_numb in zip(terms, numb, strict=True):
        sides = ("left", "right") if term.side in ("both", "") else (term.side,)
        share = 1.0 / len(term.kinds)  # each side of a place weighs as much as a one-sided place
        if only_numb and not all(numb):
            share *= NUMB_PLACE
        if len(terms) > 1:
            share *= emphasis.get((term.kinds, term.side), 1.0)
        for zid in (f"{s}-{k}" for s in sides for k in term.kinds):
            out.zones[zid] = out.zones.get(zid, 0.0) + share
    return out
