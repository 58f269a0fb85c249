"""Word lists in data files load as words: YAML 1.1 reads a bare on, off, yes, no or true as a
boolean, which silently dropped "on" from the search's filler words."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1] / "src" / "tpatlas"
WORD_FILES = sorted(
    [*ROOT.glob("finder/data/*.yaml"), *ROOT.glob("search/data/*.yaml")], key=lambda p: p.name
)


def _booleans_in_lists(node: Any, path: str = "") -> list[str]:
    found: list[str] = []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _booleans_in_lists(value, f"{path}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            where = f"{path}[{i}]"
            found += [where] if isinstance(value, bool) else _booleans_in_lists(value, where)
    return found


@pytest.mark.parametrize("path", WORD_FILES, ids=lambda p: p.name)
def test_no_word_in_a_list_is_read_as_a_boolean(path: Path) -> None:
    assert _booleans_in_lists(yaml.safe_load(path.read_text(encoding="utf-8"))) == []
