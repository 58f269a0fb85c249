"""Two words said together, as a story's evidence: "stiff neck", "plantar fasciitis", "turn my
head", "first steps".

Each word alone may tell little ("stiff" is an everyday word, "neck" names a place that many
entries mention), but an entry that says "a stiff neck" describes the levator scapulae's
typical complaint. So besides its single words (story.py), a story counts each pair of
neighbouring words within one clause, small words left out ("turn my head" meets "turning the
head"), weighted like a word by how few entries use the pair, times PAIR_WEIGHT. On the studied
evaluation sets this raised the mean reciprocal rank from 0.754 to 0.765, and from 0.688 to
0.692 on the five sets then kept unseen (docs/algorithms/finder.md).

>>> said = [["i", "can", "t", "turn", "my", "head"], ["my", "neck", "is", "stiff"]]
>>> pairs(said, str, frozenset())
(('pair:turn head', 'turn my head'), ('pair:neck stiff', 'neck is stiff'))
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Iterable
from functools import cache

from tpatlas.finder.data import load

PAIR_WEIGHT = 0.5  # a pair weighs half what a word used by as few entries would
PREFIX = "pair:"
CLAUSE = re.compile(r"[.,;:!?()\n]")
MIN_LENGTH = 3


@cache
def _lists() -> tuple[frozenset[str], frozenset[str]]:
    data = load("story")
    return frozenset(data["pair_skip"]), frozenset(data["pair_keep"])


def clauses(text: str) -> list[str]:
    """A pair never spans a comma or a full stop: "my neck, can I..." is no pair."""
    return CLAUSE.split(text)


def pairs(
    clause_words: Iterable[list[str]], stem: Callable[[str], str], common: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """Neighbouring words of each clause as (key, words as written), small words skipped. A
    word in ``common`` breaks a pair unless it is one kept for pairs ("stiff")."""
    skip, keep = _lists()
    found: dict[str, str] = {}
    for said in clause_words:
        kept = [(i, w) for i, w in enumerate(said) if w not in skip]
        for (i, a), (j, b) in itertools.pairwise(kept):
            if _counts(a, common, keep) and _counts(b, common, keep):
                found.setdefault(f"{PREFIX}{stem(a)} {stem(b)}", " ".join(said[i : j + 1]))
    return tuple(found.items())


def _counts(word: str, common: frozenset[str], keep: frozenset[str]) -> bool:
    return len(word) >= MIN_LENGTH and (word not in common or word in keep)


def is_pair(key: str) -> bool:
    return key.startswith(PREFIX)
