"""/handouts/: choose muscles (or arrive from a monograph or the finder's results), preview the
handout, download it as a PDF. Bad input is a 400 page that says what to fix and keeps the
choices."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from tpatlas.web.handouts.builder import (
    MAX_MUSCLES,
    PAPERS,
    HandoutError,
    build,
    parse,
    query_string,
)
from tpatlas.web.handouts.pdf import render_handout
from tpatlas.web.knowledge import kb
from tpatlas.web.pages.localize import Localizer, page_language


def _choices(selected: set[str], lang: str) -> list[dict[str, Any]]:
    k = kb()
    loc = Localizer(lang)
    regions = []
    for rid, region in k.regions.items():
        muscles = sorted(
            ({"id": m.id, "name": loc.text(m.name), "checked": m.id in selected}
             for m in k.muscles.values() if m.region == rid),
            key=lambda m: str(m["name"]).lower(),
        )  # fmt: skip
        if muscles:
            regions.append({"id": rid, "name": loc.text(region.name), "muscles": muscles})
    return regions


def handout_page(request: HttpRequest) -> HttpResponse:
    raw = {
        k: request.GET.get(k, "")
        for k in ("muscles", "lang", "paper", "therapist", "clinic", "note")
    }
    raw["muscles"] = ",".join([*request.GET.getlist("muscle"), raw["muscles"]]).strip(",")
    raw["lang"] = raw["lang"] or page_language()
    context: dict[str, Any] = {"raw": raw, "papers": PAPERS, "max": MAX_MUSCLES}
    selected = {m for m in raw["muscles"].split(",") if m}
    context["regions"] = _choices(selected, page_language())
    if "choose" in request.GET or (not selected and "muscles" not in request.GET):
        return render(request, "handouts/choose.html", context)
    try:
        req = parse(kb(), raw)
    except HandoutError as exc:
        context["error"] = str(exc)
        return render(request, "handouts/choose.html", context, status=400)
    context |= build(kb(), req, settings.SITE_URL)
    context["pdf_query"] = query_string(req)
    return render(request, "handouts/preview.html", context)


def handout_pdf(request: HttpRequest) -> HttpResponse:
    raw = {
        k: request.GET.get(k, "")
        for k in ("muscles", "lang", "paper", "therapist", "clinic", "note")
    }
    try:
        req = parse(kb(), raw)
    except HandoutError as exc:
        return HttpResponse(str(exc), status=400, content_type="text/plain; charset=utf-8")
    pdf = render_handout(build(kb(), req, settings.SITE_URL), settings.SITE_URL)
    response = HttpResponse(pdf, content_type="application/pdf")
    name = "-".join(req.muscles[:3])
    response["Content-Disposition"] = f'attachment; filename="handout-{name}-{req.lang}.pdf"'
    return response
