"""Words of a person's story that a muscle's own entry mentions: "gripping", "pillow", "cough".

Besides the fixed aggravators (sitting, stairs, ...), people say what they were doing when the
pain began. A word that the entry's indications or causes also use, and that few entries use
(so it tells muscles apart), counts as context for that muscle, like an aggravator: "hundreds of
sit-ups" fits rectus abdominis, whose causes mention sit-ups (an exercise written with a hyphen is
read as one word on both sides), and "dropping my coffee cup" fits brachioradialis. Everyday
words that tell no muscle apart ("makes", "spreads", "same") never count, on either side, and a
Spanish story meets the English entries through a small lexicon (data/story.yaml): "toso" is
"cough", "almohada" is "pillow"; a second one gives everyday English words the word an entry uses
("laptop" is "computer", "reflux" is "heartburn").

>>> stem("gripping"), stem("handshakes"), stem("driving")
('grip', 'handshak', 'driv')
"""

from __future__ import annotations

import math
import re
from functools import cache

from tpatlas.finder.data import load
from tpatlas.finder.words import EXERCISES, IGNORED, normalise
from tpatlas.kb import KnowledgeBase

RARE_SHARE = 0.08  # a word in more than this share of entries says little about which muscle
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


def _plain(text: str) -> list[str]:
    """The words of ``text``, an exercise written with a hyphen as one word ("sit-ups")."""
    text = GIVING_WAY.sub(" buckling ", EXERCISES.sub(r"\1ups", normalise(text)))
    return re.findall(r"[a-z]+", text)


def _stems(text: str, skip: frozenset[str]) -> set[str]:
    words = _plain(text)
    common = _common()
    return {stem(w) for w in words if len(w) >= MIN_LENGTH and w not in common} - skip


@cache
def _not_story() -> frozenset[str]:
    """Place words and the fixed context words: those already count elsewhere."""
    words: set[str] = set()
    for name in ("vocabulary", "vocabulary_es"):
        for section in load(name).values():
            for phrase in section:
                words |= set(re.findall(r"[a-z]+", normalise(phrase)))
    for group in load("parts").values():
        for entry in group.values():
            for phrase in entry["words"] if isinstance(entry, dict) else entry:
                words |= set(re.findall(r"[a-z]+", normalise(phrase)))
    for section in load("context").values():
        for entry in section.values():
            for said in (*entry["said"], *entry["in_entry"]):
                words |= set(re.findall(r"[a-z]+", normalise(said)))
    return frozenset(stem(w) for w in words)


@cache
def _entries(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Per muscle, the informative stems of its indications and causes."""
    raw = {
        m.id: _stems(" ".join(t.en for t in (*m.indications, *m.causes)), _not_story())
        for m in kb.muscles.values()
        if m.trigger_points
    }
    counts: dict[str, int] = {}
    for stems in raw.values():
        for s in stems:
            counts[s] = counts.get(s, 0) + 1
    limit = max(2, math.ceil(RARE_SHARE * len(raw)))
    return {mid: frozenset(s for s in stems if counts[s] <= limit) for mid, stems in raw.items()}


def story_words(text: str) -> tuple[tuple[str, str], ...]:
    """The informative words of a description as (stem, word as written), for ``matches``."""
    skip = _not_story()
    common = _common()
    found: dict[str, str] = {}
    for said in _plain(text):
        w = _english(said)
        s = stem(w)
        if len(w) >= MIN_LENGTH and w not in common and said not in common and s not in skip:
            found.setdefault(s, said)
    return tuple(found.items())


def matches(kb: KnowledgeBase, words: tuple[tuple[str, str], ...]) -> dict[str, tuple[str, ...]]:
    """Muscle id -> the words of the story that its entry also mentions (as written)."""
    said = dict(words)
    if not said:
        return {}
    return {
        mid: tuple(said[s] for s in sorted(said.keys() & stems))
        for mid, stems in _entries(kb).items()
        if said.keys() & stems
    }
