"""The open-data files, built once per data version into the data folder and served as files.

Building every format takes about a second (ten times that for a knowledge base ten times
larger), far too long for a request: `tpatlas serve` builds them before the server listens
(``ensure``), into ``$TPATLAS_DATA_DIR/exports/<data version>/``, and a visit only reads them.
"""

from __future__ import annotations

import io
import os
import zipfile
from pathlib import Path

from django.conf import settings

from tpatlas import __version__
from tpatlas.kb.export import files
from tpatlas.kb.version import data_version
from tpatlas.web.knowledge import kb

# name -> (format, file inside the plan or None for a zip of all, content type, language).
# JSON and YAML carry every language; the CSV files come in one bundle per language.
DOWNLOADS = {
    "knowledge-base.json": ("json", "knowledge-base.json", "application/json", "en"),
    "knowledge-base.yaml": ("yaml", "knowledge-base.yaml", "application/yaml", "en"),
    "muscle.schema.json": ("json", "muscle.schema.json", "application/schema+json", "en"),
    "knowledge-base-csv.zip": ("csv", None, "application/zip", "en"),
    "knowledge-base-csv-es.zip": ("csv", None, "application/zip", "es"),
}


def folder() -> Path:
    return Path(settings.DATA_DIR) / "exports" / data_version()


def _payload(name: str) -> bytes:
    fmt, inner, _, lang = DOWNLOADS[name]
    plan = files(kb(), fmt, __version__, lang)
    if inner:
        return plan[inner]()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for file_name, produce in plan.items():
            archive.writestr(file_name, produce())
    return buffer.getvalue()


def ensure() -> dict[str, Path]:
    """Every download as a file of the current data version, building what is missing.
    Files are written under a temporary name and renamed, so a reader never sees half a file."""
    out = folder()
    out.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name in DOWNLOADS:
        path = out / name
        if not path.exists():
            tmp = out / f".{name}.{os.getpid()}.tmp"
            tmp.write_bytes(_payload(name))
            tmp.replace(path)
        paths[name] = path
    return paths
