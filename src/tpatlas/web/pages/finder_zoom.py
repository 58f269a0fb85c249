"""Enlarged views of one part of the body for the finder, so every zone can be tapped.

On the whole-body chart most zones are smaller than the 24 x 24 CSS px that WCAG 2.5.8 asks of a
target. Each zoom shows the zones of a few chart regions on one side, cropped to them and drawn at
a scale where the smallest zone is at least ``TARGET`` px across, and never wider than a phone's
content column. It draws from the chart's data (zone polygons, the silhouette) with the chart's
CSS classes, so it looks like the whole-body chart; the finder's script treats every ``.zone``
with a ``data-zone`` the same way, wherever it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from html import escape

from django.utils.translation import gettext_lazy

from tpatlas.bodychart import BodyChart
from tpatlas.bodychart.names import view_title, zone_name

Point = tuple[float, float]
TARGET = 27.0  # px across the smallest zone: 24 (WCAG 2.5.8) with a margin for rounding
MIN_SCALE = 1.5  # a zoom is always at least this much larger than the chart's own units
MAX_WIDTH = 300.0  # px: fits the content column of a 375 px phone
PAD = 6.0  # chart units around the zones


@dataclass(frozen=True)
class Zoom:
    id: str
    label: object  # a lazy translation
    views: tuple[tuple[str, tuple[str, ...] | None], ...]  # view -> chart regions (None: all)
    side: str | None = None


# The top of the shoulder is in the trunk's zoom: here it would widen the crop past a phone.
BACK_ARM = ("shoulder-back", "upper-arm", "elbow", "forearm-back", "wrist-hand")
FRONT_HIP = (
    "hip-front",
    "hip-lateral",
    "groin-pelvis",
    "thigh-front",
    "thigh-medial",
    "thigh-lateral",
)


def _arm(side: str, label: object) -> Zoom:
    return Zoom(
        f"{side}-arm",
        label,
        (
            ("front", ("shoulder-front", "upper-arm", "elbow", "forearm-front", "wrist-hand")),
            ("back", BACK_ARM),
        ),
        side,
    )


def _hip(side: str, label: object) -> Zoom:
    back = ("buttock", "sacral", "thigh-back")
    return Zoom(f"{side}-hip", label, (("front", FRONT_HIP), ("back", back)), side)


def _leg(side: str, label: object) -> Zoom:
    views = (("front", ("knee-front", "leg-front", "leg-lateral")), ("back", ("knee-back", "calf")))
    return Zoom(f"{side}-leg", label, views, side)


def _foot(side: str, label: object) -> Zoom:
    views = (("front", ("ankle", "foot-top")), ("back", ("ankle", "sole")), ("plantar", None))
    return Zoom(f"{side}-foot", label, views, side)


ZOOMS = (
    Zoom(
        "head",
        gettext_lazy("Head and neck"),
        (
            ("front", ("head", "face", "jaw", "neck-front")),
            ("back", ("head", "jaw", "neck-back")),
        ),
    ),
    # One profile per zoom: the side view's zones are small (temple, ear, jaw joint), and both
    # profiles in one zoom could not reach 24 px targets within a phone's width.
    Zoom("right-head", gettext_lazy("Right side of the head"), (("side", None),), "right"),
    Zoom("left-head", gettext_lazy("Left side of the head"), (("side", None),), "left"),
    _arm("right", gettext_lazy("Right shoulder and arm")),
    _arm("left", gettext_lazy("Left shoulder and arm")),
    Zoom(
        "trunk",
        gettext_lazy("Chest, belly and back"),
        (
            ("front", ("chest", "abdomen", "groin-pelvis", "hip-front")),
            ("back", ("shoulder-top", "upper-back", "mid-back", "low-back", "sacral", "buttock")),
        ),
    ),
    _hip("right", gettext_lazy("Right hip and thigh")),
    _hip("left", gettext_lazy("Left hip and thigh")),
    _leg("right", gettext_lazy("Right knee and leg")),
    _leg("left", gettext_lazy("Left knee and leg")),
    _foot("right", gettext_lazy("Right ankle and foot")),
    _foot("left", gettext_lazy("Left ankle and foot")),
)


def zones_of(chart: BodyChart, zoom: Zoom, view: str, regions: Iterable[str] | None) -> list[str]:
    wanted = None if regions is None else set(regions)
    return [
        z.id
        for z in chart.zones.values()
        if view in z.polygons
        and (wanted is None or z.region in wanted)
        and (zoom.side is None or z.side == zoom.side)
    ]


def _d(shapes: Iterable[Iterable[Point]]) -> str:
    out = []
    for shape in shapes:
        pts = list(shape)
        out.append(
            f"M{pts[0][0]:g} {pts[0][1]:g}" + "".join(f"L{x:g} {y:g}" for x, y in pts[1:]) + "Z"
        )
    return "".join(out)


def _extent(shapes: Iterable[Iterable[Point]]) -> tuple[float, float, float, float]:
    pts = [p for s in shapes for p in s]
    xs, ys = [p[0] for p in pts], [p[1] for p in pts]
    return min(xs), min(ys), max(xs), max(ys)


def scale_for(chart: BodyChart, view: str, zones: list[str]) -> tuple[tuple[float, ...], float]:
    """The crop box (x, y, width, height) in chart units and the px per unit to draw it at."""
    boxes = [_extent(chart.zones[z].polygons[view]) for z in zones]
    x0 = min(b[0] for b in boxes) - PAD
    y0 = min(b[1] for b in boxes) - PAD
    x1 = max(b[2] for b in boxes) + PAD
    y1 = max(b[3] for b in boxes) + PAD
    smallest = min(min(b[2] - b[0], b[3] - b[1]) for b in boxes)
    scale = max(TARGET / smallest, MIN_SCALE)
    scale = min(scale, MAX_WIDTH / (x1 - x0)) if (x1 - x0) * scale > MAX_WIDTH else scale
    return (x0, y0, x1 - x0, y1 - y0), scale


def render_zoom(
    chart: BodyChart, zoom: Zoom, view: str, zones: list[str], classes: Mapping[str, str], lang: str
) -> str:
    (x, y, w, h), scale = scale_for(chart, view, zones)
    dom_id = f"zoom-{zoom.id}-{view}"
    title = f"{zoom.label}: {view_title(chart, view, lang)}"
    parts = [
        f'<svg class="bodychart zoom-chart view-{view}" id="{dom_id}" '
        f'viewBox="{x:g} {y:g} {w:g} {h:g}" width="{w * scale:.0f}" height="{h * scale:.0f}" '
        f'role="group" aria-label="{escape(title)}" data-view="{view}">',
        f"<title>{escape(title)}</title>",
        '<g class="outline" aria-hidden="true">',
        *(f'<path d="{_d([shape])}"/>' for shape in chart.outline(view)),
        '</g><g class="zones">',
    ]
    for zid in zones:
        css = " ".join(filter(None, ["zone", classes.get(zid, "")]))
        parts.append(
            f'<path id="{dom_id}-{zid}" class="{css}" data-zone="{zid}" '
            f'd="{_d(chart.zones[zid].polygons[view])}">'
            f"<title>{escape(zone_name(chart, zid, lang))}</title></path>"
        )
    parts.append("</g></svg>")
    return "".join(parts)


def zooms(chart: BodyChart, classes: Mapping[str, str], lang: str) -> list[dict[str, object]]:
    """Every zoom with its views rendered, for the finder template."""
    out = []
    for zoom in ZOOMS:
        figures = []
        for view, regions in zoom.views:
            zones = zones_of(chart, zoom, view, regions)
            if zones:
                figures.append(
                    {
                        "title": view_title(chart, view, lang),
                        "svg": render_zoom(chart, zoom, view, zones, classes, lang),
                    }
                )
        out.append({"id": zoom.id, "label": zoom.label, "figures": figures})
    return out
