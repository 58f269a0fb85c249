"""The pain finder page: a form that works without JavaScript; with htmx the results panel
updates as zones are marked (the same view answers with only the results partial).

The form is a POST: a long description or a drawing of widespread pain does not fit in an
address (servers refuse addresses past a few kilobytes), and what a person wrote about their
health does not belong in addresses, logs and history. GET still works for links
(``/finder/?zone=...``). The view only reads: it changes nothing on the server, so it is exempt
from CSRF (see urls.py), like set_language: a forged request could only show someone a finder
answer, and without a per-visitor token the empty page stays cacheable.

After "Find", the description stays in its box and the chart shows how it was understood; a
hidden digest remembers which description the marks were read from. While the description is
unchanged, the marks are the person's corrections of that reading (unmarking a zone removes it)
and the words still give their context (the nerve warning, "when I sit"); a new description is
read afresh and keeps only the zones marked by hand.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import replace
from typing import Any
from urllib.parse import quote, urlencode

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from tpatlas.bodychart.names import kind_name, region_name, view_title, zone_name
from tpatlas.bodychart.render import Figure
from tpatlas.bodychart.render import render as render_svg
from tpatlas.finder import FinderInputError, build_query, choir, find
from tpatlas.finder.data import load
from tpatlas.finder.query import INTENSITIES, MAX_TEXT, Query, query_from_text
from tpatlas.kb import KnowledgeBase
from tpatlas.web.knowledge import kb
from tpatlas.web.pages import finder_zoom
from tpatlas.web.pages.finder_language import (
    in_language,
    join_names,
    localize_flags,
    localize_result,
    marked_names,
    patient_reason,
    said_plainly,
    strength,
)
from tpatlas.web.pages.localize import page_language

MAX_PUSH = 2000  # the longest address htmx may put in the history; longer answers keep the last


def digest(text: str) -> str:
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _fields(request: HttpRequest) -> QueryDict:
    return request.POST if request.method == "POST" else request.GET


def _marked(data: QueryDict, k: KnowledgeBase) -> dict[str, str]:
    """Zones from the form: `zone` checkboxes, intensities from `intensities` ("id:level,...")."""
    levels = dict(
        pair.split(":", 1)
        for pair in data.get("intensities", "").split(",")
        if pair.count(":") == 1
    )
    return {
        z: levels[z] if levels.get(z) in INTENSITIES else "moderate"
        for z in data.getlist("zone")
        if z in k.chart.zones
    }


def _level(weight: float) -> str:
    return min(INTENSITIES, key=lambda lvl: abs(INTENSITIES[lvl] - weight))


def _with_marks(query: Query, zones: dict[str, float]) -> Query:
    """The query of a description with the zones the person settled on (places kept in order)."""
    places = [tuple(z for z in p if z in zones) for p in query.places]
    named = {z for p in places for z in p}
    places += [(z,) for z in zones if z not in named]
    return replace(query, zones=zones, places=tuple(p for p in places if p))


def _run(data: QueryDict, k: KnowledgeBase, marked: dict[str, str]) -> dict[str, Any]:
    text = data.get("text", "").strip()
    worse, flags = data.getlist("worse"), data.getlist("flag")
    onset = data.get("onset") or None
    state: dict[str, Any] = {"text": text, "heard": "", "from_text": []}
    if len(text) > MAX_TEXT:
        # Kept in the box, untouched; the drawing is still answered.
        state["text_error"] = _(
            "Your description is %(length)s characters long; the finder reads at most "
            "%(limit)s. Shorten it to where it hurts and what makes it worse, then press Find "
            "again. Nothing you wrote has been lost."
        ) % {
            "length": number_format(len(text), force_grouping=True),
            "limit": number_format(MAX_TEXT, force_grouping=True),
        }
        state.update(heard=data.get("heard", ""), from_text=data.get("from_text", "").split(","))
        text = ""
    if text:
        query, understood = query_from_text(
            k.chart,
            text,
            side=data.get("side") or None,
            aggravators=worse,
            onset=onset,
            red_flags=flags,
        )
        read = dict(query.zones)
        said_level = understood.intensity
        if data.get("heard") == digest(text):
            # The same description: the marks are the person's corrections of our reading.
            zones = {
                z: read[z] if z in read and lvl == said_level else INTENSITIES[lvl]
                for z, lvl in marked.items()
            }
        else:
            # A new description: what it names, and whatever was marked by hand before.
            before = set(data.get("from_text", "").split(","))
            zones = {**read, **{z: INTENSITIES[v] for z, v in marked.items() if z not in before}}
        query = _with_marks(query, zones)
        shown = {
            z: marked.get(z) or (said_level if z in read else _level(w)) for z, w in zones.items()
        }
        return {
            **state,
            "result": find(k, query, understood=understood).to_json(k),
            "marked": shown,
            "heard": digest(text),
            "from_text": sorted(read),
        }
    if not marked and not (worse or flags or onset):
        return {**state, "result": None, "marked": marked}
    query = build_query(k.chart, marked, aggravators=worse, onset=onset, red_flags=flags)
    return {**state, "result": find(k, query).to_json(k), "marked": marked}


def _polish(result: dict[str, Any], k: KnowledgeBase) -> None:
    """Names, reasons and strengths in the page's language, for a person to read."""
    localize_flags(result["red_flags"])
    localize_result(result, k)
    lang = page_language()
    for t in result.get("understood", {}).get("terms", []):
        t["zone_names"] = join_names([kind_name(k.chart, z, lang) for z in t["zones"]])
        t["phrase"] = said_plainly(t["phrase"])
    for r in result["results"]:
        r["strength"], r["strength_label"] = strength(r["score"])
        r["reason"] = patient_reason(r, k)
    coverage = result["combination_coverage"]
    count = len(result["combination"])
    if count < 2:
        result["combination_text"] = ""
    elif coverage >= 0.995:
        result["combination_text"] = _("Together, these muscles can explain every place marked:")
    else:
        result["combination_text"] = _(
            "Together, these muscles can explain about %(percent)s%% of the drawing:"
        ) % {"percent": round(coverage * 100)}


