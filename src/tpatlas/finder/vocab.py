"""The place phrases the finder knows, and matching a window of words against them.

Phrases come from the curated vocabularies (data/vocabulary.yaml, vocabulary_es.yaml) and from
the body chart's own zone names, which are everyday words ("lower ribs at the back", "outer edge
of the sole", "ball of the thumb"); a curated phrase wins where both say the same words, and a
direction on a part ("back of the upper arm") is left to finder/places.py. Longer
phrases are tried first by the caller; a misspelt window ("sholder") is matched fuzzily.

>>> match_at(["outer", "edge", "of", "sole"], 0, 4)
('outer edge of the sole', ('lateral-sole',), False)
"""

from __future__ import annotations

import re
from functools import cache

from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein, Levenshtein

from tpatlas.bodychart import load_chart
from tpatlas.finder.data import load
from tpatlas.finder.places import find_qualified
from tpatlas.finder.words import BREAK, words

FUZZY_CUTOFF = 86.0
WORD_CUTOFF = 75.0  # each word of a fuzzy match, on its own
VOCABULARIES = ("vocabulary", "vocabulary_es")  # English first: it wins where keys collide
Entry = tuple[str, tuple[str, ...], bool]  # phrase as written, zone kinds, broad


def _key(phrase: str) -> tuple[str, ...]:
    return tuple(w for w in words(phrase, keep_circumstances=True) if w != BREAK)


@cache
def _phrases() -> dict[tuple[str, ...], Entry]:
    table: dict[tuple[str, ...], Entry] = {}
    for name in VOCABULARIES:
        vocab = load(name)
        for broad, section in ((False, "specific"), (True, "broad")):
            for phrase, kinds in vocab[section].items():
                table.setdefault(_key(phrase), (phrase, tuple(kinds), broad))
    for kind, zone in load_chart().kinds.items():
        for phrase in chart_phrases(zone.name):
            key = _key(phrase)
            # "back of the upper arm" is a direction on a part: parts.yaml reads it more broadly
            if key and not any(e - s == len(key) for s, e, *_ in find_qualified(list(key))):
                table.setdefault(key, (phrase, (kind,), False))
    return table


def chart_phrases(name: str) -> list[str]:
    """A zone's name as phrases people say: "Back of the head (occiput)" is "back of the head"
    and "occiput"; a name with a comma ("Calf, upper inner side") or an "and" ("Chin and lower
    teeth") describes several places at once and is not a phrase anyone says."""
    name = name.lower()
    plain = re.sub(r"\s*\([^)]*\)", "", name).strip()
    out = [] if "," in plain or " and " in plain else [plain]
    out += [m for m in re.findall(r"\(([^)]*)\)", name) if not m.startswith(("over ", "the "))]
    return out


@cache
def _known_words() -> frozenset[str]:
    """Every word of the vocabulary, and real words close to one (`not_slips`): a window made
    only of these is not a misspelling."""
    return frozenset(w for key in _phrases() for w in key) | frozenset(
        load("vocabulary")["not_slips"]
    )


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


def _singular(word: str, ending: str = "s") -> str:
    """The word without a plural ending ("hips", "shoulders"; "talones", "pulgares" with "es");
    only a form the vocabulary knows is ever used, so "this" is never read as "thi"."""
    plural = len(word) > len(ending) + 2 and word.endswith(ending) and not word.endswith("ss")
    return word[: -len(ending)] if plural else word


def match_at(tokens: list[str], i: int, n: int) -> tuple[str, tuple[str, ...], bool] | None:
    window = tuple(tokens[i : i + n])
    table = _phrases()
    exact = (
        table.get(window)
        or table.get(tuple(_singular(w) for w in window))
        or table.get(tuple(_singular(w, "es") for w in window))
    )
    # Fuzzy matching is for misspellings: skip windows made only of correctly spelled words,
    # or "side of the knee" would turn into "inside of the knee".
    if exact or sum(len(w) for w in window) < 5 or not _looks_misspelt(window):
        return exact
    keys = _keys_of_length(n)
    hit = process.extractOne(
        " ".join(window), list(keys), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF
    )
    if not hit:
        return None
    key = keys[hit[0]]
    # A slip of the fingers keeps a word's first letter ("sholder", "achillies"); another word
    # with a letter in front is a different word ("wheel" is not "heel").
    if any(a[0] != b[0] for a, b in zip(window, key, strict=True)):
        return None
    # and each word is a slip of its own word: "mas arriba" is not "muelas (de) arriba", however
    # alike the two phrases look as a whole
    if any(fuzz.ratio(a, b) < WORD_CUTOFF for a, b in zip(window, key, strict=True)):
        return None
    return table[key]


@cache
def _place_words() -> dict[str, list[str]]:
    """One-word places of five letters or more, by first letter: what a misspelt word is checked
    against before the text is read."""
    out: dict[str, list[str]] = {}
    for key in _phrases():
        if len(key) == 1 and len(key[0]) >= 5:
            out.setdefault(key[0][0], []).append(key[0])
    return out


@cache
def respelled_word(word: str) -> str:
    """The one-word place ``word`` is a slip of ("sholder", "buttok", "hamstrng"): one letter
    dropped or added, two swapped, or one that sounds the same in Spanish ("tovillo"), the first
    letter kept, and only when a single place fits. Only unknown words of five letters or more
    are changed, so "should" stays "should"."""
    if len(word) < 5 or word in _known_words() or _singular(word) in _known_words():
        return word
    close = [
        place
        for place in _place_words().get(word[0], ())
        if DamerauLevenshtein.distance(word, place, score_cutoff=1) <= 1
        # a letter changed makes another word as often as a slip ("crouch", "crotch"), unless
        # the two letters sound alike in Spanish ("tovillo", "caveza")
        and (
            len(word) != len(place) or Levenshtein.distance(word, place) == 2 or _alike(word, place)
        )
    ]
    return close[0] if len(close) == 1 else word


SOUND_ALIKE = ({"b", "v"}, {"s", "z"}, {"c", "z"}, {"s", "c"}, {"g", "j"}, {"c", "k"}, {"y", "i"})


def _alike(word: str, place: str) -> bool:
    """True when ``word`` is ``place`` with one letter swapped for one that sounds the same."""
    diff = [(a, b) for a, b in zip(word, place, strict=True) if a != b]
    return len(diff) == 1 and set(diff[0]) in SOUND_ALIKE


_WORD = re.compile(r"[a-z]+")


def respelled(text: str) -> str:
    """``text`` (normalised) with misspelt place words put right, so that every later reading
    (a direction on a part, a stretch, a side) sees the part: "the side and front of my
    sholder" is the shoulder's side and front."""
    return _WORD.sub(lambda m: respelled_word(m[0]), text)


@cache
def _keys_of_length(n: int) -> dict[str, tuple[str, ...]]:
    return {" ".join(k): k for k in _phrases() if len(k) == n}


@cache
def longest_phrase() -> int:
    return max(len(k) for k in _phrases())
