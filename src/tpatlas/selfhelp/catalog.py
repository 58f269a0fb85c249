"""Loads the pose library and the illustrations, and checks them against the knowledge base.

Every self-help item of every muscle must have an illustration, keyed by the muscle that owns
the item (a group's items are drawn once and shown on every member) and a slug of its English
title, so reordering items never swaps pictures and a retitled or new item fails the check
until it is drawn. Problems name the item: an unknown pose, tool or body part, a hand that
cannot reach, an illustration left over for an item that no longer exists.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml
from pydantic import ValidationError

from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Muscle, SelfHelp
from tpatlas.selfhelp.compose import DrawingError, compose
from tpatlas.selfhelp.spec import Illustration, Pose


class IllustrationError(Exception):
    """The illustrations do not load or do not cover the knowledge base; ``problems`` lists all."""

    def __init__(self, problems: list[str]) -> None:
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{len(problems)} problem(s) in the self-help illustrations:\n{lines}")


def slug(text: str) -> str:
    """A stable key from an item's English title.

    >>> slug("Knees-to-chest and cat-camel")
    'knees-to-chest-and-cat-camel'
    """
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _read(name: str) -> Any:
    path = resources.files("tpatlas.selfhelp") / "data" / name
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _errors(where: str, exc: ValidationError) -> list[str]:
    return [f"{where}: {'.'.join(str(x) for x in e['loc'])}: {e['msg']}" for e in exc.errors()]


def parse_poses(raw: Mapping[str, Any]) -> tuple[dict[str, Pose], list[str]]:
    poses: dict[str, Pose] = {}
    problems: list[str] = []
    for pid, spec in (raw.get("poses") or {}).items():
        try:
            poses[str(pid)] = Pose.model_validate(spec)
        except ValidationError as exc:
            problems += _errors(f"pose {pid}", exc)
    return poses, problems


def _merge(item: dict[str, Any], patterns: Mapping[str, Any], where: str) -> dict[str, Any]:
    """An item's fields over its pattern's (``use``); a panel list is taken from one or the
    other whole."""
    name = item.get("use")
    if name is None:
        return item
    if name not in patterns:
        raise KeyError(f"{where}: unknown pattern {name!r}")
    merged = {**patterns[name], **{k: v for k, v in item.items() if k != "use"}}
    return _merge(merged, patterns, where)


def _one(raw: dict[str, Any], patterns: Mapping[str, Any], where: str) -> Illustration:
    item = _merge(dict(raw), patterns, where)
    alt = item.pop("alt", None)
    stack = item.pop("stack", False)
    panels = item.pop("panels", None) or [item]
    panels = [_merge(dict(p), patterns, where) for p in panels]
    return Illustration.model_validate({"panels": panels, "alt": alt, "stack": stack})


def parse_illustrations(
    raw: Mapping[str, Any],
) -> tuple[dict[tuple[str, str], Illustration], list[str]]:
    patterns = raw.get("patterns") or {}
    out: dict[tuple[str, str], Illustration] = {}
    problems: list[str] = []
    for muscle, items in (raw.get("illustrations") or {}).items():
        for key, spec in (items or {}).items():
            where = f"{muscle} / {key}"
            try:
                out[(str(muscle), str(key))] = _one(spec, patterns, where)
            except ValidationError as exc:
                problems += _errors(where, exc)
            except KeyError as exc:
                problems.append(str(exc.args[0]))
    return out, problems


@cache
def load_poses() -> dict[str, Pose]:
    poses, problems = parse_poses(_read("poses.yaml"))
    if problems:
        raise IllustrationError(problems)
    return poses


def owners(kb: KnowledgeBase) -> dict[tuple[str, str], SelfHelp]:
    """Every self-help item once, by (owning muscle, title slug)."""
    out: dict[tuple[str, str], SelfHelp] = {}
    for m in kb.muscles.values():
        if "self_help" in kb.inherited.get(m.id, frozenset()):
            continue
        for item in m.self_help:
            out[(m.id, slug(item.title.en))] = item
    return out


def owner_of(kb: KnowledgeBase, muscle: Muscle) -> str:
    """The muscle whose entry holds the self-help shown on ``muscle``'s page."""
    inherited = "self_help" in kb.inherited.get(muscle.id, frozenset())
    return muscle.group if inherited and muscle.group else muscle.id


def check(kb: KnowledgeBase, ills: Mapping[tuple[str, str], Illustration],
          poses: Mapping[str, Pose]) -> list[str]:  # fmt: skip
    """Coverage both ways, and every illustration drawable."""
    items = owners(kb)
    problems = [
        f"{m} / {k}: no illustration for the self-help item {items[(m, k)].title.en!r}"
        for m, k in sorted(set(items) - set(ills))
    ]
    problems += [
        f"{m} / {k}: illustration for an item that does not exist (muscle {m!r} has no "
        f"self-help titled like this)"
        for m, k in sorted(set(ills) - set(items))
    ]
    for (m, k), ill in sorted(ills.items()):
        for i, panel in enumerate(ill.panels):
            try:
                compose(panel, poses)
            except (DrawingError, ValueError) as exc:
                problems.append(f"{m} / {k}: panel {i + 1}: {exc}")
    return problems


@dataclass(frozen=True)
class Catalog:
    illustrations: Mapping[tuple[str, str], Illustration]
    poses: Mapping[str, Pose]

    def for_item(self, kb: KnowledgeBase, muscle_id: str, index: int) -> Illustration | None:
        """The picture for the ``index``-th self-help item shown on ``muscle_id``'s page."""
        m = kb.muscles.get(muscle_id)
        if m is None or not 0 <= index < len(m.self_help):
            return None
        return self.illustrations.get((owner_of(kb, m), slug(m.self_help[index].title.en)))


def build_catalog(kb: KnowledgeBase, raw_poses: Mapping[str, Any] | None = None,
                  raw_ills: Mapping[str, Any] | None = None) -> Catalog:  # fmt: skip
    """Parse and check; IllustrationError lists every problem."""
    poses, problems = parse_poses(raw_poses if raw_poses is not None else _read("poses.yaml"))
    ills, more = parse_illustrations(
        raw_ills if raw_ills is not None else _read("illustrations.yaml")
    )
    problems += more
    if not problems:
        problems = check(kb, ills, poses)
    if problems:
        raise IllustrationError(problems)
    return Catalog(ills, poses)


@cache
def load_catalog(kb: KnowledgeBase) -> Catalog:
    """The packaged illustrations checked against ``kb``, once per knowledge base (a knowledge
    base is compared by identity, one per process)."""
    return build_catalog(kb)
