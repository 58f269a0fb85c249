"""The pain finder page: a plain GET form that works without JavaScript; with htmx the results
panel updates as zones are marked (the same view answers with only the results partial)."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from tpatlas.bodychart.names import kind_name, region_name, view_title, zone_name
from tpatlas.bodychart.render import Figure
from tpatlas.bodychart.render import render as render_svg
from tpatlas.finder import FinderInputError, build_query, find
from tpatlas.finder.data import load
from tpatlas.finder.query import INTENSITIES, query_from_text
from tpatlas.kb import KnowledgeBase
from tpatlas.web.knowledge import kb

FLAG_SECTIONS = {
    "red-flag": ("general", "advice"),
    "zone-warning": ("zones", "message"),
    "sensation-warning": ("sensations", "message"),
}


def _in_language(entry: dict[str, Any], key: str) -> str:
    """The safety and context texts carry ``<key>_es`` beside the English ``<key>``."""
    lang = (get_language() or "en").split("-")[0]
    return str(entry.get(f"{key}_{lang}") or entry[key])


def _localize_flags(flags: list[dict[str, Any]]) -> None:
    """Warnings must be read, so they are shown in the page's language where we have it."""
    rules = load("safety")
    for flag in flags:
        section, key = FLAG_SECTIONS[flag["kind"]]
        flag["message"] = " ".join(_in_language(rules[section][flag["id"]], key).split())


SIDES = {
    "right": gettext_noop("right"),
    "left": gettext_noop("left"),
    "either": gettext_noop("either side"),
}
# The finder core speaks English; these are the notes it can add, listed so they are translated.
NOTES = (
    gettext_noop("No side was mentioned: the results apply to either side."),
    gettext_noop(
        "No painful zones were given or understood; mark the chart or describe where it hurts."
    ),
)


# The reason phrases of finder/factors.py, listed here so they can be translated (a test keeps
# the two identical).
REASONS = {
    "essential": gettext_noop("its main pain zone covers {zones}"),
    "spillover": gettext_noop("its pain can spill over to {zones}"),
    "nearby": gettext_noop("it refers pain close to {zones}"),
    "context": gettext_noop("{items} fits what the literature describes for it"),
}


def _reason(r: dict[str, Any], k: KnowledgeBase, lang: str) -> str:
    """The one-line reason of a result, rebuilt with zone names in the page's language."""
    parts = []
    for key in ("essential", "spillover", "nearby"):
        if r[key]:
            zones = ", ".join(
                kind_name(k.chart, z.split("-", 1)[1], lang).lower() for z in r[key][:3]
            )
            parts.append(_(REASONS[key]).format(zones=zones))
    if r["context"]:
        labels = {
            e["label"]: _in_language(e, "label")
            for section in ("aggravators", "onset", "sensations")
            for e in load("context")[section].values()
        }
        items = _(" and ").join(labels.get(c, c).lower() for c in r["context"])
        parts.append(_(REASONS["context"]).format(items=items))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:] + "."


def _localize_names(result: dict[str, Any], k: KnowledgeBase) -> None:
    """Muscle, trigger point and condition names, sides and notes in the page's language."""
    lang = (get_language() or "en").split("-")[0]
    for r in result["results"]:
        muscle = k.muscles[r["muscle"]]
        r["name"] = muscle.name.get(lang)[0]
        tp = next(t for t in muscle.trigger_points if t.id == r["trigger_point"])
        r["trigger_point_name"] = tp.name.get(lang)[0]
        r["group_name"] = k.muscles[r["group"]].name.get(lang)[0] if r["group"] else ""
        r["side"] = _(SIDES.get(r["side"], r["side"]))
        if lang != "en":
            r["reason"] = _reason(r, k, lang)
    for c in result["combination"]:
        c["name"] = k.muscles[c["muscle"]].name.get(lang)[0]
    for d in result["differentials"]:
        condition = k.conditions[d["condition"]]
        d["name"] = condition.name.get(lang)[0]
        if condition.see_clinician:
            d["see_clinician"] = condition.see_clinician.get(lang)[0]
    result["notes"] = [_(n) for n in result.get("notes", [])]


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
            "title": view_title(k.chart, v, _lang()),
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


def _lang() -> str:
    return (get_language() or "en").split("-")[0]


def _zone_groups(k: KnowledgeBase, marked: dict[str, str]) -> list[dict[str, Any]]:
    lang = _lang()
    groups: dict[str, list[dict[str, Any]]] = {}
    named = sorted((z.side, zone_name(k.chart, z.id, lang), z) for z in k.chart.zones.values())
    for _side, name, z in named:
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
        _localize_flags(context["result"]["red_flags"])
        _localize_names(context["result"], k)
        context["result"]["coverage_pct"] = round(context["result"]["combination_coverage"] * 100)
        lang = _lang()
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
            (a, _in_language(e, "label"), a in request.GET.getlist("worse"))
            for a, e in ctx["aggravators"].items()
        ],
        onsets=[
            (o, _in_language(e, "label"), context.get("onset") == o)
            for o, e in ctx["onset"].items()
        ],
        questions=[
            (q, _in_language(e, "question"), q in request.GET.getlist("flag"))
            for q, e in load("safety")["general"].items()
        ],
        marked_names=[zone_name(k.chart, z, _lang()) for z in marked],
    )
    return render(request, "pages/finder.html", context)
