"""Which zone kinds border each other on the figures: the anterior shoulder touches the outer
upper arm and the collarbone, the loin touches the lowest ribs and the iliac crest.

People point and describe imprecisely: pain "at the front of my shoulder" from a pattern drawn
on the outer upper arm is a near miss, not a miss. The finder gives a zone that borders a
pattern a little credit (finder/patterns.py). Borders are read from the chart's own polygons,
so they follow the figures when the figures change: two kinds border each other when a shape
of one comes within ``TOLERANCE`` picture units of a shape of the other, in any view, on the
same side (the figures are symmetric, so the right side stands for both).

>>> from tpatlas.bodychart import load_chart
>>> near = neighbours(load_chart())
>>> "lateral-upper-arm" in near["anterior-shoulder"], "heel-plantar" in near["vertex"]
(True, False)
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import combinations
from types import MappingProxyType

import numpy as np
from numpy.typing import NDArray

from tpatlas.bodychart.chart import BodyChart
from tpatlas.bodychart.geometry import Point

TOLERANCE = 4.0  # picture units: shapes this close share a border
STEP = 3.0  # edges are sampled this often, so a vertex-to-vertex distance finds the border

_CACHE: dict[int, Mapping[str, frozenset[str]]] = {}


def _outline(shape: Sequence[Point]) -> NDArray[np.float64]:
    """The shape's edges as points at most STEP apart."""
    corners = np.asarray(shape, dtype=float)
    points = []
    for start, end in zip(corners, np.roll(corners, -1, axis=0), strict=True):
        steps = max(1, int(np.linalg.norm(end - start) / STEP))
        points.append(start + (end - start) * (np.arange(steps)[:, None] / steps))
    return np.vstack(points)


def _touch(a: NDArray[np.float64], b: NDArray[np.float64]) -> bool:
    low_a, high_a, low_b, high_b = a.min(0), a.max(0), b.min(0), b.max(0)
    if np.any(low_a > high_b + TOLERANCE) or np.any(low_b > high_a + TOLERANCE):
        return False  # boxes apart: no need to measure
    gaps = np.sqrt(((a[:, None, :] - b[None, :, :]) ** 2).sum(-1))
    return bool(gaps.min() <= TOLERANCE)


def neighbours(chart: BodyChart) -> Mapping[str, frozenset[str]]:
    """Zone kind -> the kinds whose shapes border it in some view (computed once per chart)."""
    if id(chart) in _CACHE:
        return _CACHE[id(chart)]
    by_view: dict[str, list[tuple[str, NDArray[np.float64]]]] = {}
    for zone in chart.zones.values():
        if zone.side != "right":
            continue
        for view, shapes in zone.polygons.items():
            by_view.setdefault(view, []).extend((zone.kind, _outline(s)) for s in shapes)
    pairs: set[tuple[str, str]] = set()
    for outlines in by_view.values():
        for (one, a), (other, b) in combinations(outlines, 2):
            if one != other and (one, other) not in pairs and _touch(a, b):
                pairs |= {(one, other), (other, one)}
    found: dict[str, set[str]] = {}
    for one, other in pairs:
        found.setdefault(one, set()).add(other)
    _CACHE[id(chart)] = MappingProxyType({k: frozenset(v) for k, v in found.items()})
    return _CACHE[id(chart)]
