"""Members of one group that a description cannot tell apart share a row.

The four suboccipital muscles refer pain to the same place, and so, nearly, do the scalenes and
the two rhomboids. Listed one by one they fill the top of the list with one pattern and push a
different, plausible muscle out of view. A member whose score is within ALIKE.weight of its
group's best member is shown in that member's row ("the same group also fits") instead; for the
groups whose members share one pattern (ONE_PATTERN, described together by Travell & Simons) the
fraction is ALIKE_PATTERN.weight. Measured on the evaluation sets (a row counts for the members it
names), the looser fraction for these groups put the expected muscle in the top five for about
one description in a hundred more (measured-only sets 89.5% -> 90.5%, studied 92.6% -> 93.3%);
for groups whose members refer to different places (the trapezius, the rotator cuff, the
hamstrings) it stays strict, so "upper trapezius" and "middle trapezius" stay two suggestions.

>>> fold([(1.0, "g"), (0.99, "g"), (0.9, None), (0.5, "g")])
[(0, [1]), (2, []), (3, [])]
"""

from __future__ import annotations

from collections.abc import Sequence

from tpatlas.finder.factors import ALIKE, ALIKE_PATTERN

ONE_PATTERN = frozenset({
    "suboccipital-muscles", "posterior-cervical-muscles", "scalenes", "short-lateral-rotators",
    "rhomboids", "thoracolumbar-paraspinals", "pelvic-floor", "iliopsoas", "long-toe-flexors",
    "long-toe-extensors", "fibularis-muscles",
})  # fmt: skip


def fold(items: Sequence[tuple[float, str | None]]) -> list[tuple[int, list[int]]]:
    """Rows from (score, group) items sorted best first: each row is the index of an item and
    the indices of the members folded into it."""
    rows: list[tuple[int, list[int]]] = []
    best_of_group: dict[str, int] = {}  # group -> the row of its best member
    for i, (score, group) in enumerate(items):
        host = best_of_group.get(group) if group else None
        near = ALIKE_PATTERN.weight if group in ONE_PATTERN else ALIKE.weight
        if host is not None and score >= near * items[rows[host][0]][0]:
            rows[host][1].append(i)
            continue
        if group and group not in best_of_group:
            best_of_group[group] = len(rows)
        rows.append((i, []))
    return rows
