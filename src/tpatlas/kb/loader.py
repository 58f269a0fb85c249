"""Reads the YAML files of the knowledge base and validates each entry with the schema.

Every problem is collected (not just the first) and names the file, the entry and the field; YAML
syntax errors also give the line. Cross-references are checked afterwards in ``checks``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from tpatlas.kb.errors import Problem
from tpatlas.kb.schema import Condition, Muscle, PainGuide, Region, Source, Technique

M = TypeVar("M", bound=BaseModel)
SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def data_dir() -> Path:
    """The knowledge-base folder: TPATLAS_KB_DIR when set (a copy being edited), else the
    packaged data."""
    override = os.environ.get("TPATLAS_KB_DIR")
    return Path(override) if override else Path(str(resources.files("tpatlas.kb") / "data"))


@dataclass
class RawKnowledge:
    """Entries that passed the schema, with the file each came from."""

    root: Path
    muscles: list[tuple[str, Muscle]] = field(default_factory=list)
    conditions: list[tuple[str, Condition]] = field(default_factory=list)
    techniques: list[tuple[str, Technique]] = field(default_factory=list)
    sources: list[tuple[str, Source]] = field(default_factory=list)
    regions: list[tuple[str, Region]] = field(default_factory=list)
    pain_guides: list[tuple[str, PainGuide]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    # Ids of muscle files that failed the schema: other entries may still name them, and one
    # broken file should give one message, not one more per entry that links to it.
    invalid_muscle_ids: set[str] = field(default_factory=set)
    # List files that could not be read at all: references into them are not checked, since
    # every one would be reported as unknown.
    unreadable: set[str] = field(default_factory=set)


EMPTY = object()  # what _read_yaml returns for a file with no document (empty or comments only)


def _read_yaml(path: Path, rel: str, problems: list[Problem]) -> Any:
    """The file's YAML document, or None after recording why it could not be read. A file with
    no document at all is a problem too: an empty muscle file would silently drop the muscle."""
    try:
        with open(path, encoding="utf-8") as fh:
            # The C loader when libyaml is present: several times faster, same safe subset.
            value = yaml.load(fh, Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        reason = getattr(exc, "problem", None) or str(exc)
        problems.append(Problem(rel, "", "", f"YAML syntax error: {reason}", line))
        return None
    except UnicodeDecodeError as exc:
        problems.append(Problem(rel, "", "", f"not UTF-8 text: {exc.reason}"))
        return None
    except OSError as exc:
        problems.append(Problem(rel, "", "", f"cannot be read: {exc.strerror}"))
        return None
    if value is None:
        problems.append(Problem(rel, "", "", "the file is empty (or holds only comments)"))
    return value


def _validate(model: type[M], raw: Any, rel: str, problems: list[Problem]) -> M | None:
    entry = str(raw.get("id", "")) if isinstance(raw, dict) else ""
    if not isinstance(raw, dict):
        problems.append(Problem(rel, entry, "", f"expected a mapping, found {type(raw).__name__}"))
        return None
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        for err in exc.errors():
            loc = ".".join(str(part) for part in err["loc"])
            problems.append(Problem(rel, entry, loc, err["msg"]))
    return None


def _load_list(
    root: Path,
    name: str,
    model: type[M],
    out: list[tuple[str, M]],
    problems: list[Problem],
    unreadable: set[str],
) -> None:
    path = root / name
    if not path.exists():
        # Reported once, first; references into the missing file are not checked (unreadable),
        # or every entry that names a technique would repeat the same cause.
        problems.append(Problem(name, "", "", "file is missing"))
        unreadable.add(name)
        return
    raw = _read_yaml(path, name, problems)
    if raw is None:
        unreadable.add(name)
        return
    if not isinstance(raw, list) or not raw:
        problems.append(Problem(name, "", "", "expected a list of at least one entry"))
        unreadable.add(name)
        return
    for item in raw:
        entry = _validate(model, item, name, problems)
        if entry is not None:
            out.append((name, entry))


def _load_muscles(root: Path, raw_kb: RawKnowledge) -> None:
    for path in sorted((root / "muscles").glob("*/*.yaml")):
        rel = str(path.relative_to(root))
        raw = _read_yaml(path, rel, raw_kb.problems)
        if raw is None:
            raw_kb.invalid_muscle_ids.add(path.stem)
            continue
        muscle = _validate(Muscle, raw, rel, raw_kb.problems)
        if muscle is None:
            raw_kb.invalid_muscle_ids.add(
                str(raw.get("id", path.stem)) if isinstance(raw, dict) else path.stem
            )
            continue
        if muscle.id != path.stem:
            raw_kb.problems.append(
                Problem(rel, muscle.id, "id", f"must match the file name {path.stem!r}")
            )
        if muscle.region != path.parent.name:
            raw_kb.problems.append(
                Problem(
                    rel,
                    muscle.id,
                    "region",
                    f"{muscle.region!r} but the file is in {path.parent.name!r}/",
                )
            )
        raw_kb.muscles.append((rel, muscle))


def read_knowledge(root: Path | None = None) -> RawKnowledge:
    """Parse and schema-check every file under ``root`` (the packaged data by default)."""
    root = root or data_dir()
    raw_kb = RawKnowledge(root)
    _load_list(root, "regions.yaml", Region, raw_kb.regions, raw_kb.problems, raw_kb.unreadable)
    _load_list(root, "sources.yaml", Source, raw_kb.sources, raw_kb.problems, raw_kb.unreadable)
    _load_list(
        root, "conditions.yaml", Condition, raw_kb.conditions, raw_kb.problems, raw_kb.unreadable
    )
    _load_list(
        root, "techniques.yaml", Technique, raw_kb.techniques, raw_kb.problems, raw_kb.unreadable
    )
    _load_list(
        root, "pain_guides.yaml", PainGuide, raw_kb.pain_guides, raw_kb.problems, raw_kb.unreadable
    )
    _load_muscles(root, raw_kb)
    return raw_kb
