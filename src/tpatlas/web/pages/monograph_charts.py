"""The charts of one monograph: the muscle with its combined pattern (shown beside the summary),
one chart per trigger point, all at one zoom, and who else refers to each zone of the pattern.

Drawn once per process for each entry, language and figure, since the data never changes.
"""

from __future__ import annotations

from typing import Any

from tpatlas.bodychart.names import kind_name, view_title
from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Muscle, TriggerPoint
from tpatlas.web.pages.charts import draw, entry_zoom, pattern_classes, plan
from tpatlas.web.pages.localize import Localizer

_CACHE: dict[tuple[int, str, str, str], dict[str, Any]] = {}
MAX_REFERRERS = 12


def _views(kb: KnowledgeBase, views: list[Any], lang: str) -> list[dict[str, str]]:
    return [
        {"view": v.view, "svg": v.svg, "title": view_title(kb.chart, v.view, lang)} for v in views
    ]


def _referrers(
    kb: KnowledgeBase, m: Muscle, tps: list[TriggerPoint], loc: Localizer
) -> list[dict[str, Any]]:
    """For each zone kind of the pattern, the other muscles that refer there, essential first."""
    own = {m.id, *m.members, *(x.id for x in kb.members(m))}
    kinds = list(dict.fromkeys(k for tp in tps for k in (*tp.essential, *tp.spillover)))
    out = []
    for kind in kinds:
        found: dict[str, bool] = {}
        for ref in kb.referring_to(kind):
            if ref.muscle not in own:
                found[ref.muscle] = found.get(ref.muscle, False) or ref.essential
        ranked = sorted(found, key=lambda mid: (not found[mid], loc.text(kb.muscles[mid].name)))
        out.append(
            {
                "kind": kind,
                "name": kind_name(kb.chart, kind, loc.lang),
                "muscles": [
                    {"id": mid, "name": loc.text(kb.muscles[mid].name), "essential": found[mid]}
                    for mid in ranked[:MAX_REFERRERS]
                ],
                "more": max(0, len(ranked) - MAX_REFERRERS),
            }
        )
    return out


def entry_charts(kb: KnowledgeBase, m: Muscle, loc: Localizer, body: str) -> dict[str, Any]:
    """``intro`` (views of the combined pattern), ``per_tp`` (id -> views), ``referrers``."""
    key = (id(kb), m.id, loc.lang, body)
    if key in _CACHE:
        return _CACHE[key]
    chart, lang = kb.chart, loc.lang
    owned = list(kb.trigger_points(m))
    tps = [tp for _, tp in owned]
    drawn = kb.members(m) if m.is_group else [m]
    muscles = {x.id: loc.text(x.name) for x in drawn}
    intro = plan(chart, tps, muscles, f"{m.id}-pattern", loc.text(m.name), body, lang)
    per_tp = {
        tp.id: plan(
            chart, [tp], {o.id: loc.text(o.name)}, f"tp-{tp.id}", loc.text(tp.name), body, lang
        )
        for o, tp in owned
    }
    zoom = entry_zoom(chart, [*intro, *(f for figs in per_tp.values() for f in figs)])

    def titles(view: str) -> str:
        return view_title(chart, view, lang)

    result = {
        "intro": _views(kb, draw(chart, intro, zoom, titles), lang),
        "per_tp": {
            tid: _views(kb, draw(chart, f, zoom, titles), lang) for tid, f in per_tp.items()
        },
        "referrers": _referrers(kb, m, tps, loc),
        "zones": len(pattern_classes(chart, tps)),
    }
    _CACHE[key] = result
    return result
