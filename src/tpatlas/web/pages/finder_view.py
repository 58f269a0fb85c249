"""The pain finder page: a plain GET form that works without JavaScript; with htmx the results
panel updates as zones are marked (the same view answers with only the results partial)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tpatlas.bodychart.names import kind_name, region_name, view_title, zone_name
from tpatlas.bodychart.render import Figure
from tpatlas.bodychart.render import render as render_svg
from tpatlas.finder import FinderInputError, build_query, find
from tpatlas.finder.data import load
from tpatlas.finder.query import INTENSITIES, query_from_text
from tpatlas.kb import KnowledgeBase
from tpatlas.web.knowledge import kb
from tpatlas.web.pages.finder_language import in_language, localize_flags, localize_result
from tpatlas.web.pages.localize import page_language


def _marked(request: HttpRequest, k: KnowledgeBase) -> dict[str, str]:
    """Zones from the form: `zone` checkboxes, intensities from `intensities` ("id:level,...")."""
    levels = dict(
        pair.split(":", 1)
        for pair in request.GET.get("intensities", "").split(",")
        if pair.count(":") == 1
    )
    return {
        z: levels.get(z, "moderate") if levels.get(z) in INTENSITIES else "moderate"
        for z in request.GET.getlist("zone")
        if z in k.chart.zones
    }


def _charts(k: KnowledgeBase, marked: dict[str, str]) -> list[dict[str, str]]:
    classes = {z: f"picked picked-{level}" for z, level in marked.items()}
    return [
        {
            "view": v,
            "title": view_title(k.chart, v, page_language()),
            "svg": render_svg(
                k.chart,
                Figure(
                    view=v,
                    classes=classes,
                    dom_id=f"pick-{v}",
                    title=f"{k.chart.views[v].title}: mark where it hurts",
                ),
            ),
        }
        for v in k.chart.views
    ]


def _zone_groups(k: KnowledgeBase, marked: dict[str, str]) -> list[dict[str, Any]]:
    lang = page_language()
    groups: dict[str, list[dict[str, Any]]] = {}
    named = [(zone_name(k.chart, z.id, lang), z) for z in k.chart.zones.values()]
    for name, z in sorted(named, key=lambda pair: (pair[1].side, pair[0])):
        groups.setdefault(z.region, []).append(
            {"id": z.id, "name": name, "checked": z.id in marked}
        )
    return [
        {
            "id": r,
            "name": region_name(k.chart, r, lang),
            "zones": groups[r],
            "open": any(z["checked"] for z in groups[r]),
        }
        for r in k.chart.regions
        if r in groups
    ]


def _run(request: HttpRequest, k: KnowledgeBase, marked: dict[str, str]) -> dict[str, Any]:
    text = request.GET.get("text", "").strip()[:2000]
    worse, flags = request.GET.getlist("worse"), request.GET.getlist("flag")
    onset = request.GET.get("onset") or None
    if text:
        query, understood = query_from_text(
            k.chart,
            text,
            side=request.GET.get("side") or None,
            aggravators=worse,
            onset=onset,
            red_flags=flags,
        )
        result = find(k, query, understood=understood)
        return {
            "result": result.to_json(k),
            "marked": dict.fromkeys(query.zones, "moderate"),
            "heard": text,
            "worse": sorted(query.aggravators),
            "onset": query.onset,
        }
    if not marked and not (worse or flags or onset):
        return {"result": None, "marked": marked, "worse": worse, "onset": onset}
    query = build_query(k.chart, marked, aggravators=worse, onset=onset, red_flags=flags)
    return {"result": find(k, query).to_json(k), "marked": marked, "worse": worse, "onset": onset}


def finder(request: HttpRequest) -> HttpResponse:
    k = kb()
    ctx = load("context")
    context: dict[str, Any] = {"error": None}
    try:
        context.update(_run(request, k, _marked(request, k)))
    except FinderInputError as exc:
        context.update(error=exc, result=None, marked=_marked(request, k))
    if context.get("result"):
        localize_flags(context["result"]["red_flags"])
        localize_result(context["result"], k)
        context["result"]["coverage_pct"] = round(context["result"]["combination_coverage"] * 100)
        lang = page_language()
        for t in context["result"].get("understood", {}).get("terms", []):
            t["zone_names"] = [kind_name(k.chart, z, lang) for z in t["zones"]]
        for r in context["result"]["results"]:
            r["essential_names"] = [zone_name(k.chart, z, lang) for z in r["essential"]]
            r["spillover_names"] = [zone_name(k.chart, z, lang) for z in r["spillover"]]
    if request.headers.get("HX-Request"):
        return render(request, "pages/_finder_results.html", context)
    marked = context["marked"]
    context.update(
        charts=_charts(k, marked),
        zone_groups=_zone_groups(k, marked),
        intensities=",".join(f"{z}:{lvl}" for z, lvl in marked.items()),
        aggravators=[
            (a, in_language(e, "label"), a in request.GET.getlist("worse"))
            for a, e in ctx["aggravators"].items()
        ],
        onsets=[
            (o, in_language(e, "label"), context.get("onset") == o) for o, e in ctx["onset"].items()
        ],
        questions=[
            (q, in_language(e, "question"), q in request.GET.getlist("flag"))
            for q, e in load("safety")["general"].items()
        ],
        marked_names=[zone_name(k.chart, z, page_language()) for z in marked],
    )
    return render(request, "pages/finder.html", context)
