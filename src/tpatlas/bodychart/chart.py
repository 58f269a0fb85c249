"""Loads chart.yaml into a BodyChart: zone kinds, their left and right instances, and geometry.

Zone *kinds* are side-less ("popliteal-fossa"); the chart makes one zone per side
("right-popliteal-fossa"). The knowledge base names kinds; pain drawings name sided zones.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml

from tpatlas.bodychart.figures import Figures, load_figures
from tpatlas.bodychart.geometry import Point, Station, cell_polygon, centroid, to_view
from tpatlas.bodychart.muscles import MuscleArt, load_muscles
from tpatlas.bodychart.paths import flatten

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
    # Body length per unit relative to the front view (the side of the head is drawn larger).
    scale: float = 1.0
    # The two sides are drawn apart (two profiles, two soles): a chart of one side shows one.
    split: bool = False
    # Where the picture starts (the lateral view reaches above the crown, to the raised hand).
    top: float = 0.0
    # A view a pain drawing is marked on (the finder, quizzes). The lateral view is not: it
    # shows again zones the front and back already offer, so it is drawn on monographs only.
    marking: bool = True


@dataclass(frozen=True, slots=True)
class Part:
    """A ribbon of stations per view: the same cells, drawn where the body is in that view."""

    id: str
    views: tuple[str, ...]
    columns: tuple[float, ...]
    stations: dict[str, tuple[Station, ...]] = field(hash=False, compare=False)

    def rows(self) -> int:
        return len(next(iter(self.stations.values()))) - 1


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
    """``views`` are the views a pain drawing is marked on; ``all_views`` adds the reference ones.

    Code that lets a person mark zones (the finder, quizzes) walks ``views``; a monograph, which
    only shows a pattern, may also use a reference view such as ``lateral``.
    """

    all_views: dict[str, View]
    parts: dict[str, Part]
    regions: dict[str, str]
    kinds: dict[str, ZoneKind]
    zones: dict[str, Zone]

    @property
    def views(self) -> dict[str, View]:
        return {k: v for k, v in self.all_views.items() if v.marking}

    def zone_id(self, kind: str, side: Side) -> str:
        return f"{side}-{kind}"

    def sided(self, kinds: list[str] | tuple[str, ...], side: Side) -> list[str]:
        return [self.zone_id(k, side) for k in kinds]

    def views_of(self, zone_ids: list[str]) -> list[str]:
        """The views, in chart order, in which any of ``zone_ids`` is drawn."""
        wanted = {v for z in zone_ids for v in self.zones[z].polygons}
        return [v for v in self.views if v in wanted]

    def outline(self, view: str, body: str = "male") -> list[tuple[Point, ...]]:
        """The silhouette of a view as polygons (the drawn figure's outline, flattened)."""
        art = self.figures().get(body, view)
        return [tuple((round(x, 1), round(y, 1)) for x, y in ring) for ring in flatten(art.outline)]

    def figures(self) -> Figures:
        return load_figures(tuple((v.id, v.midline) for v in self.all_views.values()))

    def muscle_art(self) -> MuscleArt:
        return load_muscles()

    def place(self, view: str, side: Side, points: Iterable[Point]) -> list[Point]:
        """Half-body points (x from the midline outwards) drawn on ``side`` of ``view``."""
        v = self.all_views[view]
        return to_view(list(points), v.midline, _mirrored(v, side))


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
        float(raw.get("scale", 1.0)),
        bool(raw.get("split", False)),
        float(raw.get("top", 0.0)),
        bool(raw.get("marking", True)),
    )


def _stations(raw: list[Any]) -> tuple[Station, ...]:
    return tuple(((float(s[0][0]), float(s[0][1])), (float(s[1][0]), float(s[1][1]))) for s in raw)


def _parse_part(pid: str, raw: dict[str, Any]) -> Part:
    """``stations`` is one list for every view in ``views``, or a list per view."""
    spec = raw["stations"]
    per_view = spec if isinstance(spec, dict) else {v: spec for v in raw["views"]}
    stations = {str(v): _stations(s) for v, s in per_view.items()}
    if len({len(s) for s in stations.values()}) != 1:
        raise ChartError(f"part {pid!r}: every view needs the same number of stations")
    columns = tuple(float(c) for c in raw["columns"])
    return Part(pid, tuple(stations), columns, stations)


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
    if not (0 <= r0 < r1 <= part.rows() and 0 <= c0 < c1 < len(part.columns)):
        raise ChartError(f"zone {zid!r}: shape {spec!r} is outside part {part_id!r}")
    cols = (part.columns[c0], part.columns[c1])
    return view, cell_polygon(part.stations[view], (r0, r1), cols)


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
