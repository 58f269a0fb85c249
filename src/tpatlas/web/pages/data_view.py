"""The /data page: the knowledge base as downloads, with its licence and a suggested citation."""

from __future__ import annotations

import io
import zipfile
from functools import cache

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import render

from tpatlas import __version__
from tpatlas.kb.export import CITATION, LICENCE, files
from tpatlas.web.knowledge import kb

DOWNLOADS = {
    "knowledge-base.json": ("json", "knowledge-base.json", "application/json"),
    "knowledge-base.yaml": ("yaml", "knowledge-base.yaml", "application/yaml"),
    "muscle.schema.json": ("json", "muscle.schema.json", "application/schema+json"),
    "knowledge-base-csv.zip": ("csv", None, "application/zip"),
}


@cache
def _payload(name: str) -> bytes:
    fmt, inner, _ = DOWNLOADS[name]
    plan = files(kb(), fmt, __version__)
    if inner:
        return plan[inner]()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file_name, produce in plan.items():
            archive.writestr(file_name, produce())
    return buffer.getvalue()


def data_page(request: HttpRequest) -> HttpResponse:
    downloads = [{"name": n, "size": len(_payload(n))} for n in DOWNLOADS]
    return render(
        request,
        "pages/data.html",
        {
            "downloads": downloads,
            "licence": LICENCE,
            "citation": CITATION.format(version=__version__),
        },
    )


def download(request: HttpRequest, name: str) -> HttpResponse:
    if name not in DOWNLOADS:
        raise Http404(name)
    response = HttpResponse(_payload(name), content_type=DOWNLOADS[name][2])
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["Cache-Control"] = "public, max-age=3600"
    return response
