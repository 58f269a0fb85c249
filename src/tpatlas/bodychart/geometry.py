"""Turns the ribbons of chart.yaml into polygons in a view's picture coordinates.

A part is a list of stations (cross-sections). A cell between stations a..b and column
fractions c..d is bounded by the points lerp(station_k.inner, station_k.outer, f), walking down
the d edge and back up the c edge, so a zone that spans several rows follows the body's curve.
"""

from __future__ import annotations

from collections.abc import Sequence

Point = tuple[float, float]
Station = tuple[Point, Point]


def lerp(a: Point, b: Point, f: float) -> Point:
    return (a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)


def cell_polygon(
    stations: Sequence[Station], rows: tuple[int, int], cols: tuple[float, float]
) -> list[Point]:
    """Half-body polygon for rows a..b (station indices) and column fractions c..d.

    >>> cell_polygon([((0, 0), (10, 0)), ((0, 10), (10, 10))], (0, 1), (0.0, 0.5))
    [(0.0, 0.0), (5.0, 0.0), (5.0, 10.0), (0.0, 10.0)]
    """
    first, last = rows
    c, d = cols
    down = [lerp(*stations[k], d) for k in range(first, last + 1)]
    up = [lerp(*stations[k], c) for k in range(last, first - 1, -1)]
    start = lerp(*stations[first], c)
    return (
        [(float(start[0]), float(start[1]))]
        + [(float(x), float(y)) for x, y in down]
        + [(float(x), float(y)) for x, y in up[:-1]]
    )


def to_view(points: Sequence[Point], midline: float, mirrored: bool) -> list[Point]:
    """Place half-body points in a view: ``mirrored`` puts them left of the midline."""
    sign = -1.0 if mirrored else 1.0
    return [(round(midline + sign * x, 1), round(y, 1)) for x, y in points]


def centroid(points: Sequence[Point]) -> Point:
    """Area centroid of a simple polygon (falls back to the vertex mean for a degenerate one)."""
    area = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(points, [*points[1:], points[0]], strict=True):
        cross = x0 * y1 - x1 * y0
        area += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if abs(area) < 1e-9:
        n = len(points)
        return (sum(p[0] for p in points) / n, sum(p[1] for p in points) / n)
    return (cx / (3 * area), cy / (3 * area))
