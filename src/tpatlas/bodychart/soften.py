"""Softens a referral pattern into the smooth area a clinician would shade.

The zones of a pattern are cells of ribbons: drawn as they are they make a staircase. Here their
union is filled onto a fine grid, blurred and cut at half height (neighbouring zones merge,
corners round, a notch between two body parts closes), and the edge is traced back into closed
outlines (marching squares). The result is a plain SVG path: it prints the same from a browser
and from WeasyPrint, which draws no masks or filters.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from tpatlas.bodychart.geometry import Point

STEP = 2.0  # grid cell, in body units
RADIUS = 3  # box-blur radius in cells; three passes make a Gaussian of about 7 units
Grid = list[list[float]]


def _fill(
    polys: Sequence[Sequence[Point]], x0: float, y0: float, nx: int, ny: int, step: float
) -> Grid:
    grid = [[0.0] * nx for _ in range(ny)]
    for poly in polys:
        edges = list(zip(poly, [*poly[1:], poly[0]], strict=True))
        for j in range(ny):
            y = y0 + j * step
            xs = sorted(
                ax + (y - ay) * (bx - ax) / (by - ay)
                for (ax, ay), (bx, by) in edges
                if (ay > y) != (by > y)
            )
            for a, b in zip(xs[::2], xs[1::2], strict=False):
                for i in range(
                    max(0, math.ceil((a - x0) / step)), min(nx, math.floor((b - x0) / step) + 1)
                ):
                    grid[j][i] = 1.0
    return grid


def _blur_rows(grid: Grid, r: int) -> Grid:
    out = []
    size = 2 * r + 1
    for row in grid:
        n = len(row)
        acc = sum(row[: r + 1])
        new = []
        for i in range(n):
            new.append(acc / size)
            if i + r + 1 < n:
                acc += row[i + r + 1]
            if i - r >= 0:
                acc -= row[i - r]
        out.append(new)
    return out


def _transpose(grid: Grid) -> Grid:
    return [list(col) for col in zip(*grid, strict=True)]


def _blur(grid: Grid, r: int) -> Grid:
    for _ in range(3):
        grid = _transpose(_blur_rows(_transpose(_blur_rows(grid, r)), r))
    return grid


# Marching squares: for a cell's corner mask (bit 1 top-left, 2 top-right, 4 bottom-right,
# 8 bottom-left), the pairs of its edges (0 top, 1 right, 2 bottom, 3 left) the outline crosses,
# oriented below so that every outline runs the same way round (inside on the same hand).
_PAIRS: dict[int, tuple[tuple[int, int], ...]] = {
    1: ((3, 0),), 2: ((0, 1),), 3: ((3, 1),), 4: ((1, 2),), 5: ((3, 0), (1, 2)), 6: ((0, 2),),
    7: ((3, 2),), 8: ((2, 3),), 9: ((2, 0),), 10: ((0, 1), (2, 3)), 11: ((2, 1),),
    12: ((1, 3),), 13: ((1, 0),), 14: ((0, 3),),
}  # fmt: skip
_MID = ((0.5, 0.0), (1.0, 0.5), (0.5, 1.0), (0.0, 0.5))
_CORNER = ((0.0, 0.0), (1.0, 0.0), (1.0, 1.0), (0.0, 1.0))


def _oriented(mask: int, e0: int, e1: int) -> tuple[int, int]:
    (px, py), (qx, qy) = _MID[e0], _MID[e1]
    mx, my = (px + qx) / 2, (py + qy) / 2
    inside = [c for k, c in enumerate(_CORNER) if mask >> k & 1]
    cx, cy = min(inside, key=lambda c: (c[0] - mx) ** 2 + (c[1] - my) ** 2)
    return (e0, e1) if (qx - px) * (cy - py) - (qy - py) * (cx - px) > 0 else (e1, e0)


_CASES = {m: tuple(_oriented(m, a, b) for a, b in pairs) for m, pairs in _PAIRS.items()}


def _edge_key(i: int, j: int, e: int) -> tuple[str, int, int]:
    return (("h", i, j), ("v", i + 1, j), ("h", i, j + 1), ("v", i, j))[e]


def _trace(grid: Grid) -> list[list[tuple[str, int, int]]]:
    nxt: dict[tuple[str, int, int], tuple[str, int, int]] = {}
    for j in range(len(grid) - 1):
        for i in range(len(grid[0]) - 1):
            a, b, c, d = grid[j][i], grid[j][i + 1], grid[j + 1][i + 1], grid[j + 1][i]
            mask = (a > 0.5) | (b > 0.5) << 1 | (c > 0.5) << 2 | (d > 0.5) << 3
            for e0, e1 in _CASES.get(mask, ()):
                nxt[_edge_key(i, j, e0)] = _edge_key(i, j, e1)
    loops = []
    while nxt:
        start, key = next(iter(nxt.items()))
        loop = [start]
        del nxt[start]
        while key in nxt:
            loop.append(key)
            key = nxt.pop(key)
        loops.append(loop)
    return loops


def _position(grid: Grid, key: tuple[str, int, int]) -> tuple[float, float]:
    kind, i, j = key
    if kind == "h":
        a, b = grid[j][i], grid[j][i + 1]
        return i + (0.5 - a) / (b - a), float(j)
    a, b = grid[j][i], grid[j + 1][i]
    return float(i), j + (0.5 - a) / (b - a)


def soften(polys: Sequence[Sequence[Point]], scale: float = 1.0) -> str:
    """The smooth outline of the union of ``polys`` as an SVG path ("" for nothing)."""
    return _soften(tuple(tuple(p) for p in polys if len(p) > 2), scale)


@lru_cache(maxsize=4096)
def _soften(polys: tuple[tuple[Point, ...], ...], scale: float) -> str:
    if not polys:
        return ""
    step = STEP / scale
    margin = step * (3 * RADIUS + 2)
    x0 = min(p[0] for s in polys for p in s) - margin
    y0 = min(p[1] for s in polys for p in s) - margin
    nx = int((max(p[0] for s in polys for p in s) + margin - x0) / step) + 1
    ny = int((max(p[1] for s in polys for p in s) + margin - y0) / step) + 1
    grid = _blur(_fill(polys, x0, y0, nx, ny, step), RADIUS)
    out = []
    for loop in _trace(grid):
        pts = [_position(grid, k) for k in loop[::2]]
        if len(pts) < 3:
            continue
        coords = [f"{x0 + x * step:.1f} {y0 + y * step:.1f}" for x, y in pts]
        out.append("M" + "L".join(coords) + "Z")
    return "".join(out)
