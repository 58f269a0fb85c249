"""The /data page: the knowledge base as downloads, with its licence and a suggested citation.

The files are built once per data version (web/exports.py) and served from disk."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tpatlas import __version__
from tpatlas.kb.export import CITATION, LICENCE
from tpatlas.web import exports


def data_page(request: HttpRequest) -> HttpResponse:
    paths = exports.ensure()
    downloads = [{"name": n, "size": p.stat().st_size} for n, p in paths.items()]
    return render(
        request,
        "pages/data.html",
        {
            "downloads": downloads,
            "licence": LICENCE,
            "citation": CITATION.format(version=__version__),
        },
    )


def download(request: HttpRequest, name: str) -> FileResponse:
    if name not in exports.DOWNLOADS:
        raise Http404(name)
    path = exports.ensure()[name]
    response = FileResponse(
        path.open("rb"), content_type=exports.DOWNLOADS[name][2], as_attachment=True, filename=name
    )
    response["Cache-Control"] = "public, max-age=3600"
    return response
