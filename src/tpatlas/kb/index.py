"""The loaded knowledge base: immutable, indexed, with group sections already inherited.

Build it with ``load_knowledge_base()``; it raises KnowledgeBaseError listing every problem.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from tpatlas.bodychart import BodyChart, load_chart
from tpatlas.kb.checks import INHERITED_SECTIONS, check_entries
from tpatlas.kb.errors import KnowledgeBaseError
from tpatlas.kb.loader import read_knowledge
from tpatlas.kb.schema import (
    Condition,
    Muscle,
    PainGuide,
    Region,
    Source,
    Technique,
    TriggerPoint,
)


@dataclass(frozen=True)
class Referral:
    """A trigger point that refers pain to a zone kind, and how (essential or spillover)."""

    muscle: str
    trigger_point: str
    essential: bool


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per process
class KnowledgeBase:
    muscles: MappingProxyType[str, Muscle]
    conditions: MappingProxyType[str, Condition]
    techniques: MappingProxyType[str, Technique]
    sources: MappingProxyType[str, Source]
    regions: MappingProxyType[str, Region]
    pain_guides: MappingProxyType[str, PainGuide]
    chart: BodyChart
    inherited: MappingProxyType[str, frozenset[str]]
    _referrals: MappingProxyType[str, tuple[Referral, ...]] = field(repr=False)

    def muscle(self, muscle_id: str) -> Muscle:
        return self.muscles[muscle_id]

    def members(self, muscle: Muscle) -> list[Muscle]:
        return [self.muscles[m] for m in muscle.members]

    def trigger_points(self, muscle: Muscle) -> list[tuple[Muscle, TriggerPoint]]:
        """A muscle's own trigger points, or for a group every member's, with their owner."""
        owners = self.members(muscle) if muscle.is_group else [muscle]
        return [(owner, tp) for owner in owners for tp in owner.trigger_points]

    def connected_from(self, muscle_id: str) -> list[Muscle]:
        """Muscles whose connections name ``muscle_id`` (the reverse links)."""
        return [
            m for m in self.muscles.values() if any(c.muscle == muscle_id for c in m.connections)
        ]

    def referring_to(self, zone_kind: str) -> tuple[Referral, ...]:
        return self._referrals.get(zone_kind, ())

    def by_region(self) -> dict[str, list[Muscle]]:
        """Top-level entries (groups and ungrouped muscles) by index region, A-Z."""
        out: dict[str, list[Muscle]] = {r: [] for r in self.regions}
        for m in sorted(self.muscles.values(), key=lambda m: m.name.en.lower()):
            if m.group is None:
                out[m.region].append(m)
        return {r: ms for r, ms in out.items() if ms}

    def referrers_by_region(self) -> dict[str, list[tuple[Muscle, bool]]]:
        """For each pain region of the chart, the muscles that refer pain there, as the region
        guides of the literature list them: essential referral first, then the most common."""
        found: dict[str, dict[str, bool]] = {r: {} for r in self.chart.regions}
        for kind, refs in self._referrals.items():
            region = self.chart.kinds[kind].region
            for ref in refs:
                found[region][ref.muscle] = found[region].get(ref.muscle, False) or ref.essential
        order = {"very-common": 0, "common": 1, "occasional": 2, "uncommon": 3}

        def rank(item: tuple[Muscle, bool]) -> tuple[bool, int, str]:
            m, essential = item
            return (not essential, order[m.frequency], m.name.en.lower())

        return {
            r: sorted(((self.muscles[mid], ess) for mid, ess in ms.items()), key=rank)
            for r, ms in found.items()
            if ms
        }

    def nearest(self, text: str, limit: int = 3) -> list[str]:
        """Muscle ids closest to ``text`` by spelling, for "did you mean" messages."""
        names = {m.id: m.id for m in self.muscles.values()}
        names.update({m.name.en.lower(): m.id for m in self.muscles.values()})
        for m in self.muscles.values():
            names.update({s.lower(): m.id for s in (*m.synonyms, *m.lay_names)})
        hits = difflib.get_close_matches(
            text.lower().replace("_", "-"), list(names), n=10, cutoff=0.5
        )
        return list(dict.fromkeys(names[h] for h in hits))[:limit]


def _inherit(m: Muscle, group: Muscle | None) -> tuple[Muscle, frozenset[str]]:
    if group is None:
        return m, frozenset()
    update: dict[str, Any] = {
        s: getattr(group, s) for s in INHERITED_SECTIONS if not getattr(m, s) and getattr(group, s)
    }
    return m.model_copy(update=update), frozenset(update)


def _referrals(muscles: dict[str, Muscle]) -> dict[str, tuple[Referral, ...]]:
    index: dict[str, list[Referral]] = {}
    for m in muscles.values():
        for tp in m.trigger_points:
            for zone in tp.essential:
                index.setdefault(zone, []).append(Referral(m.id, tp.id, True))
            for zone in tp.spillover:
                index.setdefault(zone, []).append(Referral(m.id, tp.id, False))
    return {z: tuple(refs) for z, refs in index.items()}


def build_knowledge_base(root: Path | None = None, chart: BodyChart | None = None) -> KnowledgeBase:
    """Read, check and index the knowledge base under ``root`` (the packaged data by default)."""
    chart = chart or load_chart()
    raw = read_knowledge(root)
    problems = raw.problems + check_entries(raw, chart)
    if problems:
        raise KnowledgeBaseError(problems)
    plain = {m.id: m for _, m in raw.muscles}
    muscles: dict[str, Muscle] = {}
    inherited: dict[str, frozenset[str]] = {}
    for mid, m in plain.items():
        muscles[mid], inherited[mid] = _inherit(m, plain.get(m.group) if m.group else None)
    return KnowledgeBase(
        muscles=MappingProxyType(muscles),
        conditions=MappingProxyType({c.id: c for _, c in raw.conditions}),
        techniques=MappingProxyType({t.id: t for _, t in raw.techniques}),
        sources=MappingProxyType({s.id: s for _, s in raw.sources}),
        regions=MappingProxyType({r.id: r for _, r in raw.regions}),
        pain_guides=MappingProxyType({g.id: g for _, g in raw.pain_guides}),
        chart=chart,
        inherited=MappingProxyType(inherited),
        _referrals=MappingProxyType(_referrals(muscles)),
    )


@cache
def load_knowledge_base() -> KnowledgeBase:
    """The packaged knowledge base, loaded once per process."""
    return build_knowledge_base()
