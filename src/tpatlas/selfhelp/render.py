"""An illustration as an SVG string: ``render(illustration, lang)``.

The SVG is 320 x 240 units whatever it shows, with ``role="img"``, a <title> and an aria-label
holding the alt text in the asked language. It carries no style attribute and no <style>: the
classes are coloured by ``static/tpatlas/selfhelp.css`` (the site's Content-Security-Policy
forbids inline styles; the handout PDF puts the stylesheet inside each SVG itself).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from html import escape

from tpatlas.selfhelp.compose import Drawing, compose, outline_points
from tpatlas.selfhelp.geometry import CANVAS, Point, View, box_around, fit_box, line_path
from tpatlas.selfhelp.shapes import ArrowShape
from tpatlas.selfhelp.spec import Illustration, Pose

HEAD = 7.5  # arrowhead length on the canvas
PAD = 5.0  # body units around a whole figure


def _head(tip: Point, before: Point, view: View) -> str:
    a, b = view.pt(before), view.pt(tip)
    ang = math.atan2(b[1] - a[1], b[0] - a[0])
    left = (b[0] - HEAD * math.cos(ang - 0.45), b[1] - HEAD * math.sin(ang - 0.45))
    right = (b[0] - HEAD * math.cos(ang + 0.45), b[1] - HEAD * math.sin(ang + 0.45))
    return f'<path class="arrow-head" d="{line_path([b, left, right], closed=True)}"/>'


def _trim(points: tuple[Point, ...], view: View) -> list[Point]:
    """The line stops short of the arrowhead's tip so the tip stays sharp."""
    pts = [view.pt(p) for p in points]
    (x0, y0), (x1, y1) = pts[-2], pts[-1]
    seg = math.hypot(x1 - x0, y1 - y0) or 1.0
    k = min(HEAD * 0.6 / seg, 0.9)
    pts[-1] = (x1 - (x1 - x0) * k, y1 - (y1 - y0) * k)
    return pts


def _arrow(a: ArrowShape, view: View) -> str:
    from tpatlas.selfhelp.geometry import smooth_path

    pts = _trim(a.points, view)
    heads = [_head(a.points[-1], a.points[-2], view)]
    if a.both:
        pts = _trim(a.points[::-1], view)[::-1] if len(pts) > 1 else pts
        pts[-1] = _trim(a.points, view)[-1]
        heads.append(_head(a.points[0], a.points[1], view))
    line = smooth_path(pts, closed=False) if len(pts) > 2 else line_path(pts)
    return f'<g class="arrow"><path class="arrow-line" d="{line}"/>{"".join(heads)}</g>'


def _window(
    drawing: Drawing, width: float | None, aspect: float
) -> tuple[float, float, float, float]:
    if width is not None and drawing.focus is not None:
        return box_around(drawing.focus, width, aspect)
    return fit_box(outline_points(drawing), PAD, aspect)


def _clamp(points: tuple[Point, ...], view: View) -> tuple[Point, ...]:
    """A floor or wall cut to its panel's window, so two panels never overlap."""
    x, y, w, h = view.box
    return tuple((min(max(px, x), x + w), min(max(py, y), y + h)) for px, py in points)


def _panel_svg(drawing: Drawing, view: View) -> list[str]:
    out = []
    for name, shapes in drawing.layers:
        if not shapes:
            continue
        paths = "".join(
            f'<path class="{s.cls}" '
            f'd="{view.d(s.points if s.fits else _clamp(s.points, view), s.closed, s.smooth)}"/>'
            for s in shapes
        )
        out.append(f'<g class="layer-{name}">{paths}</g>')
    out += [_arrow(a, view) for a in drawing.arrows]
    return out


def render(ill: Illustration, lang: str, poses: Mapping[str, Pose] | None = None,
           css_class: str = "") -> str:  # fmt: skip
    """The illustration as SVG markup, its alt text in ``lang`` (en or es)."""
    if poses is None:
        from tpatlas.selfhelp.catalog import load_poses

        poses = load_poses()
    alt = escape(ill.alt.es if lang == "es" else ill.alt.en)
    n = len(ill.panels)
    w, h = (CANVAS[0], CANVAS[1] / n) if ill.stack else (CANVAS[0] / n, CANVAS[1])
    body: list[str] = []
    for i, panel in enumerate(ill.panels):
        drawing = compose(panel, poses)
        zoom = panel.zoom.width if panel.zoom else None
        offset = (0.0, i * h) if ill.stack else (i * w, 0.0)
        view = View(_window(drawing, zoom, w / h), (w, h), offset)
        body.append(f'<g class="panel">{"".join(_panel_svg(drawing, view))}</g>')
        if i:
            line = f"M12 {i * h:g}H{w - 12:g}" if ill.stack else f"M{i * w:g} 12V{h - 12:g}"
            body.append(f'<path class="divider" d="{line}"/>')
    classes = " ".join(filter(None, ["selfhelp-fig", css_class]))
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="{classes}" '
        f'viewBox="0 0 {CANVAS[0]:g} {CANVAS[1]:g}" role="img" aria-label="{alt}">'
        f"<title>{alt}</title>{''.join(body)}</svg>"
    )