def _exports(k: KnowledgeBase, marked: dict[str, str]) -> dict[str, Any]:
    """The drawing as CHOIR Body Map segments and as our zone ids: data: links to download."""
    segments = choir.to_choir(k.chart, marked)
    known = choir.segments(k.chart)
    as_choir = {
        "format": "CHOIR Body Map segments (front 101-136, back 201-238)",
        "segments": segments,
        "names": {str(s): known[s].name for s in segments},
        "source": "Trigger Point Atlas pain finder",
    }
    as_zones = {"format": "Trigger Point Atlas zone ids", "zones": marked}

    def link(data: dict[str, Any]) -> str:
        return "data:application/json;charset=utf-8," + quote(
            json.dumps(data, ensure_ascii=False, indent=2)
        )

    return {"segments": segments, "choir_href": link(as_choir), "zones_href": link(as_zones)}


def _address(data: QueryDict, context: dict[str, Any]) -> str:
    """The GET address that shows this answer, for htmx to keep in the history; "false" (keep
    the last) when it would be too long to be an address."""
    pairs: list[tuple[str, str]] = [("zone", z) for z in context["marked"]]
    if context["marked"]:
        pairs.append(("intensities", ",".join(f"{z}:{v}" for z, v in context["marked"].items())))
    pairs += [(key, v) for key in ("worse", "flag") for v in data.getlist(key)]
    if data.get("onset"):
        pairs.append(("onset", str(data.get("onset"))))
    if context.get("text") and not context.get("text_error"):
        pairs += [("text", context["text"]), ("heard", context["heard"])]
        pairs.append(("from_text", ",".join(context["from_text"])))
    url = reverse("finder") + ("?" + urlencode(pairs) if pairs else "")
    return url if len(url) <= MAX_PUSH else "false"


def _charts(k: KnowledgeBase, marked: dict[str, str]) -> list[dict[str, Any]]:
    classes = {z: f"picked picked-{level}" for z, level in marked.items()}
    lang = page_language()
    return [
        {
            "view": v,
            "title": view_title(k.chart, v, lang),
            "marked_here": any(v in k.chart.zones[z].polygons for z in marked),
            "svg": render_svg(
                k.chart,
                Figure(
                    view=v,
                    classes=classes,
                    dom_id=f"pick-{v}",
                    lang=lang,
                    title=_("%(view)s: mark where it hurts")
                    % {"view": view_title(k.chart, v, lang)},
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


def marked_count(count: int) -> str:
    if not count:
        return _("No zone marked yet")
    return ngettext("%(count)s zone marked", "%(count)s zones marked", count) % {"count": count}


def finder(request: HttpRequest) -> HttpResponse:
    k = kb()
    ctx = load("context")
    data = _fields(request)
    context: dict[str, Any] = {"error": None}
    try:
        context.update(_run(data, k, _marked(data, k)))
    except FinderInputError as exc:
        context.update(
            error=exc, result=None, marked=_marked(data, k), text=data.get("text", ""), heard=""
        )
        context.setdefault("from_text", [])
    if context.get("result"):
        _polish(context["result"], k)
    marked = context["marked"]
    context.update(
        exports=_exports(k, marked) if marked else None,
        intensities=",".join(f"{z}:{lvl}" for z, lvl in marked.items()),
        from_text_value=",".join(context.get("from_text") or []),
        count_text=marked_count(len(marked)),
        marked_names=marked_names(k, marked, context.get("result"), page_language()),
    )
    if request.headers.get("HX-Request"):
        response = render(request, "pages/_finder_results.html", context)
        response["HX-Push-Url"] = _address(data, context)
        return response
    classes = {z: f"picked picked-{level}" for z, level in marked.items()}
    context.update(
        charts=_charts(k, marked),
        zooms=finder_zoom.zooms(k.chart, classes, page_language()),
        zone_groups=_zone_groups(k, marked),
        max_text=MAX_TEXT,
        max_text_label=number_format(MAX_TEXT, force_grouping=True),
        aggravators=[
            (a, in_language(e, "label"), a in data.getlist("worse"))
            for a, e in ctx["aggravators"].items()
        ],
        onsets=[
            (o, in_language(e, "label"), data.get("onset") == o) for o, e in ctx["onset"].items()
        ],
        questions=[
            (q, in_language(e, "question"), q in data.getlist("flag"))
            for q, e in load("safety")["general"].items()
        ],
        count_one=ngettext("%(count)s zone marked", "%(count)s zones marked", 1),
        count_many=ngettext("%(count)s zone marked", "%(count)s zones marked", 2),
        count_none=_("No zone marked yet"),
        # Filled in by finder.js as the person types.
        text_count=_("%(count)s written so far."),
        text_over=_(
            "%(count)s characters: more than the %(limit)s the finder reads. Shorten it before "
            "pressing Find; nothing is lost."
        ),
    )
    return render(request, "pages/finder.html", context)
