"""The /data page: the knowledge base as downloads, with its licence and a suggested citation.

The files are built once per data version (web/exports.py) and served from disk."""

from __future__ import annotations

from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _

from tpatlas import __version__
from tpatlas.kb.export import CITATION, LICENCE
from tpatlas.web import exports

# What each file holds, and in which language.
NOTES = {
    "knowledge-base.json": _("every text in English and Spanish side by side"),
    "knowledge-base.yaml": _("every text in English and Spanish side by side"),
    "muscle.schema.json": _("the JSON Schema of one muscle entry"),
    "knowledge-base-csv.zip": _("tables as CSV, texts in English"),
    "knowledge-base-csv-es.zip": _(
        "tables as CSV, texts in Spanish (English where not yet translated)"
    ),
}


def data_page(request: HttpRequest) -> HttpResponse:
    paths = exports.ensure()
    downloads = [
        {"name": n, "size": p.stat().st_size, "note": NOTES.get(n, ""),
         "lang": exports.DOWNLOADS[n][3] if exports.DOWNLOADS[n][0] == "csv" else ""}
        for n, p in paths.items()
    ]  # fmt: skip
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
