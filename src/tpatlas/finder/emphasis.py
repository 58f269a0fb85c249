"""How much a place weighs by how it is said: "mostly in the shoulder", "sobre todo en la
nalga" is where it hurts most; "sometimes into the hand", "a veces un poco al brazo" is where it
goes now and then.

A clinician reads the main complaint first and an occasional spread as a clue, not the centre
of the picture. A place said with an emphasis word just before it (within its clause) weighs
MAIN times a plain one, like the place named first (factors.FIRST_PLACE); a place said as
occasional or slight weighs NOW_AND_THEN times.

>>> weight_at(["pain", "in", "my", "neck", "|", "sometimes", "into", "the", "hand"], (8, 9))
0.5
>>> weight_at(["it", "hurts", "mostly", "in", "the", "shoulder"], (5, 6))
2.0
>>> weight_at(["it", "hurts", "in", "the", "shoulder"], (4, 5))
1.0
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from tpatlas.finder.words import BREAK

MAIN = 2.0
NOW_AND_THEN = 0.5
BEFORE = 5  # words looked at before a place: "a veces también se me va un poco al brazo"
MAIN_WORDS = {"mostly", "mainly", "especially", "primarily", "worst", "principalmente",
              "especialmente", "sobretodo"}  # fmt: skip
MAIN_PAIRS = {("sobre", "todo"), ("mas", "que"), ("above", "all")}
NOW_AND_THEN_WORDS = {"sometimes", "occasionally", "slightly", "veces", "ocasionalmente",
                      "poquito", "poquitito", "sometime"}  # fmt: skip
NOW_AND_THEN_PAIRS = {("a", "little"), ("a", "bit"), ("un", "poco"), ("de", "vez"),
                      ("now", "and"), ("at", "times"), ("every", "now")}  # fmt: skip


def weight_at(words: Sequence[str], span: tuple[int, int]) -> float:
    """The weight of the place at ``span`` in ``words`` (clause breaks included)."""
    start = span[0]
    if start < 0:
        return 1.0
    lo = start
    while lo > max(0, start - BEFORE) and words[lo - 1] != BREAK:
        lo -= 1
    before = list(words[lo:start])
    pairs = set(itertools.pairwise(before))
    if MAIN_WORDS & set(before) or MAIN_PAIRS & pairs:
        return MAIN
    if NOW_AND_THEN_WORDS & set(before) or NOW_AND_THEN_PAIRS & pairs:
        return NOW_AND_THEN
    return 1.0
