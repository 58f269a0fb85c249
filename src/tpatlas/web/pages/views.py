"""Page views: thin wrappers that ask the knowledge base and render a template."""

from __future__ import annotations

from typing import Any

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from tpatlas.bodychart.names import region_name
from tpatlas.ce.catalogue import load_catalogue
from tpatlas.web.knowledge import kb
from tpatlas.web.languages.paths import unprefixed
from tpatlas.web.pages.connection_map import muscle_map
from tpatlas.web.pages.figure_choice import chosen_body, remember
from tpatlas.web.pages.localize import Localizer, page_language
from tpatlas.web.pages.monograph import cite, monograph


def home(request: HttpRequest) -> HttpResponse:
    k = kb()
    loc = Localizer(page_language())
    singles = [m for m in k.muscles.values() if not m.is_group]
    regions = [
        {
            "id": r.id,
            "name": loc.text(r.name),
            "muscles": sum(1 for m in singles if m.region == r.id),
            "trigger_points": sum(len(m.trigger_points) for m in singles if m.region == r.id),
        }
        for r in k.regions.values()
    ]
    counts = {
        "muscles": sum(1 for m in k.muscles.values() if not m.is_group),
        "groups": sum(1 for m in k.muscles.values() if m.is_group),
        "trigger_points": sum(len(m.trigger_points) for m in k.muscles.values()),
        "zones": len(k.chart.zones),
        "conditions": len(k.conditions),
    }
    return render(request, "pages/home.html", {"regions": regions, "counts": counts})


def muscle_index(request: HttpRequest) -> HttpResponse:
    k = kb()
    loc = Localizer(page_language())
    by_region = []
    for region, muscles in k.by_region().items():
        entries = [
            {
                "id": m.id,
                "name": loc.text(m.name),
                "members": [{"id": x.id, "name": loc.text(x.name)} for x in k.members(m)],
            }
            for m in muscles
        ]
        by_region.append(
            {"id": region, "name": loc.text(k.regions[region].name), "muscles": entries}
        )
    a_to_z = sorted(
        (
            {
                "id": m.id,
                "name": loc.text(m.name),
                "group": loc.text(k.muscles[m.group].name) if m.group else "",
            }
            for m in k.muscles.values()
        ),
        key=lambda e: e["name"].lower(),
    )
    return render(request, "pages/muscle_index.html", {"by_region": by_region, "a_to_z": a_to_z})


def pain_regions(request: HttpRequest) -> HttpResponse:
    k = kb()
    loc = Localizer(page_language())
    regions = [
        {
            "id": r,
            "name": region_name(k.chart, r, loc.lang),
            "muscles": [{"id": m.id, "name": loc.text(m.name), "essential": ess} for m, ess in ms],
        }
        for r, ms in k.referrers_by_region().items()
    ]
    return render(request, "pages/pain_regions.html", {"regions": regions})


def muscle_detail(request: HttpRequest, muscle_id: str) -> HttpResponse:
    k = kb()
    if muscle_id not in k.muscles:
        raise Http404(muscle_id)
    context = monograph(k, muscle_id, page_language(), chosen_body(request))
    context["page_url"] = request.build_absolute_uri()
    context["connection_map"] = muscle_map(k, muscle_id, page_language())
    context["courses"] = courses_teaching(muscle_id, page_language())
    return remember(request, render(request, "pages/muscle_detail.html", context))


def courses_teaching(muscle_id: str, lang: str) -> list[dict[str, Any]]:
    """The CE courses that teach this muscle (or its group or members): "Earn CE hours"."""
    m = kb().muscles[muscle_id]
    related = {muscle_id, *m.members, *([m.group] if m.group else [])}
    return [
        {"id": c.id, "title": c.title.get(lang)[0], "hours": c.hours}
        for c in load_catalogue().courses.values()
        if related & set(c.muscles)
    ]


def conditions(request: HttpRequest) -> HttpResponse:
    k = kb()
    loc = Localizer(page_language())
    items = sorted((loc.plain(c) for c in k.conditions.values()), key=lambda c: c["name"].lower())
    return render(request, "pages/conditions.html", {"conditions": items})


# Certainty of evidence as the cited reviews grade it, in words a reader understands.
EVIDENCE_LEVELS = {
    "very-low": _("very low certainty"),
    "low": _("low certainty"),
    "very-low-to-moderate": _("very low to moderate certainty"),
    "low-to-moderate": _("low to moderate certainty"),
    "moderate": _("moderate certainty"),
    "disputed": _("disputed"),
}


def techniques(request: HttpRequest) -> HttpResponse:
    k = kb()
    loc = Localizer(page_language())
    items: list[dict[str, Any]] = []
    for t in k.techniques.values():
        item = loc.plain(t)
        item["citations"] = [cite(k.sources[r.source], r) for r in t.sources]
        item["evidence_label"] = EVIDENCE_LEVELS[t.evidence_level]
        items.append(item)
    return render(request, "pages/techniques.html", {"techniques": items})


def not_found(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404 page; under /muscles/ it suggests the nearest muscle names."""
    k = kb()
    slug = request.path.rstrip("/").rsplit("/", 1)[-1]
    suggestions = []
    if unprefixed(request.path).startswith("/muscles/") and slug:
        loc = Localizer(page_language())
        suggestions = [{"id": i, "name": loc.text(k.muscles[i].name)} for i in k.nearest(slug)]
    return render(request, "404.html", {"suggestions": suggestions, "slug": slug}, status=404)
