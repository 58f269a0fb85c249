"""Which part of a view a chart shows: the whole view, or a window around what is marked.

A cropped chart keeps the body's proportions: the window grows to ``min_height`` and to half the
view's width (less for a small window) around the marked zones, muscles and marks, so a small
pattern is not blown up into an unreadable close-up and all charts of one entry can share one zoom.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from tpatlas.bodychart.chart import BodyChart
from tpatlas.bodychart.geometry import Point

PAD = 36.0

Box = tuple[float, float, float, float]


def _span(
    lo: float, hi: float, least: float, limit: float, start: float = 0.0
) -> tuple[float, float]:
    """Grow [lo, hi] to ``least`` around its middle, kept inside [start, limit]."""
    if hi - lo < least:
        middle = (lo + hi) / 2
        lo, hi = middle - least / 2, middle + least / 2
    size = min(hi - lo, limit - start)
    lo = max(start, min(lo, limit - size))
    return round(lo, 0), round(size, 0)


def viewbox(
    chart: BodyChart,
    view: str,
    classes: Mapping[str, str],
    marks: Iterable[Point] = (),
    crop: bool = False,
    min_height: float = 320.0,
    extra: Iterable[Point] = (),
) -> Box:
    """``(x, y, width, height)`` of the window to show.

    >>> from tpatlas.bodychart import load_chart
    >>> viewbox(load_chart(), "back", {"right-achilles": "essential"}, crop=True)
    (177.0, 640.0, 240.0, 320.0)
    """
    v = chart.all_views[view]
    full = (0.0, v.top, float(v.width), float(v.height))
    pts = [
        p
        for z in classes
        if z in chart.zones and view in chart.zones[z].polygons
        for shape in chart.zones[z].polygons[view]
        for p in shape
    ]
    pts += [*marks, *extra]
    if not crop or not pts:
        return full
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    top, height = _span(min(ys) - PAD, max(ys) + PAD, min_height, v.top + v.height, v.top)
    if v.split:  # one profile or one sole: the half the marks are on
        left = max(xs) <= v.midline
        return (0.0 if left else v.midline, top, v.midline if left else v.width - v.midline, height)
    # At least half the body wide, but a head-sized window keeps a head's proportions.
    least = min(v.width / 2, 0.75 * max(min_height, height))
    x, width = _span(min(xs) - PAD, max(xs) + PAD, least, float(v.width))
    return x, top, width, height
