"""The drawn figures (male and female) under the zones: silhouette, muscle relief, face, landmarks.

``data/figures.yaml`` holds the art per body and view. The zones never change with the body:
the female figure is the male one passed through a smooth width warp (narrower shoulders and
waist, wider hips), and every layer drawn on it (zones, muscles, marks) goes through the same
warp, so a zone id means the same place on both figures. Details (face, bony landmarks, creases)
are point lists measured from the view's midline; ``mirror: true`` draws one for both sides. The
relief of the front and back is imported path strings; the lateral view's is point lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from itertools import pairwise
from typing import Any

import yaml

from tpatlas.bodychart.geometry import Point
from tpatlas.bodychart.paths import Warp, bounds, flatten, map_path, polygon_path, smooth_path

BODIES = ("male", "female")


@dataclass(frozen=True, slots=True)
class Detail:
    """One stroke of the drawing: ``cls`` is skin (face, creases) or bone (landmarks)."""

    cls: str
    d: str
    title: str = ""


@dataclass(frozen=True, slots=True)
class Art:
    outline: str
    relief: tuple[tuple[str, str], ...]  # (muscle group, path): faint contours of the muscles
    details: tuple[Detail, ...]

    def relief_in(self, box: tuple[float, float, float, float]) -> list[str]:
        """The relief paths that reach into ``box`` (x, y, w, h): a cropped chart skips the rest."""
        x, y, w, h = box
        out = []
        for _, d in self.relief:
            x0, y0, x1, y1 = _bounds(d)
            if x1 >= x and x0 <= x + w and y1 >= y and y0 <= y + h:
                out.append(d)
        return out


@cache
def _bounds(d: str) -> tuple[float, float, float, float]:
    return bounds(flatten(d, steps=2))


def _points(raw: list[list[float]], midline: float, sign: float) -> list[Point]:
    return [(midline + sign * float(x), float(y)) for x, y in raw]


def _detail_paths(raw: dict[str, Any], midline: float) -> list[Detail]:
    signs = (1.0, -1.0) if raw.get("mirror") else (1.0,)
    out = []
    for sign in signs:
        pts = _points(raw["pts"], midline, sign)
        closed = bool(raw.get("closed", False))
        d = smooth_path(pts, closed) if raw.get("smooth", True) else polygon_path(pts)
        if not closed and not raw.get("smooth", True):
            d = d.removesuffix("Z")
        out.append(Detail(str(raw.get("cls", "skin")), d, str(raw.get("title", ""))))
    return out


def _outline(raw: dict[str, Any], midline: float) -> str:
    """An imported path as is; ``halves``: one closed shape per side (two soles, two profiles)."""
    if "outline" in raw:
        return str(raw["outline"])
    return "".join(smooth_path(_points(raw["halves"], midline, s)) for s in (1.0, -1.0))


def _relief(raw: dict[str, Any], midline: float) -> tuple[tuple[str, str], ...]:
    """(group, path) per relief line: an imported path string as is (front, back), or a point
    list measured from the midline like a detail (lateral: open lines, ``mirror`` for both sides).
    """
    out: list[tuple[str, str]] = []
    for group, items in raw.get("relief", {}).items():
        for item in items:
            if isinstance(item, str):
                out.append((str(group), item))
            else:
                out.extend((str(group), d.d) for d in _detail_paths(item, midline))
    return tuple(out)


def _art(raw: dict[str, Any], midline: float) -> Art:
    outline = _outline(raw, midline)
    details = [d for item in raw.get("details", []) for d in _detail_paths(item, midline)]
    return Art(str(outline), _relief(raw, midline), tuple(details))


def width_warp(knots: list[list[float]], midline: float) -> Warp:
    """Scale widths by ``k`` (linear in height) inside half-width ``R``; shift what lies beyond.

    Knots are ``[y, k, R]``. Inside ``R`` (the trunk or a leg) a point moves to ``k`` times its
    distance from the midline; outside (an arm beside the trunk) it moves with the trunk's edge,
    fading out over 40 units so a hand beside the hip stays where it was.

    >>> w = width_warp([[0, 1.1, 100], [100, 1.1, 100]], 0)
    >>> w((50, 50)), w((100, 50)), w((150, 50))
    ((55.0, 50), (110.0, 50), (150.0, 50))
    """

    def at(y: float) -> tuple[float, float]:
        if y <= knots[0][0]:
            return knots[0][1], knots[0][2]
        for (y0, k0, r0), (y1, k1, r1) in pairwise(knots):
            if y <= y1:
                f = (y - y0) / (y1 - y0)
                return k0 + (k1 - k0) * f, r0 + (r1 - r0) * f
        return knots[-1][1], knots[-1][2]

    def warp(p: Point) -> Point:
        x, y = p
        k, r = at(y)
        dx = abs(x - midline)
        sign = 1.0 if x >= midline else -1.0
        moved = dx * k if dx <= r else dx + (k - 1) * r * max(0.0, 1 - (dx - r) / 40)
        return (round(midline + sign * moved, 1), y)

    return warp


@dataclass(frozen=True)
class Figures:
    art: dict[tuple[str, str], Art]
    warps: dict[tuple[str, str], Warp]

    def get(self, body: str, view: str) -> Art:
        return self.art.get((body, view)) or self.art[("male", view)]

    def warp(self, body: str, view: str) -> Warp | None:
        return self.warps.get((body, view))


def parse_figures(raw: dict[str, Any], midlines: dict[str, float]) -> Figures:
    art: dict[tuple[str, str], Art] = {}
    warps: dict[tuple[str, str], Warp] = {}
    for view, spec in raw["male"].items():
        art[("male", view)] = _art(spec, midlines[view])
    female = raw.get("female", {})
    for view, mid in midlines.items():
        base = art[("male", view)]
        spec = female.get(view, {})
        warp = width_warp(spec["warp"], mid) if spec.get("warp") else None
        if warp is not None:
            warps[("female", view)] = warp
        outline = map_path(base.outline, warp) if warp else base.outline
        if "halves" in spec:  # a profile differs by more than widths: breasts, the buttocks
            outline = _outline(spec, mid)
        drop = set(spec.get("drop_relief", []))
        relief = [(k, d) for k, d in base.relief if k not in drop]
        details = list(base.details)
        if warp is not None:
            relief = [(k, map_path(d, warp)) for k, d in relief]
            details = [Detail(d.cls, map_path(d.d, warp), d.title) for d in details]
        details += [d for item in spec.get("details", []) for d in _detail_paths(item, mid)]
        art[("female", view)] = Art(outline, tuple(relief), tuple(details))
    return Figures(art, warps)


@cache
def load_figures(midlines: tuple[tuple[str, float], ...]) -> Figures:
    """The figures, parsed once per process (``midlines`` come from the chart's views)."""
    path = resources.files("tpatlas.bodychart") / "data" / "figures.yaml"
    return parse_figures(yaml.safe_load(path.read_text(encoding="utf-8")), dict(midlines))
