"""Body chart figures on which a chart question is answered ("click where this trigger point
refers"): only this atlas can ask it, because only it has the zones as data."""

from __future__ import annotations

from tpatlas.bodychart.geometry import Point
from tpatlas.bodychart.names import view_title
from tpatlas.bodychart.render import Figure, render
from tpatlas.ce.questions import Item
from tpatlas.kb import load_knowledge_base


def answer_charts(item: Item, answer: list[str] | None, lang: str) -> list[dict[str, str]]:
    """The body chart views a chart question is answered on: the candidate zones (every zone
    of the regions the pattern touches, drawn on the right side as the monographs are) can be
    clicked; the trigger point's own place carries its cross. The checkboxes stay the answer,
    so the question works without the script and from the keyboard. With ``answer`` (the
    result page) the same views show the right zones and the learner's picks."""
    chart = load_knowledge_base().chart
    regions = {chart.kinds[z].region for z in item.zones}
    candidates = [k for k, z in chart.kinds.items() if z.region in regions or k in item.zones]
    sided = {chart.zone_id(k, "right"): k for k in candidates}
    sided = {z: k for z, k in sided.items() if z in chart.zones}
    if answer is None:  # answering: every candidate can be clicked
        classes = {z: "choosable" for z in sided}
    else:  # the result: the right zones in red, the learner's picks outlined in blue
        classes = {
            z: " ".join(
                filter(None, ["essential" if k in item.zones else "", "chosen" * (k in answer)])
            )
            for z, k in sided.items()
        }
    location = chart.zone_id(item.mark, "right") if item.mark else None
    out = []
    for view in chart.views_of(list(sided)):
        marks: tuple[Point, ...] = ()
        if location in chart.zones and view in chart.zones[location].polygons:
            marks = (chart.zones[location].anchor(view),)
        fig = Figure(
            view=view,
            classes=classes,
            marks=marks,
            title=view_title(chart, view, lang),
            dom_id=f"q-{item.id}-{view}",
            crop=True,
            lang=lang,
        )
        out.append({"view": view, "svg": render(chart, fig)})
    return out
