"""Words of a person's story that a muscle's own entry uses: "gripping", "pillow", "cramps".

Besides the fixed aggravators (sitting, stairs, ...), people say what they were doing when the
pain began and what it is like. Every word of the description that the muscle's entry also uses
(its summary, indications, causes and trigger-point descriptions, in English and Spanish) is
evidence for that muscle, weighted by how few entries use it (inverse document frequency): "calf
cramps that wake me up" fits gastrocnemius, whose entry describes night cramps, better than
soleus; "hundreds of sit-ups" fits rectus abdominis (an exercise written with a hyphen is read as
one word on both sides); "since I got new glasses" fits the suboccipital muscles. Spanish words
also meet the entry's Spanish text by their Spanish stem (Snowball): "subiendo escaleras" meets
"al subir escaleras". A word most
entries use weighs almost nothing. Everyday words that tell no muscle apart ("makes", "spreads",
"same") never count, and a Spanish story also meets the English text through a small lexicon
(data/story.yaml): "toso" is "cough", "almohada" is "pillow"; a second one gives everyday English
words the word an entry uses ("laptop" is "computer", "reflux" is "heartburn").

The ranking multiplies a muscle's score by 1 + STORY.weight x the evidence (factors.py). On the
independent and held-out evaluation sets this replaced a count of rare shared words and raised
the mean reciprocal rank on every set (docs/algorithms/finder.md).

>>> stem("gripping"), stem("handshakes"), stem("driving")
('grip', 'handshak', 'driv')
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cache

import snowballstemmer  # type: ignore[import-untyped]

from tpatlas.finder.data import load
from tpatlas.finder.factors import STORY_MAX
from tpatlas.finder.red_flag_words import negated
from tpatlas.finder.story_pairs import PAIR_WEIGHT, PREFIX, clauses, is_pair, pairs
from tpatlas.finder.words import EXERCISES, IGNORED, normalise
from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Muscle, Text

SHOWN = 3  # words shown per muscle in its reason
MIN_LENGTH = 4
COMMON = {"pain", "ache", "aching", "muscle", "muscles", "trigger", "point", "points", "side",
          "left", "right", "day", "days", "time", "times", "long", "hour", "hours", "week",
          "weeks", "year", "years", "feel", "feels", "like", "when", "with", "from", "after",
          "into", "this", "that", "them", "then", "there", "have", "been", "also", "more",
          "most", "much", "some", "very", "worse", "better", "start", "started", "began",
          "sometimes", "often", "especially", "usually", "even", "just", "only", "about",
          "across", "around", "toward", "towards", "down", "over", "under", "area", "part",
          "sore", "hurt", "hurts", "tender", "tight", "stiff", "deep", "dull", "sharp"}  # fmt: skip


def stem(word: str) -> str:
    """A crude English stem: enough to match "gripping" with "grip", "drive" with "driving"."""
    for suffix in ("ing", "ed", "es", "s", "ly"):
        if word.endswith(suffix) and len(word) - len(suffix) >= MIN_LENGTH - 1:
            word = word[: -len(suffix)]
            break
    if len(word) > MIN_LENGTH and word[-1] == word[-2] and word[-1] not in "aeiou":
        word = word[:-1]
    return word[:-1] if word.endswith("e") and len(word) > MIN_LENGTH else word


@cache
def _spanish() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("spanish")


@cache
def stem_es(word: str) -> str:
    """A Spanish stem, marked apart from the English stems so the two never collide:
    "subiendo" and "subir" both give "es:sub". (search/spanish.py keeps its own stemmer: the
    finder does not import the search layer.)"""
    return "es:" + str(_spanish().stemWord(word))


@cache
def _common() -> frozenset[str]:
    """Words that tell no muscle apart: the built-in list, the data's English and Spanish lists
    and the small words the place reader ignores."""
    data = load("story")
    return frozenset(COMMON | set(data["common"]) | set(data["common_es"]) | IGNORED)


@cache
def _lexicon() -> dict[str, str]:
    """Spanish words and everyday English words -> the English word an entry would use."""
    data = load("story")
    return {**data["spanish"], **data["lay"]}


def _english(word: str) -> str:
    """A word of the lexicons as the word an entry would use (plurals too): "toso" is "cough",
    "laptop" is "computer"."""
    table = _lexicon()
    for form in (word, word[:-1], word[:-2]):
        if form in table:
            return table[form]
    return word


# "the knee gives way" is what an entry calls buckling ("Knee buckling or giving way"); the
# words alone ("gives", "way") are too common to count.
GIVING_WAY = re.compile(r"\b(?:gives?|gave|giving)\s+(?:way|out)\b|\bse\s+(?:me\s+)?dobla\b")
# "llevo semanas así" says how long, not what is carried ("llevar la mochila")
HOW_LONG = re.compile(
    r"\b(?:llevo|lleva|llevas|llevamos|llevaba|llevaban)\s+(?=(?:ya\s+|casi\s+|mas\s+de\s+|"
    r"unos\s+|unas\s+|un\s+|una\s+|\w+\s+)?(?:semanas?|mes|meses|dias?|anos?|tiempo|rato|horas?|"
    r"temporadas?)\b)"
)


# "me paso el día sentada", "paso ocho horas de pie": time spent, not a step ("los primeros pasos")
TIME_SPENT = re.compile(
    r"\b(?:(?:me|se|nos)\s+)?(?:paso|pasa|pase|pasaba|pasamos|pasan)\s+(?=(?:el|la|los|las|todo|"
    r"toda|todos|todas|mucho|muchas|muchos|horas|varias|\d+|dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|diez|doce|medio|media)\b)"
)
# "el dedo del corazón" is the middle finger, not the heart
MIDDLE_FINGER = re.compile(r"\bdedos?\s+(?:del\s+)?corazon\b")


def _plain(text: str) -> list[str]:
    """The words of ``text``, an exercise written with a hyphen as one word ("sit-ups")."""
    text = GIVING_WAY.sub(" buckling ", EXERCISES.sub(r"\1ups", normalise(text)))
    text = MIDDLE_FINGER.sub(" dedo medio ", TIME_SPENT.sub(" ", HOW_LONG.sub(" ", text)))
    return re.findall(r"[a-z]+", text)


def _stems(text: str, spanish: str = "") -> set[str]:
    """English stems of ``text``, and Spanish stems of ``spanish``; the pairs of neighbouring
    words of each (story_pairs.py)."""
    common = _common()
    out = {stem(w) for w in _plain(text) if len(w) >= MIN_LENGTH and w not in common}
    out |= {stem_es(w) for w in _plain(spanish) if len(w) >= MIN_LENGTH and w not in common}
    out |= {key for key, _ in pairs(_clauses(text), stem, common)}
    return out | {key for key, _ in pairs(_clauses(spanish), stem_es, common)}


def _clauses(text: str) -> list[list[str]]:
    return [_plain(clause) for clause in clauses(text)]


@cache
def _not_shown() -> frozenset[str]:
    """Place words and the fixed context words: they count as evidence like any word, but a
    reason shows them as places and context labels already, so not again as story words."""
    phrases: list[str] = []
    for name in ("vocabulary", "vocabulary_es"):
        phrases += [p for section in load(name).values() for p in section]
    for group in load("parts").values():
        entries = group.values() if isinstance(group, dict) else [group]  # not_parts: a list
        for entry in entries:
            phrases += entry["words"] if isinstance(entry, dict) else entry
    for section in load("context").values():
        phrases += [said for e in section.values() for said in (*e["said"], *e["in_entry"])]
    words = {w for p in phrases for w in re.findall(r"[a-z]+", normalise(p))}
    return frozenset({stem(w) for w in words} | {stem_es(w) for w in words})


def _entry_texts(m: Muscle, names: bool = True) -> tuple[Text, ...]:
    """What an entry says of the muscle: what it is, what its trigger points feel like (and,
    with ``names``, what they are called), when they are found and what causes them."""
    return (
        m.summary,
        *m.indications,
        *m.causes,
        *(tp.name for tp in m.trigger_points if names),
        *(tp.description for tp in m.trigger_points),
    )


def _entry_text(m: Muscle) -> str:
    """The entry's texts in both languages, read with the English stemmer."""
    return " ".join(f"{t.en} {t.es or ''}" for t in _entry_texts(m))


