"""The drawn layers of a chart: the figure, the smooth referral pattern and the muscles.

The pattern is the union of a trigger point's zones, not the zones themselves: the zones of one
kind (essential or spillover) are merged and rounded into one smooth outline (``soften``),
clipped to the silhouette. So the pattern reads as the smooth area a clinician would shade, while
every zone keeps its exact geometry (and its title and link) in the layer above. It is plain SVG
(no masks or filters), so it prints the same from a browser and from WeasyPrint's PDFs.
"""

from __future__ import annotations

from collections.abc import Mapping
from html import escape

from tpatlas.bodychart.chart import BodyChart, Side
from tpatlas.bodychart.figures import Art
from tpatlas.bodychart.paths import Warp, smooth_path
from tpatlas.bodychart.soften import soften

Box = tuple[float, float, float, float]
KINDS = ("spillover", "essential")  # drawn in this order: essential on top


def _kind_zones(classes: Mapping[str, str], kind: str) -> list[str]:
    return [z for z, cls in classes.items() if kind in cls.split()]


def figure_layer(art: Art, box: Box) -> str:
    """The silhouette and the faint muscle relief: under the pattern."""
    parts = [
        '<g class="figure" aria-hidden="true">',
        f'<path class="silhouette" d="{art.outline}"/>',
        '<g class="relief">',
        *(f'<path d="{d}"/>' for d in art.relief_in(box)),
        "</g></g>",
    ]
    return "".join(parts)


def details_layer(art: Art) -> str:
    """Face, creases and bony landmarks: over the pattern, so an eye or a crest stays visible."""
    paths = (f'<path class="{d.cls}" d="{d.d}"/>' for d in art.details)
    return '<g class="details" aria-hidden="true">' + "".join(paths) + "</g>"


def pattern_defs(dom_id: str, outline: str) -> str:
    return (
        f'<defs><pattern id="{dom_id}-hatch" width="6" height="6" patternUnits="userSpaceOnUse" '
        'patternTransform="rotate(45)"><rect width="6" height="6" class="hatch-bg"/>'
        '<line x1="0" y1="0" x2="0" y2="6" class="hatch-line"/></pattern>'
        f'<clipPath id="{dom_id}-body"><path d="{outline}"/></clipPath></defs>'
    )


def pattern_layer(
    chart: BodyChart, view: str, dom_id: str, classes: Mapping[str, str], warp: Warp | None
) -> str:
    """Spillover (hatched) then essential (solid), each as one softened shape."""
    scale = chart.all_views[view].scale
    parts = [f'<g class="pattern" clip-path="url(#{dom_id}-body)" aria-hidden="true">']
    for kind in KINDS:
        shapes = [
            [warp(p) for p in poly] if warp else poly
            for z in _kind_zones(classes, kind)
            if z in chart.zones
            for poly in chart.zones[z].polygons.get(view, ())
        ]
        if shapes:
            paint = f"url(#{dom_id}-hatch)" if kind == "spillover" else "currentColor"
            d = soften(shapes, scale)
            parts.append(f'<path class="pattern-{kind}" d="{d}" fill="{paint}"/>')
    parts.append("</g>")
    return "".join(parts)


def muscle_layer(
    chart: BodyChart,
    view: str,
    muscles: Mapping[str, str],
    side: Side,
    warp: Warp | None,
    clip: str,
) -> str:
    """Each muscle asked for, drawn where it lies on ``side``, with its name as a title."""
    art = chart.muscle_art()
    parts = [f'<g class="muscles" clip-path="url(#{clip})">']
    for mid, title in muscles.items():
        for shape in art.shapes.get(mid, {}).get(view, ()):
            pts = chart.place(view, side, shape.points)
            d = smooth_path([warp(p) for p in pts] if warp else pts)
            css = "muscle deep" if shape.deep else "muscle"
            parts.append(
                f'<path class="{css}" data-muscle="{escape(mid)}" d="{d}">'
                f"<title>{escape(title)}</title></path>"
            )
    parts.append("</g>")
    return "".join(parts)
