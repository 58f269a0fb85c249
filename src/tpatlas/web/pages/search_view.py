"""Search pages: the results page grouped by kind, and the suggestions list for htmx."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from tpatlas.search import SearchResult
from tpatlas.web.knowledge import kb, search_index
from tpatlas.web.pages.localize import page_language

KIND_TITLES = {
    "muscle": _("Muscles"),
    "indication": _("Symptoms and indications"),
    "cause": _("Causes"),
    "condition": _("Conditions"),
    "self-help": _("Self-help"),
    "technique": _("Techniques"),
}
MAX_QUERY = 200
SENTENCE_KINDS = ("indication", "cause")


def _shown(r: SearchResult) -> dict[str, str]:
    """A matching sentence is headed by its muscle's name, so a reader knows whose cause it is."""
    title = r.title
    if r.kind in SENTENCE_KINDS:
        muscle = kb().muscles.get(r.id.split("/", 1)[0])
        title = muscle.name.get(page_language())[0] if muscle else r.title
    return {"kind": r.kind, "url": r.url, "title": title, "snippet": r.snippet}


def search(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()[:MAX_QUERY]
    results = search_index().search(q, limit=60, lang=page_language()) if q else []
    groups = [
        {"kind": k, "title": title, "results": [_shown(r) for r in results if r.kind == k]}
        for k, title in KIND_TITLES.items()
    ]
    return render(
        request,
        "pages/search.html",
        {"q": q, "groups": [g for g in groups if g["results"]], "count": len(results)},
    )


def suggest(request: HttpRequest) -> HttpResponse:
    q = request.GET.get("q", "").strip()[:MAX_QUERY]
    results = (
        search_index().search(q, limit=8, prefix=True, lang=page_language()) if len(q) >= 2 else []
    )
    return render(request, "pages/_suggestions.html", {"q": q, "results": results})