def _entry_text_es(m: Muscle) -> str:
    """The entry's Spanish texts, read with the Spanish stemmer too."""
    return " ".join(t.es or "" for t in _entry_texts(m, names=False))


@cache
def _entries(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Per muscle with trigger points, the stems its entry uses (both languages)."""
    return {
        m.id: frozenset(_stems(_entry_text(m), _entry_text_es(m)))
        for m in kb.muscles.values()
        if m.trigger_points
    }


@cache
def _weights(kb: KnowledgeBase) -> dict[str, float]:
    """Stem -> how much it tells entries apart: log(entries / entries using it). A word most
    entries use weighs almost nothing; one that a single entry uses weighs most."""
    entries = _entries(kb)
    counts: dict[str, int] = {}
    for stems in entries.values():
        for s in stems:
            counts[s] = counts.get(s, 0) + 1
    return {
        s: math.log(len(entries) / n) * (PAIR_WEIGHT if is_pair(s) else 1.0)
        for s, n in counts.items()
    }


def _affirmed(text: str) -> str:
    """The words of ``text`` that no negation denies (finder/red_flag_words.py): "no me he dado
    ningun golpe" tells nothing of knocks, "it doesn't hurt when I sit" nothing of sitting;
    "no puedo dormir" keeps "dormir"."""
    kept = re.finditer(r"[\w']+|[.,;:!?()]", text)  # punctuation kept: it ends a pair
    return " ".join(m.group() for m in kept if not negated(text, m.start()))


def story_words(text: str) -> tuple[tuple[str, str], ...]:
    """The informative words of a description as (stem, word as written). A Spanish or everyday
    word also stands as the English word an entry would use ("toso" as "cough"), so one word
    written may give two stems; place words count too ("heel" in an entry about heel pain)."""
    common = _common()
    found: dict[str, str] = {}
    for said in _plain(_affirmed(text)):
        if len(said) < MIN_LENGTH or said in common:
            continue
        for w in (_english(said), said):
            if len(w) >= MIN_LENGTH and w not in common:
                found.setdefault(stem(w), said)
        found.setdefault(stem_es(said), said)
    said_clauses = _clauses(_affirmed(text))
    for key, said in (*pairs(said_clauses, stem, common), *pairs(said_clauses, stem_es, common)):
        found.setdefault(key, said)
    return tuple(found.items())


def _without_parts(shown: list[str]) -> tuple[str, ...]:
    """The words to show, without a word that a pair shown says already ("heel spur", not
    "heel spur" and "spur")."""
    in_pairs = {w for said in shown if " " in said for w in said.split(" ")}
    return tuple(said for said in shown if " " in said or said not in in_pairs)


def _hidden(key: str, hidden: frozenset[str]) -> bool:
    """A word, or a pair of words, that a reason shows as places or labels already."""
    return (
        all(s in hidden for s in key.removeprefix(PREFIX).split(" "))
        if is_pair(key)
        else key in hidden
    )


@dataclass(frozen=True)
class Evidence:
    """How strongly a muscle's entry uses the words of a description: the summed weight of the
    words (capped at STORY_MAX), and the words to show, rarest first (place words and the fixed
    context words are not shown: they are shown as places and labels already)."""

    weight: float
    shown: tuple[str, ...]
    rarest: float = 0.0  # the weight of its rarest word shown


def evidence(kb: KnowledgeBase, words: tuple[tuple[str, str], ...]) -> dict[str, Evidence]:
    """Muscle id -> the evidence of its entry for these words (only muscles with some)."""
    if not words:
        return {}
    weights = _weights(kb)
    hidden = _not_shown()
    out: dict[str, Evidence] = {}
    for mid, stems in _entries(kb).items():
        best: dict[str, tuple[float, str]] = {}  # word as written -> (weight, stem)
        for s, said in words:
            if s in stems and weights[s] > best.get(said, (0.0, ""))[0]:
                best[said] = (weights[s], s)
        if best:
            total = min(STORY_MAX, sum(w for w, _ in best.values()))
            ranked = sorted(best.items(), key=lambda item: -item[1][0])
            shown = _without_parts([said for said, (_, s) in ranked if not _hidden(s, hidden)])
            rarest = max((w for w, s in best.values() if not _hidden(s, hidden)), default=0.0)
            out[mid] = Evidence(total, shown[:SHOWN], rarest)
    return out
