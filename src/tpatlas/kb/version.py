"""A short fingerprint of the data a visitor sees: the knowledge base, the body chart and the
finder's word lists. Cached pages, ETags and the open-data files are keyed by it, so a change to
any data file is never served stale, and an unchanged one is never rebuilt."""

from __future__ import annotations

import hashlib
from functools import cache
from importlib import resources
from pathlib import Path

from tpatlas.kb.loader import data_dir

PACKAGES = ("tpatlas.kb", "tpatlas.bodychart", "tpatlas.finder", "tpatlas.search")


@cache
def data_version(root: Path | None = None) -> str:
    """12 hex digits of a hash over every data file (names and contents)."""
    digest = hashlib.sha256()
    folders = [Path(str(resources.files(p) / "data")) for p in PACKAGES]
    folders[0] = root or data_dir()
    for folder in folders:
        for path in sorted(folder.rglob("*.yaml")):
            digest.update(str(path.relative_to(folder)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]
