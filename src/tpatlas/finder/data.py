"""The finder's own data files (vocabulary, context words, safety rules), read once."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(name: str) -> Any:
    path = resources.files("tpatlas.finder") / "data" / f"{name}.yaml"
    return yaml.safe_load(path.read_text(encoding="utf-8"))
