"""Coverage of the knowledge base: which sections each entry has, per section and per region,
and which prose fields have their Spanish.

Used by `tpatlas kb report` (CI fails when an entry misses a required section) and by the home
page. Works on the raw entries, so it can report on a knowledge base that does not load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tpatlas.kb.checks import INHERITED_SECTIONS, REQUIRED_SECTIONS
from tpatlas.kb.loader import read_knowledge
from tpatlas.kb.schema import Muscle
from tpatlas.kb.translation import Translations, render_translations, translations

SECTIONS = ("summary", "anatomy", "functional_movement", "trigger_points", *REQUIRED_SECTIONS[1:])
ID_KINDS = ("uberon", "fma", "ta98", "ta2")


@dataclass
class Coverage:
    muscles: int = 0
    groups: int = 0
    trigger_points: int = 0
    sections: dict[str, int] = field(default_factory=dict)
    # Entries (muscles and groups) carrying each kind of public identifier.
    identifiers: dict[str, int] = field(default_factory=dict)
    entries: int = 0
    regions: dict[str, dict[str, int]] = field(default_factory=dict)
    incomplete: dict[str, list[str]] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    translations: Translations = field(default_factory=Translations)

    @property
    def ok(self) -> bool:
        return not self.incomplete and not self.problems and self.translations.complete

    def to_json(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "muscles": self.muscles,
            "groups": self.groups,
            "trigger_points": self.trigger_points,
            "sections": self.sections,
            "identifiers": {"entries": self.entries, **self.identifiers},
            "regions": self.regions,
            "incomplete": self.incomplete,
            "problems": self.problems,
            "translations": self.translations.to_json(),
        }


def _has(m: Muscle, group: Muscle | None, section: str) -> bool:
    if section in ("anatomy", "trigger_points"):
        return bool(getattr(m, section))
    own = bool(getattr(m, section))
    return own or bool(group and section in INHERITED_SECTIONS and getattr(group, section))


def coverage(root: Path | None = None) -> Coverage:
    raw = read_knowledge(root)
    by_id = {m.id: m for _, m in raw.muscles}
    out = Coverage(problems=[str(p) for p in raw.problems], translations=translations(raw))
    out.sections = dict.fromkeys(SECTIONS, 0)
    for r in [r.id for _, r in raw.regions]:
        out.regions[r] = {"muscles": 0, "complete": 0, "trigger_points": 0}
    out.identifiers = {k: sum(1 for _, m in raw.muscles if getattr(m.ids, k)) for k in ID_KINDS}
    out.entries = len(raw.muscles)
    for _, m in raw.muscles:
        if m.is_group:
            out.groups += 1
            continue
        group = by_id.get(m.group) if m.group else None
        missing = [s for s in SECTIONS if not _has(m, group, s)]
        for s in SECTIONS:
            out.sections[s] += s not in missing
        region = out.regions.setdefault(
            m.region, {"muscles": 0, "complete": 0, "trigger_points": 0}
        )
        region["muscles"] += 1
        region["complete"] += not missing
        region["trigger_points"] += len(m.trigger_points)
        out.muscles += 1
        out.trigger_points += len(m.trigger_points)
        if missing:
            out.incomplete[m.id] = missing
    return out


def render_text(c: Coverage) -> str:
    lines = [
        f"{c.muscles} muscles ({c.groups} groups), {c.trigger_points} trigger points",
        "",
        "Section                 entries",
    ]
    total = max(c.muscles, 1)
    lines += [f"  {s:<22}{n:>4}/{c.muscles}  {n / total:>5.0%}" for s, n in c.sections.items()]
    lines += ["", f"Public identifiers      entries (of {c.entries} muscles and groups)"]
    lines += [f"  {k.upper():<22}{n:>4}/{c.entries}" for k, n in c.identifiers.items()]
    lines += ["", "Region                  muscles  complete  trigger points"]
    lines += [
        f"  {r:<22}{v['muscles']:>7}  {v['complete']:>8}  {v['trigger_points']:>14}"
        for r, v in c.regions.items()
    ]
    empty = [r for r, v in c.regions.items() if not v["muscles"]]
    if empty:
        lines += ["", f"Regions with no muscle yet: {', '.join(empty)}"]
    for mid, missing in sorted(c.incomplete.items()):
        lines.append(f"INCOMPLETE {mid}: missing {', '.join(missing)}")
    lines += [f"PROBLEM {p}" for p in c.problems]
    lines += render_translations(c.translations)
    lines.append("")
    lines.append(
        "Coverage OK: every entry has every required section, in English and Spanish."
        if c.ok
        else "Coverage FAILED: see the lines above."
    )
    return "\n".join(lines)
