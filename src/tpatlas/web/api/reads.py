"""Read endpoints: muscles, trigger points, zones and regions, conditions, techniques, search.

All need no account, are paginated where lists can grow, and carry ETag and Cache-Control
(see tpatlas.web.api.caching). Unknown ids are 404s; unknown filter values are 422s that list
the allowed values. Texts are in the request's language (``?lang=``, else Accept-Language, else
English; tpatlas.web.languages), English where no translation exists yet; Content-Language
says which.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from django.utils.translation import get_language
from ninja import Router
from ninja.pagination import LimitOffsetPagination, paginate
from ninja.responses import Status

from tpatlas.bodychart.names import region_name, zone_name
from tpatlas.finder import FinderInputError
from tpatlas.kb.localized import localized
from tpatlas.kb.schema import Condition, Muscle, Technique
from tpatlas.kb.shapes import muscle_summary
from tpatlas.search import SearchResult
from tpatlas.search.documents import KINDS
from tpatlas.web.api.schemas import (
    ConditionOut,
    ErrorOut,
    MuscleSummaryOut,
    RegionOut,
    SearchOut,
    TechniqueOut,
    TriggerPointOut,
    ZoneOut,
)
from tpatlas.web.knowledge import kb, search_index
from tpatlas.web.languages.paths import localize_url

router = Router()


def _lang() -> str:
    """The answer's language, chosen by LanguageMiddleware from the request."""
    return (get_language() or "en")[:2]


def _not_found(kind: str, wanted: str, near: list[str]) -> Status[dict[str, Any]]:
    return Status(
        404, {"detail": f"unknown {kind} {wanted!r}", "field": f"{kind}_id", "allowed": near}
    )


def _check(value: str | None, allowed: list[str], field: str) -> None:
    if value is not None and value not in allowed:
        raise FinderInputError(field, f"unknown {field} {value!r}", allowed)


def _matches(m: Muscle, region: str | None, technique: str | None, root: str | None) -> bool:
    if region and m.region != region:
        return False
    if technique and not any(t.technique == technique and t.suitable for t in m.techniques):
        return False
    return not root or bool(m.anatomy and root in m.anatomy.nerve.roots)


@router.get("/muscles", response=list[MuscleSummaryOut], tags=["muscles"])
@paginate(LimitOffsetPagination)
def list_muscles(
    request: HttpRequest,
    region: str | None = None,
    technique: str | None = None,
    root: str | None = None,
) -> list[dict[str, Any]]:
    """Muscles and groups, optionally filtered by index region, a suitable technique or a
    nerve root (e.g. L5)."""
    k = kb()
    _check(region, list(k.regions), "region")
    _check(technique, list(k.techniques), "technique")
    _check(
        root,
        sorted({r for m in k.muscles.values() if m.anatomy for r in m.anatomy.nerve.roots}),
        "root",
    )
    lang = _lang()
    return [
        {**muscle_summary(k, m), "name": m.name.get(lang)[0]}
        for m in sorted(k.muscles.values(), key=lambda m: m.id)
        if _matches(m, region, technique, root)
    ]


@router.get("/muscles/{muscle_id}", response={200: dict[str, Any], 404: ErrorOut}, tags=["muscles"])
def get_muscle(request: HttpRequest, muscle_id: str) -> Status[dict[str, Any]]:
    """The whole entry with every text in the answer's language; `untranslated` lists the
    fields shown in English because they have no translation yet. The open data
    (`/data/knowledge-base.json`) holds every language side by side."""
    k = kb()
    m = k.muscles.get(muscle_id)
    if m is None:
        return _not_found("muscle", muscle_id, k.nearest(muscle_id))
    lang = _lang()
    entry, untranslated = localized(m, lang)
    return Status(200, {"lang": lang, **entry, "untranslated": untranslated})


def _tp_out(owner: Muscle, tp: Any) -> dict[str, Any]:
    lang = _lang()
    return {
        "id": tp.id,
        "muscle": owner.id,
        "name": tp.name.get(lang)[0],
        "location": tp.location.get(lang)[0],
        "zone": tp.zone,
        "essential": list(tp.essential),
        "spillover": list(tp.spillover),
        "description": tp.description.get(lang)[0],
        "rare": tp.rare,
    }


@router.get("/trigger-points", response=list[TriggerPointOut], tags=["trigger points"])
@paginate(LimitOffsetPagination)
def list_trigger_points(request: HttpRequest, zone: str | None = None) -> list[dict[str, Any]]:
    """Every trigger point; with `zone` (a zone kind), those that refer pain there."""
    k = kb()
    _check(zone, list(k.chart.kinds), "zone")
    return [
        _tp_out(m, tp)
        for m in k.muscles.values()
        for tp in m.trigger_points
        if zone is None or zone in (*tp.essential, *tp.spillover)
    ]


