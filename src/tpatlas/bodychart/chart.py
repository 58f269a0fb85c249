"""Loads chart.yaml into a BodyChart: zone kinds, their left and right instances, and geometry.

Zone *kinds* are side-less ("popliteal-fossa"); the chart makes one zone per side
("right-popliteal-fossa"). The knowledge base names kinds; pain drawings name sided zones.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from tpatlas.bodychart.geometry import Point, Station, cell_polygon, centroid, to_view

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("right", "left")
SHAPE = re.compile(
    r"^(?P<view>[a-z]+) (?P<part>[a-z]+(?:-[a-z]+)*) "
    r"(?P<r0>\d+)-(?P<r1>\d+) (?P<c0>\d+)-(?P<c1>\d+)$"
)


ZONE_KEYS = {"name", "region", "shapes"}


class ChartError(ValueError):
    """chart.yaml is malformed; the message names the zone or part."""


@dataclass(frozen=True, slots=True)
class View:
    id: str
    title: str
    width: int
    height: int
    midline: float
    right_on_viewer_left: bool


@dataclass(frozen=True, slots=True)
class Part:
    id: str
    views: tuple[str, ...]
    columns: tuple[float, ...]
    stations: tuple[Station, ...]


@dataclass(frozen=True, slots=True)
class ZoneKind:
    id: str
    name: str
    region: str


@dataclass(frozen=True, slots=True)
class Zone:
    """One sided zone with its polygons, per view, in picture coordinates."""

    id: str
    kind: str
    side: Side
    name: str
    region: str
    polygons: dict[str, tuple[tuple[Point, ...], ...]] = field(hash=False, compare=False)

    def anchor(self, view: str) -> Point:
        """Where to put a marker for this zone in ``view`` (centroid of its largest shape)."""
        shapes = self.polygons[view]
        biggest = max(shapes, key=lambda poly: _extent(poly))
        return centroid(biggest)


def _extent(poly: tuple[Point, ...]) -> float:
    xs = [p[0] for p in poly]
    ys = [p[1] for p in poly]
    return (max(xs) - min(xs)) * (max(ys) - min(ys))


@dataclass(frozen=True)
class BodyChart:
    views: dict[str, View]
    parts: dict[str, Part]
    regions: dict[str, str]
    kinds: dict[str, ZoneKind]
    zones: dict[str, Zone]

    def zone_id(self, kind: str, side: Side) -> str:
        return f"{side}-{kind}"

    def sided(self, kinds: list[str] | tuple[str, ...], side: Side) -> list[str]:
        return [self.zone_id(k, side) for k in kinds]

    def views_of(self, zone_ids: list[str]) -> list[str]:
        """The views, in chart order, in which any of ``zone_ids`` is drawn."""
        wanted = {v for z in zone_ids for v in self.zones[z].polygons}
        return [v for v in self.views if v in wanted]

    def outline(self, view: str) -> list[tuple[Point, ...]]:
        """The silhouette of a view: every part's full ribbon, both halves."""
        v = self.views[view]
        shapes: list[tuple[Point, ...]] = []
        for part in self.parts.values():
            if view not in part.views:
                continue
            half = cell_polygon(part.stations, (0, len(part.stations) - 1), (0.0, 1.0))
            for mirrored in (False, True):
                shapes.append(tuple(to_view(half, v.midline, mirrored)))
        return shapes


def _mirrored(view: View, side: Side) -> bool:
    """Whether this side of the body is drawn left of the midline in this view."""
    return (side == "right") == view.right_on_viewer_left


def _parse_view(vid: str, raw: dict[str, Any]) -> View:
    return View(
        vid,
        str(raw["title"]),
        int(raw["width"]),
        int(raw["height"]),
        float(raw["midline"]),
        raw["right_side"] == "viewer-left",
    )


def _parse_part(pid: str, raw: dict[str, Any]) -> Part:
    stations = tuple((tuple(s[0]), tuple(s[1])) for s in raw["stations"])
    return Part(pid, tuple(raw["views"]), tuple(float(c) for c in raw["columns"]), stations)


def _shape_polygon(
    zid: str,
    spec: str,
    views: dict[str, View],
    parts: dict[str, Part],
) -> tuple[str, list[Point]]:
    m = SHAPE.match(spec)
    if not m:
        raise ChartError(f"zone {zid!r}: shape {spec!r} is not 'VIEW PART a-b c-d'")
    view, part_id = m["view"], m["part"]
    part = parts.get(part_id)
    if view not in views or part is None or view not in part.views:
        raise ChartError(f"zone {zid!r}: shape {spec!r} names an unknown view or part")
    r0, r1, c0, c1 = (int(m[k]) for k in ("r0", "r1", "c0", "c1"))
    if not (0 <= r0 < r1 < len(part.stations) and 0 <= c0 < c1 < len(part.columns)):
        raise ChartError(f"zone {zid!r}: shape {spec!r} is outside part {part_id!r}")
    return view, cell_polygon(part.stations, (r0, r1), (part.columns[c0], part.columns[c1]))


def parse_chart(raw: dict[str, Any]) -> BodyChart:
    views = {k: _parse_view(k, v) for k, v in raw["views"].items()}
    parts = {k: _parse_part(k, v) for k, v in raw["parts"].items()}
    regions = {str(k): str(v) for k, v in raw["regions"].items()}
    kinds: dict[str, ZoneKind] = {}
    zones: dict[str, Zone] = {}
    for kid, spec in raw["zones"].items():
        if set(spec) != ZONE_KEYS:
            raise ChartError(
                f"zone {kid!r}: expected keys {sorted(ZONE_KEYS)}, found {sorted(spec)} "
                "(quote names that contain commas)"
            )
        if spec["region"] not in regions:
            raise ChartError(f"zone {kid!r}: unknown region {spec['region']!r}")
        kind = ZoneKind(kid, spec["name"], spec["region"])
        kinds[kid] = kind
        halves = [_shape_polygon(kid, s, views, parts) for s in spec["shapes"]]
        for side in SIDES:
            polys: dict[str, list[tuple[Point, ...]]] = {}
            for view, half in halves:
                placed = to_view(half, views[view].midline, _mirrored(views[view], side))
                polys.setdefault(view, []).append(tuple(placed))
            zid = f"{side}-{kid}"
            zones[zid] = Zone(
                zid,
                kid,
                side,
                f"{kind.name}, {side}",
                kind.region,
                {v: tuple(p) for v, p in polys.items()},
            )
    return BodyChart(views, parts, regions, kinds, zones)


def chart_path() -> Path:
    return Path(str(resources.files("tpatlas.bodychart") / "data" / "chart.yaml"))


@cache
def load_chart(path: Path | None = None) -> BodyChart:
    """The body chart, parsed once per process."""
    with open(path or chart_path(), encoding="utf-8") as fh:
        return parse_chart(yaml.safe_load(fh))
