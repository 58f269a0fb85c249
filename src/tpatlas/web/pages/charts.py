"""Referral-pattern figures for a trigger point: which views, which zones, where the X goes.

Patterns are drawn on the patient's right side, as the trigger point literature usually does.
"""

from __future__ import annotations

from dataclasses import dataclass

from tpatlas.bodychart import BodyChart
from tpatlas.bodychart.chart import Side
from tpatlas.bodychart.render import Figure, render
from tpatlas.kb.schema import TriggerPoint

DRAWN_SIDE: Side = "right"


@dataclass(frozen=True)
class PatternView:
    view: str
    title: str
    svg: str


_CACHE: dict[tuple[int, str], list[PatternView]] = {}


def pattern_views(chart: BodyChart, tp: TriggerPoint) -> list[PatternView]:
    """The figures of one trigger point; drawn once per process, since the data never changes."""
    key = (id(chart), tp.id)
    if key not in _CACHE:
        _CACHE[key] = _draw(chart, tp)
    return _CACHE[key]


def _draw(chart: BodyChart, tp: TriggerPoint) -> list[PatternView]:
    essential = chart.sided(tp.essential, DRAWN_SIDE)
    spillover = chart.sided(tp.spillover, DRAWN_SIDE)
    location = chart.zone_id(tp.zone, DRAWN_SIDE)
    classes = {z: "essential" for z in essential} | {z: "spillover" for z in spillover}
    classes.setdefault(location, "location")
    out = []
    for view in chart.views_of([*essential, *spillover, location]):
        marks = (
            (chart.zones[location].anchor(view),) if view in chart.zones[location].polygons else ()
        )
        title = f"{chart.views[view].title}: {tp.name.en}"
        dom_id = f"tp-{tp.id}-{view}"
        fig = Figure(view=view, classes=classes, marks=marks, title=title, dom_id=dom_id, crop=True)
        out.append(PatternView(view, chart.views[view].title, render(chart, fig)))
    return out
