"""Draws a view of the body chart as inline SVG.

Every zone is a <path> whose id is "zone-" + its zone id and which carries a <title>, so hover
and screen readers name it. Classes set by the caller ("essential", "spillover", ...) do the
colouring in CSS; the hatch pattern for spillover is defined inside each SVG so a figure stands
alone when copied or printed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from html import escape

from tpatlas.bodychart.chart import BodyChart
from tpatlas.bodychart.geometry import Point


@dataclass(frozen=True)
class Figure:
    """What to draw on one view: CSS classes per zone id, and X marks at points."""

    view: str
    classes: Mapping[str, str] = field(default_factory=dict)
    marks: tuple[Point, ...] = ()
    title: str = ""
    dom_id: str = "chart"
    # Zoom to the marked zones (at least ``min_height`` tall) instead of the whole body.
    crop: bool = False
    min_height: float = 320.0


def _path(points: Iterable[Point]) -> str:
    pts = list(points)
    head = f"M{pts[0][0]:g} {pts[0][1]:g}"
    return head + "".join(f"L{x:g} {y:g}" for x, y in pts[1:]) + "Z"


def _cross(point: Point, size: float = 7.0) -> str:
    x, y = point
    return (
        f'<g class="tp-mark" transform="translate({x:.1f} {y:.1f})">'
        f'<circle r="{size + 3:g}" class="tp-halo"/>'
        f'<path d="M{-size:g} {-size:g}L{size:g} {size:g}M{-size:g} {size:g}L{size:g} {-size:g}"/>'
        "</g>"
    )


def _side_labels(chart: BodyChart, view: str, top: float) -> str:
    v = chart.views[view]
    left_label, right_label = ("R", "L") if v.right_on_viewer_left else ("L", "R")
    y = top + 24
    return (
        f'<text class="side-label" x="12" y="{y:g}">{left_label}</text>'
        f'<text class="side-label" x="{v.width - 12}" y="{y:g}" text-anchor="end">'
        f"{right_label}</text>"
    )


def viewport(chart: BodyChart, fig: Figure) -> tuple[float, float]:
    """The vertical window (top, height) to show: the whole view, or the marked part of it.

    >>> from tpatlas.bodychart import load_chart
    >>> viewport(load_chart(), Figure("back", {"right-achilles": "essential"}, crop=True))
    (640.0, 320.0)
    """
    v = chart.views[fig.view]
    ys = [
        p[1]
        for z in fig.classes
        if fig.view in chart.zones[z].polygons
        for shape in chart.zones[z].polygons[fig.view]
        for p in shape
    ]
    ys += [p[1] for p in fig.marks]
    if not fig.crop or not ys or v.height <= fig.min_height:
        return 0.0, float(v.height)
    pad = 40.0
    top, bottom = min(ys) - pad, max(ys) + pad
    if bottom - top < fig.min_height:
        middle = (top + bottom) / 2
        top, bottom = middle - fig.min_height / 2, middle + fig.min_height / 2
    top = max(0.0, min(top, v.height - (bottom - top)))
    bottom = min(float(v.height), top + (bottom - top))
    return round(top, 0), round(bottom - top, 0)


def render(chart: BodyChart, fig: Figure) -> str:
    """SVG markup for one view with the figure's classes and marks."""
    v = chart.views[fig.view]
    top, height = viewport(chart, fig)
    hatch = f"{fig.dom_id}-hatch"
    title = escape(fig.title or v.title)
    parts = [
        f'<svg class="bodychart view-{v.id}" id="{escape(fig.dom_id)}" '
        f'viewBox="0 {top:g} {v.width} {height:g}" '
        f'role="group" aria-label="{title}" data-view="{v.id}">',
        f"<title>{title}</title>",
        f'<defs><pattern id="{hatch}" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/>'
        '<line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern></defs>',
        '<g class="outline" aria-hidden="true">',
        *(f'<path d="{_path(shape)}"/>' for shape in chart.outline(fig.view)),
        '</g><g class="zones">',
    ]
    for zone in chart.zones.values():
        shapes = zone.polygons.get(fig.view)
        if not shapes:
            continue
        css = " ".join(filter(None, ["zone", fig.classes.get(zone.id, "")]))
        # A fill attribute, not a style attribute (the site's Content-Security-Policy forbids
        # inline styles); the stylesheet leaves spillover zones' fill alone so it shows.
        fill = f' fill="url(#{hatch})"' if "spillover" in css else ""
        d = "".join(_path(s) for s in shapes)
        parts.append(
            f'<path id="{fig.dom_id}-{zone.id}" class="{css}" data-zone="{zone.id}" '
            f'd="{d}"{fill}><title>{escape(zone.name)}</title></path>'
        )
    parts.append('</g><g class="marks" aria-hidden="true">')
    parts.extend(_cross(p) for p in fig.marks)
    parts.append("</g>")
    parts.append(_side_labels(chart, fig.view, top))
    parts.append("</svg>")
    return "".join(parts)
