"""Smooth outlines as data: point lists become cubic Bézier paths, paths become polygons again.

The figures and muscles are stored as short lists of points (easy to edit by hand and to warp
into the female figure) or as absolute ``M/L/C/Z`` path strings (the imported outlines). Drawing
goes through a Catmull-Rom spline so a dozen points make a smooth muscle belly; hit tests and
"is this trigger point inside its muscle" checks go through ``flatten``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tpatlas.bodychart.geometry import Point

Warp = Callable[[Point], Point]
_TOKEN = re.compile(r"[MLCZ]|-?\d+(?:\.\d+)?")


def _fmt(v: float) -> str:
    return f"{v:.1f}".removesuffix(".0")


def smooth_path(points: Sequence[Point], closed: bool = True, tension: float = 1.0) -> str:
    """A Catmull-Rom spline through ``points`` as an SVG path of cubic Béziers.

    >>> smooth_path([(0, 0), (10, 0)], closed=False)
    'M0 0C1.7 0 8.3 0 10 0'
    """
    pts = list(points)
    n = len(pts)
    if n < 2:
        return ""
    out = [f"M{_fmt(pts[0][0])} {_fmt(pts[0][1])}"]
    last = n if closed else n - 1
    for i in range(last):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1, p2 = pts[i], pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else p2
        k = tension / 6
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        out.append("C" + " ".join(f"{_fmt(x)} {_fmt(y)}" for x, y in (c1, c2, p2)))
    return "".join(out) + ("Z" if closed else "")


def polygon_path(points: Sequence[Point]) -> str:
    pts = list(points)
    head = f"M{pts[0][0]:g} {pts[0][1]:g}"
    return head + "".join(f"L{x:g} {y:g}" for x, y in pts[1:]) + "Z"


def map_path(d: str, fn: Warp) -> str:
    """Apply ``fn`` to every point of an absolute ``M/L/C/Z`` path (control points included)."""
    out: list[str] = []
    numbers: list[float] = []
    for tok in _TOKEN.findall(d):
        if tok in "MLCZ":
            out.append(tok)
            continue
        numbers.append(float(tok))
        if len(numbers) == 2:
            x, y = fn((numbers[0], numbers[1]))
            out.append(f"{_fmt(x)} {_fmt(y)}" if out[-1] in "MLCZ" else f" {_fmt(x)} {_fmt(y)}")
            numbers.clear()
    return "".join(out)


def flatten(d: str, steps: int = 8) -> list[list[Point]]:
    """The rings of an absolute ``M/L/C/Z`` path as polygons (each cubic cut into ``steps``)."""
    rings: list[list[Point]] = []
    cmd, nums = "", []
    ring: list[Point] = []
    for tok in [*_TOKEN.findall(d), "M"]:
        if tok not in "MLCZ":
            nums.append(float(tok))
            continue
        if cmd == "M" and nums:
            if len(ring) > 2:
                rings.append(ring)
            ring = [(nums[0], nums[1])]
        elif cmd == "L":
            ring.extend((nums[i], nums[i + 1]) for i in range(0, len(nums), 2))
        elif cmd == "C":
            for i in range(0, len(nums) - 5, 6):
                ring.extend(_cubic(ring[-1], nums[i : i + 6], steps))
        cmd, nums = tok, []
    if len(ring) > 2:
        rings.append(ring)
    return rings


def _cubic(p0: Point, c: Sequence[float], steps: int) -> list[Point]:
    out = []
    for s in range(1, steps + 1):
        t = s / steps
        u = 1 - t
        a, b, cc, dd = u**3, 3 * u * u * t, 3 * u * t * t, t**3
        out.append(
            (
                a * p0[0] + b * c[0] + cc * c[2] + dd * c[4],
                a * p0[1] + b * c[1] + cc * c[3] + dd * c[5],
            )
        )
    return out


def contains(rings: Sequence[Sequence[Point]], p: Point) -> bool:
    """Even-odd point-in-polygon over all rings (a hole is a ring inside another)."""
    x, y = p
    inside = False
    for ring in rings:
        for (x0, y0), (x1, y1) in zip(ring, [*ring[1:], ring[0]], strict=True):
            if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
                inside = not inside
    return inside


def bounds(rings: Sequence[Sequence[Point]]) -> tuple[float, float, float, float]:
    """``(min_x, min_y, max_x, max_y)`` of some rings."""
    xs = [p[0] for r in rings for p in r]
    ys = [p[1] for r in rings for p in r]
    return min(xs), min(ys), max(xs), max(ys)
