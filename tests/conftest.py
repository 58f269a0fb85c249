"""Shared fixtures: the packaged knowledge base once per session, and broken copies of it."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

os.environ.setdefault("SECRET_KEY", "test-secret-key")
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")  # Playwright's sync API in tests only

from tpatlas.kb import KnowledgeBase, load_knowledge_base
from tpatlas.kb.loader import data_dir


@pytest.fixture(scope="session")
def kb() -> KnowledgeBase:
    return load_knowledge_base()


@pytest.fixture(scope="session")
def read_kinds(kb: KnowledgeBase) -> Callable[[str], set[str]]:
    """The zone kinds the finder reads from a description, sides left out: what the reading
    tests compare with what a clinician would mark."""
    from tests.reading import kinds_read

    return lambda text: kinds_read(kb, text)


@pytest.fixture
def reads_as(kb: KnowledgeBase) -> Callable[[str, set[str], set[str]], None]:
    """Checks a reading as a clinician would mark it: every zone kind of ``place`` read from the
    text, none of ``not_places``."""
    from tests.reading import kinds_read

    def check(text: str, place: set[str], not_places: set[str]) -> None:
        kinds = kinds_read(kb, text)
        assert place <= kinds, (text, sorted(kinds))
        assert not kinds & not_places, (text, sorted(kinds))

    return check


class DataCopy:
    """A writable copy of the knowledge-base data for tests that break it on purpose."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path(self, rel: str) -> Path:
        return self.root / rel

    def load(self, rel: str) -> Any:
        return yaml.safe_load(self.path(rel).read_text(encoding="utf-8"))

    def save(self, rel: str, data: Any) -> None:
        self.path(rel).write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )

    def edit(self, rel: str, change: Callable[[Any], None]) -> None:
        data = self.load(rel)
        change(data)
        self.save(rel, data)


def load_bench(name: str) -> Any:
    """A benchmark script as a module, so tests can call its evaluation directly."""
    import importlib.util
    import sys

    bench = Path(__file__).resolve().parents[1] / "bench"
    sys.path.insert(0, str(bench))
    spec = importlib.util.spec_from_file_location(name, bench / f"{name}.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def data_copy(tmp_path: Path) -> DataCopy:
    root = tmp_path / "data"
    shutil.copytree(data_dir(), root)
    return DataCopy(root)
