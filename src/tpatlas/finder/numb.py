"""Places that are numb or tingling, not painful.

"My neck hurts and my ring and little fingers go numb": the fingers are where a nerve is
squeezed (by the scalenes, pectoralis minor, teres minor), not where referred pain goes. Read as
pain, they bring the muscles that refer pain to the fingers first. A place said with a
numbness word and no pain word near it (a few words around it, in its clause), beside a place
that is painful, counts NUMB_PLACE of a painful one (finder/text.py); the numbness
itself is still read as a sensation (context.yaml) and as words of the story, which the entries
of the muscles that squeeze a nerve use.

>>> numb_only(["my", "ring", "and", "little", "fingers", "go", "numb"])
True
>>> numb_only(["numb", "and", "painful", "fingers"])
False
>>> numb_at(["neck", "hurts", "|", "my", "fingers", "go", "numb"], (4, 5))
True
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from tpatlas.finder.data import load
from tpatlas.finder.words import BREAK, normalise

NUMB_PLACE = 0.5
NUMB_BEFORE, NUMB_AFTER = 5, 4  # "pins and needles in my fingers", "my fingers go numb"
PAIN = re.compile(
    r"\b(?:pain\w*|ach\w*|hurt\w*|sore\w*|burn\w*|throb\w*|stab\w*|sharp|agony|tender\w*|"
    r"dolor\w*|duel\w*|doli\w*|molest\w*|pinchaz\w*|punzad\w*|ardor|quema\w*|sensible)\b"
)


@cache
def _numb() -> re.Pattern[str]:
    said = load("context")["sensations"]["numbness"]["said"]
    words = sorted((normalise(w) for w in said), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")


def numb_only(clause: Sequence[str]) -> bool:
    """True when a clause says numbness or tingling and no pain."""
    text = " ".join(clause)
    return bool(_numb().search(text)) and not PAIN.search(text)


def numb_at(words: Sequence[str], span: tuple[int, int]) -> bool:
    """True when the words around a place (a few before and after it, within its clause) say
    numbness and no pain."""
    start, end = span
    if start < 0:
        return False
    lo, hi = start, end
    while lo > max(0, start - NUMB_BEFORE) and words[lo - 1] != BREAK:
        lo -= 1
    while hi < min(len(words), end + NUMB_AFTER) and words[hi] != BREAK:
        hi += 1
    return numb_only(words[lo:hi])


NUMB_ALONE = "Numbness or tingling without pain"  # context.yaml numb-only, set by finder/text.py


def shown_context(labels: Sequence[str]) -> list[str]:
    """The context labels as shown: numbness without pain says all that numbness says, so the
    plain label is not repeated beside it (both still count in the score)."""
    if NUMB_ALONE not in labels:
        return list(labels)
    return [c for c in labels if c != "Numbness or tingling"]
