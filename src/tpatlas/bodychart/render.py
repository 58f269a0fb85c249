"""Draws a view of the body chart as inline SVG.

Layers, bottom up: the figure (silhouette, faint muscle relief, face and bony landmarks), the
referral pattern (essential zones solid, spillover hatched: the union of the zones softened into
one smooth shape and clipped to the body), the muscles asked for, the zones themselves (each a
<path> whose id is "zone-" + its zone id, with a <title>, so hover, clicks and screen readers
name it), and the X marks. Classes set by the caller ("essential", "spillover", "picked", ...) do
the colouring in CSS; patterns, clip paths and filters are defined inside each SVG so a figure
stands alone when copied or printed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from html import escape

from tpatlas.bodychart.chart import BodyChart, Side
from tpatlas.bodychart.geometry import Point
from tpatlas.bodychart.layers import (
    details_layer,
    figure_layer,
    muscle_layer,
    pattern_defs,
    pattern_layer,
)
from tpatlas.bodychart.names import LANGUAGES, side_letter, zone_name
from tpatlas.bodychart.paths import Warp, polygon_path
from tpatlas.bodychart.viewbox import viewbox


@dataclass(frozen=True)
class Figure:
    """What to draw on one view: CSS classes per zone id, and X marks at points.

    The fields after ``min_height`` are optional additions: the body drawn ("male" or
    "female"), muscles to draw (id -> title, on ``side``), links for zones (id -> href), a
    fixed zoom (px per body unit; 0 lets the SVG fill its box) and the language of the side
    letters and zone names ("R"/"L" in English, "D"/"I" in Spanish).
    """

    view: str
    classes: Mapping[str, str] = field(default_factory=dict)
    marks: tuple[Point, ...] = ()
    title: str = ""
    dom_id: str = "chart"
    # Zoom to the marked zones (at least ``min_height`` tall) instead of the whole body.
    crop: bool = False
    min_height: float = 320.0
    body: str = "male"
    muscles: Mapping[str, str] = field(default_factory=dict)
    side: Side = "right"
    links: Mapping[str, str] = field(default_factory=dict)
    zoom: float = 0.0
    lang: str = "en"


def _cross(point: Point, size: float = 7.0) -> str:
    x, y = point
    return (
        f'<g class="tp-mark" transform="translate({x:.1f} {y:.1f})">'
        f'<circle r="{size + 3:g}" class="tp-halo"/>'
        f'<path d="M{-size:g} {-size:g}L{size:g} {size:g}M{-size:g} {size:g}L{size:g} {-size:g}"/>'
        "</g>"
    )


def _side_labels(
    chart: BodyChart, view: str, box: tuple[float, float, float, float], lang: str = "en"
) -> str:
    v = chart.all_views[view]
    x, top, w, _ = box
    right, left = side_letter("right", lang), side_letter("left", lang)
    left_label, right_label = (right, left) if v.right_on_viewer_left else (left, right)
    y = top + 24
    labels = []
    if x < v.midline:
        labels.append(f'<text class="side-label" x="{x + 12:g}" y="{y:g}">{left_label}</text>')
    if x + w > v.midline:
        labels.append(
            f'<text class="side-label" x="{x + w - 12:g}" y="{y:g}" text-anchor="end">'
            f"{right_label}</text>"
        )
    return "".join(labels)


def _zone_title(chart: BodyChart, zone_id: str, lang: str) -> str:
    return zone_name(chart, zone_id, lang) if lang in LANGUAGES else chart.zones[zone_id].name


def _zone_d(shapes: tuple[tuple[Point, ...], ...], warp: Warp | None) -> str:
    if warp is None:
        return "".join(polygon_path(s) for s in shapes)
    return "".join(polygon_path([warp(p) for p in s]) for s in shapes)


def _outside(shapes: tuple[tuple[Point, ...], ...], box: tuple[float, float, float, float]) -> bool:
    x, y, w, h = box
    pts = [p for s in shapes for p in s]
    return (
        max(p[0] for p in pts) < x
        or min(p[0] for p in pts) > x + w
        or max(p[1] for p in pts) < y
        or min(p[1] for p in pts) > y + h
    )


def _zones(
    chart: BodyChart,
    fig: Figure,
    warp: Warp | None,
    clip: str,
    box: tuple[float, float, float, float],
) -> list[str]:
    """Every zone of the view (a cropped chart leaves out those wholly outside its window)."""
    out = [f'<g class="zones" clip-path="url(#{clip})">']
    for zone in chart.zones.values():
        shapes = zone.polygons.get(fig.view)
        if not shapes or (fig.crop and _outside(shapes, box)):
            continue
        css = " ".join(filter(None, ["zone", fig.classes.get(zone.id, "")]))
        # A fill attribute, not a style attribute (the site's Content-Security-Policy forbids
        # inline styles); spillover keeps its hatch where the smooth pattern layer is absent.
        fill = f' fill="url(#{fig.dom_id}-hatch)"' if "spillover" in css else ""
        path = (
            f'<path id="{fig.dom_id}-{zone.id}" class="{css}" data-zone="{zone.id}" '
            f'd="{_zone_d(shapes, warp)}"{fill}>'
            f"<title>{escape(_zone_title(chart, zone.id, fig.lang))}</title></path>"
        )
        href = fig.links.get(zone.id)
        if href:
            path = f'<a href="{escape(href)}" class="zone-link" data-zone="{zone.id}">{path}</a>'
        out.append(path)
    out.append("</g>")
    return out


def figure_box(chart: BodyChart, fig: Figure) -> tuple[float, float, float, float]:
    """The window a figure shows: what is marked, and the muscles drawn, when cropped."""
    art = chart.muscle_art()
    extra = [
        p
        for mid in fig.muscles
        for shape in art.shapes.get(mid, {}).get(fig.view, ())
        for p in chart.place(fig.view, fig.side, shape.points)
    ]
    return viewbox(chart, fig.view, fig.classes, fig.marks, fig.crop, fig.min_height, extra)


def render(chart: BodyChart, fig: Figure) -> str:
    """SVG markup for one view with the figure's classes and marks."""
    v = chart.all_views[fig.view]
    box = figure_box(chart, fig)
    x, top, w, h = box
    warp = chart.figures().warp(fig.body, fig.view)
    art = chart.figures().get(fig.body, fig.view)
    title = escape(fig.title or v.title)
    size = ""
    if fig.zoom:
        px = fig.zoom * v.scale
        size = f' width="{w * px:.0f}" height="{h * px:.0f}"'
    patterned = any(c in ("essential", "spillover") for cls in fig.classes.values()
                    for c in cls.split())  # fmt: skip
    css = f"bodychart view-{v.id} body-{escape(fig.body)}" + (" patterned" if patterned else "")
    clip = f"{fig.dom_id}-body"
    parts = [
        f'<svg class="{css}" id="{escape(fig.dom_id)}" viewBox="{x:g} {top:g} {w:g} {h:g}"{size} '
        f'role="group" aria-label="{title}" data-view="{v.id}" data-body="{escape(fig.body)}">',
        f"<title>{title}</title>",
        pattern_defs(fig.dom_id, art.outline),
        figure_layer(art, box),
        pattern_layer(chart, fig.view, fig.dom_id, fig.classes, warp),
        details_layer(art),
        muscle_layer(chart, fig.view, fig.muscles, fig.side, warp, clip),
        *_zones(chart, fig, warp, clip, box),
        '<g class="marks" aria-hidden="true">',
        *(_cross(warp(p) if warp else p) for p in fig.marks),
        "</g>",
        _side_labels(chart, fig.view, box, fig.lang),
        "</svg>",
    ]
    return "".join(parts)
