"""Plane geometry for the drawings: points, smooth closed curves, tapered limb capsules.

Everything is in body units (about a centimetre; a standing figure is 175 tall). ``View`` maps
body units onto the fixed 320 x 240 canvas of every illustration, so line widths in the
stylesheet look the same in a close-up of a hand and in a whole lying figure.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

Point = tuple[float, float]
CANVAS = (320.0, 240.0)


def add(a: Point, b: Point) -> Point:
    return (a[0] + b[0], a[1] + b[1])


def sub(a: Point, b: Point) -> Point:
    return (a[0] - b[0], a[1] - b[1])


def mul(a: Point, k: float) -> Point:
    return (a[0] * k, a[1] * k)


def length(a: Point) -> float:
    return math.hypot(a[0], a[1])


def unit(a: Point) -> Point:
    n = length(a)
    return (a[0] / n, a[1] / n) if n else (0.0, 1.0)


def perp(a: Point) -> Point:
    """``a`` turned a quarter turn (towards +x for a vector pointing up the page).

    >>> perp((0.0, -1.0))[0]
    1.0
    """
    return (-a[1], a[0])


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def rotate(a: Point, degrees: float) -> Point:
    r = math.radians(degrees)
    c, s = math.cos(r), math.sin(r)
    return (a[0] * c - a[1] * s, a[0] * s + a[1] * c)


@dataclass(frozen=True)
class View:
    """Body units -> canvas: ``box`` (x, y, w, h) in body units fills a ``size`` window of the
    canvas at ``offset`` (a whole picture, or one of two panels side by side)."""

    box: tuple[float, float, float, float]
    size: tuple[float, float] = CANVAS
    offset: tuple[float, float] = (0.0, 0.0)

    @property
    def scale(self) -> float:
        return self.size[0] / self.box[2]

    def pt(self, p: Point) -> Point:
        x, y, _, _ = self.box
        return ((p[0] - x) * self.scale + self.offset[0], (p[1] - y) * self.scale + self.offset[1])

    def d(self, points: Sequence[Point], closed: bool = True, smooth: bool = True) -> str:
        pts = [self.pt(p) for p in points]
        return smooth_path(pts, closed) if smooth else line_path(pts, closed)


def fit_box(
    points: Sequence[Point], pad: float, aspect: float
) -> tuple[float, float, float, float]:
    """The smallest box of shape ``aspect`` (width / height) that holds ``points`` with ``pad``
    around them."""
    xs = [p[0] for p in points]
    ys = [p[1] for p in points]
    x0, x1 = min(xs) - pad, max(xs) + pad
    y0, y1 = min(ys) - pad, max(ys) + pad
    w, h = x1 - x0, y1 - y0
    if w / h < aspect:
        x0, w = x0 - (h * aspect - w) / 2, h * aspect
    else:
        y0, h = y0 - (w / aspect - h) / 2, w / aspect
    return (x0, y0, w, h)


def box_around(center: Point, width: float, aspect: float) -> tuple[float, float, float, float]:
    h = width / aspect
    return (center[0] - width / 2, center[1] - h / 2, width, h)


def _f(v: float) -> str:
    out = f"{v:.1f}".removesuffix(".0")
    return "0" if out == "-0" else out


def line_path(points: Sequence[Point], closed: bool = False) -> str:
    head = f"M{_f(points[0][0])} {_f(points[0][1])}"
    body = "".join(f"L{_f(x)} {_f(y)}" for x, y in points[1:])
    return head + body + ("Z" if closed else "")


def smooth_path(points: Sequence[Point], closed: bool = True) -> str:
    """A Catmull-Rom curve through ``points`` as cubic Béziers.

    >>> smooth_path([(0, 0), (6, 0)], closed=False)
    'M0 0C1 0 5 0 6 0'
    """
    pts = list(points)
    n = len(pts)
    out = [f"M{_f(pts[0][0])} {_f(pts[0][1])}"]
    for i in range(n if closed else n - 1):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[0]
        p1, p2 = pts[i], pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else p2
        c1 = (p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6)
        c2 = (p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6)
        out.append("C" + " ".join(f"{_f(x)} {_f(y)}" for x, y in (c1, c2, p2)))
    return "".join(out) + ("Z" if closed else "")


def capsule(a: Point, b: Point, ra: float, rb: float, steps: int = 10) -> list[Point]:
    """The outline of a tapered limb from ``a`` (radius ``ra``) to ``b`` (radius ``rb``): two
    circles joined by their outer tangents, as points for ``smooth_path``."""
    d = sub(b, a)
    dist = max(length(d), 1e-6)
    u = unit(d)
    # The tangent points sit at angle ``alpha`` from the axis on each circle.
    alpha = math.acos(max(-1.0, min(1.0, (ra - rb) / dist)))
    base = math.atan2(u[1], u[0])
    pts: list[Point] = []
    for i in range(steps + 1):  # round end at b, from one tangent to the other
        ang = base - alpha + 2 * alpha * i / steps
        pts.append((b[0] + rb * math.cos(ang), b[1] + rb * math.sin(ang)))
    for i in range(steps + 1):  # round end at a, the long way round
        ang = base + alpha + (2 * math.pi - 2 * alpha) * i / steps
        pts.append((a[0] + ra * math.cos(ang), a[1] + ra * math.sin(ang)))
    return pts


def ellipse(center: Point, rx: float, ry: float, degrees: float = 0.0, n: int = 16) -> list[Point]:
    pts = []
    for i in range(n):
        t = 2 * math.pi * i / n
        pts.append(add(center, rotate((rx * math.cos(t), ry * math.sin(t)), degrees)))
    return pts