@router.get(
    "/muscles/{muscle_id}/trigger-points",
    response={200: list[TriggerPointOut], 404: ErrorOut},
    tags=["trigger points"],
)
def muscle_trigger_points(request: HttpRequest, muscle_id: str) -> Status[Any]:
    k = kb()
    m = k.muscles.get(muscle_id)
    if m is None:
        return _not_found("muscle", muscle_id, k.nearest(muscle_id))
    return Status(200, [_tp_out(owner, tp) for owner, tp in k.trigger_points(m)])


@router.get("/zones", response=list[ZoneOut], tags=["body chart"])
@paginate(LimitOffsetPagination)
def list_zones(request: HttpRequest, region: str | None = None) -> list[dict[str, Any]]:
    k = kb()
    _check(region, list(k.chart.regions), "region")
    lang = _lang()
    return [
        {
            "id": z.id,
            "kind": z.kind,
            "side": z.side,
            "name": zone_name(k.chart, z.id, lang) if lang != "en" else z.name,
            "region": z.region,
            "views": list(z.polygons),
        }
        for z in k.chart.zones.values()
        if region in (None, z.region)
    ]


@router.get("/regions", response=list[RegionOut], tags=["body chart"])
def list_regions(request: HttpRequest) -> list[dict[str, Any]]:
    k = kb()
    return [
        {
            "id": r,
            "name": region_name(k.chart, r, _lang()),
            "zones": [z for z, kind in k.chart.kinds.items() if kind.region == r],
        }
        for r in k.chart.regions
    ]


def _condition_out(c: Condition) -> dict[str, Any]:
    lang = _lang()
    return {
        "id": c.id,
        "name": c.name.get(lang)[0],
        "icd10": list(c.icd10),
        "icd10cm": list(c.icd10cm),
        "urgency": c.urgency,
        "summary": c.summary.get(lang)[0],
        "see_clinician": c.see_clinician.get(lang)[0] if c.see_clinician else None,
    }


@router.get("/conditions", response=list[ConditionOut], tags=["conditions"])
@paginate(LimitOffsetPagination)
def list_conditions(request: HttpRequest) -> list[dict[str, Any]]:
    return [_condition_out(c) for c in kb().conditions.values()]


@router.get(
    "/conditions/{condition_id}", response={200: ConditionOut, 404: ErrorOut}, tags=["conditions"]
)
def get_condition(request: HttpRequest, condition_id: str) -> Status[dict[str, Any]]:
    c = kb().conditions.get(condition_id)
    return Status(200, _condition_out(c)) if c else _not_found("condition", condition_id, [])


def _technique_out(t: Technique) -> dict[str, Any]:
    lang = _lang()
    return {
        "id": t.id,
        "name": t.name.get(lang)[0],
        "summary": t.summary.get(lang)[0],
        "cautions": [x.get(lang)[0] for x in t.cautions],
        "contraindications": [x.get(lang)[0] for x in t.contraindications],
        "evidence": t.evidence.get(lang)[0],
        "evidence_level": t.evidence_level,
    }


@router.get("/techniques", response=list[TechniqueOut], tags=["techniques"])
def list_techniques(request: HttpRequest) -> list[dict[str, Any]]:
    return [_technique_out(t) for t in kb().techniques.values()]


@router.get(
    "/techniques/{technique_id}", response={200: TechniqueOut, 404: ErrorOut}, tags=["techniques"]
)
def get_technique(request: HttpRequest, technique_id: str) -> Status[dict[str, Any]]:
    k = kb()
    t = k.techniques.get(technique_id)
    return (
        Status(200, _technique_out(t))
        if t
        else _not_found("technique", technique_id, list(k.techniques))
    )


@router.get("/search", response=SearchOut, tags=["search"])
def search(
    request: HttpRequest, q: str, kind: str | None = None, limit: int = 20
) -> dict[str, Any]:
    """The same results as the search page and `tpatlas search`."""
    _check(kind, list(KINDS), "kind")
    limit = max(1, min(limit, 100))
    kinds = (kind,) if kind else KINDS
    lang = _lang()
    results = search_index().search(q[:200], limit=limit, kinds=kinds, lang=lang)
    return {"query": q, "results": [_result_out(r, lang) for r in results]}


def _result_out(r: SearchResult, lang: str) -> dict[str, Any]:
    """A search result with its title in ``lang`` where the knowledge base has one, and its
    address the page in that language."""
    out = r.to_json()
    k = kb()
    table: dict[str, Any] = {"muscle": k.muscles, "condition": k.conditions,
                             "technique": k.techniques}  # fmt: skip
    entry = table.get(r.kind, {}).get(r.id)
    if entry is not None and lang != "en":
        out["title"] = entry.name.get(lang)[0]
    if "url" in out:
        out["url"] = localize_url(str(out["url"]), lang)
    return out
