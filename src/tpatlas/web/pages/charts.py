"""Referral-pattern figures of one monograph: the muscle with its combined pattern, then one
figure per trigger point, every figure of the entry at one zoom so sizes compare.

Patterns are drawn on the patient's right side, as the trigger point literature usually does.
The X sits at the trigger point's own coordinates (bodychart ``muscles.yaml``) where they are
drawn, else at the centre of the zone it lies in. Each zone of a pattern links to the list of
other muscles that refer there (``#refers-<zone kind>``; the page script turns it into a popover).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace

from tpatlas.bodychart import BodyChart
from tpatlas.bodychart.chart import Side
from tpatlas.bodychart.geometry import Point
from tpatlas.bodychart.render import Figure, figure_box, render
from tpatlas.kb.schema import TriggerPoint

DRAWN_SIDE: Side = "right"
MAX_HEIGHT = 620.0  # px: the tallest chart of an entry on a desktop screen
MAX_WIDTH = 540.0  # px: the widest
ZOOM_RANGE = (1.5, 3.2)  # px per body unit: at least twice the old whole-body chart


@dataclass(frozen=True)
class PatternView:
    view: str
    title: str
    svg: str


Titles = Callable[[str], str]  # view id -> the chart's title


def mark(chart: BodyChart, tp: TriggerPoint, view: str) -> Point | None:
    """Where the X goes in ``view``: the trigger point's own point, else its zone's centre."""
    at = chart.muscle_art().points.get(tp.id, {}).get(view)
    if at is not None:
        return chart.place(view, DRAWN_SIDE, [at])[0]
    location = chart.zone_id(tp.zone, DRAWN_SIDE)
    if view in chart.zones[location].polygons:
        return chart.zones[location].anchor(view)
    return None


def pattern_classes(chart: BodyChart, tps: Iterable[TriggerPoint]) -> dict[str, str]:
    """Zone id -> "essential" or "spillover" (essential for any trigger point wins)."""
    tps = list(tps)
    essential = {z for tp in tps for z in chart.sided(tp.essential, DRAWN_SIDE)}
    spill = {z for tp in tps for z in chart.sided(tp.spillover, DRAWN_SIDE)} - essential
    return {z: "essential" for z in sorted(essential)} | {z: "spillover" for z in sorted(spill)}


def _views(chart: BodyChart, classes: Mapping[str, str], tps: list[TriggerPoint]) -> list[str]:
    """The views that show the pattern, in chart order.

    A marking view (front, back, soles, head) is drawn when any zone of the pattern or an X is in
    it. A reference view (the whole body from the side) repeats zones the others show at their
    edge, so it is drawn only when it shows the essential zones as fully as the best marking view
    does: a pattern that runs down the side (gluteus minimus, vastus lateralis, the fibularis
    muscles), not a pattern of the back that touches the side (the hamstrings).
    """
    located = [chart.zone_id(tp.zone, DRAWN_SIDE) for tp in tps]
    wanted = set(chart.views_of([*classes, *located]))
    wanted |= {
        v for tp in tps for v in chart.muscle_art().points.get(tp.id, {}) if v in chart.views
    }
    essential = [z for z, cls in classes.items() if cls == "essential"]

    def shown(view: str) -> int:
        return sum(view in chart.zones[z].polygons for z in essential)

    best = max((shown(v) for v in chart.views), default=0)
    wanted |= {v for v in chart.all_views if v not in chart.views and shown(v) and shown(v) >= best}
    marked = {v for tp in tps for v in chart.muscle_art().points.get(tp.id, {})}
    order = {v: i for i, v in enumerate(chart.all_views)}
    # The view that shows the trigger points and most of the pattern comes first (on a phone the
    # charts stack, and the first is what a reader sees); the others follow in chart order.
    return sorted(wanted, key=lambda v: (-(shown(v) + (v in marked)), order[v]))


def plan(
    chart: BodyChart,
    tps: list[TriggerPoint],
    muscles: Mapping[str, str],
    dom_id: str,
    title: str,
    body: str = "male",
    lang: str = "en",
) -> list[Figure]:
    """The figures (not yet zoomed) that show ``tps`` together, one per view that shows them."""
    classes = pattern_classes(chart, tps)
    links = {z: f"#refers-{chart.zones[z].kind}" for z in classes}
    out = []
    for view in _views(chart, classes, tps):
        marks = tuple(p for tp in tps if (p := mark(chart, tp, view)) is not None)
        out.append(
            Figure(
                view=view,
                classes=classes,
                marks=marks,
                title=title,
                dom_id=f"{dom_id}-{view}",
                crop=True,
                min_height=200.0,
                body=body,
                muscles=muscles,
                side=DRAWN_SIDE,
                links=links,
                lang=lang,
            )
        )
    return out


def entry_zoom(chart: BodyChart, figures: Iterable[Figure]) -> float:
    """One zoom for all charts of an entry: the largest that keeps each within the limits."""
    zoom = ZOOM_RANGE[1]
    for fig in figures:
        _, _, w, h = figure_box(chart, fig)
        scale = chart.all_views[fig.view].scale
        zoom = min(zoom, MAX_HEIGHT / (h * scale), MAX_WIDTH / (w * scale))
    return max(ZOOM_RANGE[0], zoom)


def draw(chart: BodyChart, figures: list[Figure], zoom: float, titles: Titles) -> list[PatternView]:
    out = []
    for fig in figures:
        zoomed = replace(fig, zoom=zoom, title=f"{titles(fig.view)}: {fig.title}")
        out.append(PatternView(fig.view, titles(fig.view), render(chart, zoomed)))
    return out
