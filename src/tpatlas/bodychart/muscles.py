"""Where each muscle lies and where its trigger points are, per view, as data.

``data/muscles.yaml`` draws every muscle of the patient's right side as closed smooth shapes
(points measured from the midline outwards, so one drawing serves both sides) in the views that
show it, and puts each trigger point (by its knowledge-base id) at its own coordinates. Ids are
plain strings here: the body chart knows nothing of the knowledge base, whose checks make sure
every id names a real muscle or trigger point and every mark lies inside its muscle.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from tpatlas.bodychart.geometry import Point


@dataclass(frozen=True, slots=True)
class Shape:
    """One closed outline (half-body coordinates); ``deep`` muscles lie under others."""

    points: tuple[Point, ...]
    deep: bool = False


@dataclass(frozen=True)
class MuscleArt:
    shapes: dict[str, dict[str, tuple[Shape, ...]]]  # muscle id -> view -> shapes
    points: dict[str, dict[str, Point]]  # trigger point id -> view -> point

    def views_of(self, muscle: str) -> tuple[str, ...]:
        return tuple(self.shapes.get(muscle, {}))


def _shape(raw: dict[str, Any]) -> Shape:
    pts = tuple((float(x), float(y)) for x, y in raw["pts"])
    return Shape(pts, bool(raw.get("deep", False)))


def parse_muscles(raw: dict[str, Any]) -> MuscleArt:
    shapes = {
        str(mid): {str(view): tuple(_shape(s) for s in items) for view, items in views.items()}
        for mid, views in (raw.get("muscles") or {}).items()
    }
    points = {
        str(tp): {str(view): (float(p[0]), float(p[1])) for view, p in views.items()}
        for tp, views in (raw.get("points") or {}).items()
    }
    return MuscleArt(shapes, points)


@cache
def load_muscles() -> MuscleArt:
    """The muscle layer, parsed once per process."""
    path = resources.files("tpatlas.bodychart") / "data" / "muscles.yaml"
    return parse_muscles(yaml.safe_load(path.read_text(encoding="utf-8")))
