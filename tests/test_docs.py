"""Documentation that cannot drift: the Python examples run, every CLI command is in the README."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from tpatlas.cli import build_parser

ROOT = Path(__file__).resolve().parents[1]


def test_the_python_api_examples_run() -> None:
    result = doctest.testfile(
        str(ROOT / "docs" / "python-api.md"), module_relative=False, optionflags=doctest.ELLIPSIS
    )
    assert result.failed == 0 and result.attempted > 10


@pytest.mark.parametrize("command", sorted(build_parser()._subparsers._group_actions[0].choices))  # type: ignore[union-attr]
def test_every_cli_command_is_in_the_readme(command: str) -> None:
    assert f"tpatlas {command}" in (ROOT / "README.md").read_text()


def test_every_setting_is_documented() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in ["DATABASE_URL", "SECRET_KEY", "DEBUG", "ALLOWED_HOSTS", "TPATLAS_DATA_DIR"]:
        assert f"`{name}`" in readme, name
