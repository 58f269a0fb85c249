"""The patterns a muscle can explain a drawing with, and an index of them by zone.

A muscle scores as its best trigger point, or as its trigger points together: the literature
describes muscles with several trigger points whose patterns appear at once (quadratus lumborum,
gluteus minimus, soleus), so "low back, the top of the hip and the lower buttock" is one quadratus
lumborum even though no single trigger point of it reaches all three. The combined pattern gives
each zone the best credit any of its trigger points gives (a rare trigger point's zones count
RARE.weight), and its score counts COMBINED.weight, so it wins only when it explains clearly more
than any one trigger point; it is tried only when several places are named or marked.

>>> from tpatlas.kb import load_knowledge_base
>>> kb = load_knowledge_base()
>>> ql = combined(kb.muscles["quadratus-lumborum"], kb.chart)
>>> ql.table["loin"], ql.table["mid-buttock"], ql.table["lateral-hip"]
(1.0, 1.0, 1.0)
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tpatlas.bodychart import BodyChart
from tpatlas.bodychart.adjacency import neighbours
from tpatlas.finder.factors import ADJACENT, ESSENTIAL, LOCAL, NEARBY, RARE, SPILLOVER
from tpatlas.kb.schema import Muscle, TriggerPoint


@dataclass(frozen=True, eq=False)
class Pattern:
    """What the ranking needs of a pattern: its essential zones, whether the literature calls
    it rare, its credit table (zone kind -> credit) and where it reaches (essential and
    spillover zones, for "it stops above the knee": finder/limits.py)."""

    essential: tuple[str, ...]
    rare: bool
    table: dict[str, float] = field(repr=False)
    combined: bool = False
    reach: frozenset[str] = frozenset()


_TABLES: dict[tuple[int, int], Pattern] = {}


def single(tp: TriggerPoint, chart: BodyChart) -> Pattern:
    """One trigger point's pattern: essential and spillover zones, zones bordering them, the
    zone where the trigger point lies, and nearby (the same coarse region as an essential
    zone). Built once per trigger point: the knowledge base is immutable and lives as long as
    the process."""
    key = (id(tp), id(chart))
    if key not in _TABLES:
        regions = {chart.kinds[k].region for k in tp.essential}
        table = {k: NEARBY.weight for k, z in chart.kinds.items() if z.region in regions}
        border = neighbours(chart)
        for zones, credit in ((tp.spillover, ADJACENT.weight / 2), (tp.essential, ADJACENT.weight)):
            for kind in (n for z in zones for n in border.get(z, ())):
                table[kind] = max(table.get(kind, 0.0), credit)
        table.update(dict.fromkeys(tp.spillover, SPILLOVER.weight))
        table.update(dict.fromkeys(tp.essential, ESSENTIAL.weight))
        if table.get(tp.zone, 0.0) < LOCAL.weight:  # the knot itself is tender
            table[tp.zone] = LOCAL.weight
        _TABLES[key] = Pattern(
            tp.essential, tp.rare, table, reach=frozenset((*tp.essential, *tp.spillover))
        )
    return _TABLES[key]


def combined(muscle: Muscle, chart: BodyChart) -> Pattern:
    """All the muscle's trigger points as one pattern (see the module docstring)."""
    table: dict[str, float] = {}
    essential: list[str] = []
    reach: set[str] = set()
    for tp in muscle.trigger_points:
        reach |= single(tp, chart).reach
        scale = RARE.weight if tp.rare else 1.0
        for kind, credit in single(tp, chart).table.items():
            table[kind] = max(table.get(kind, 0.0), credit * scale)
        essential += [k for k in tp.essential if k not in essential]
    return Pattern(tuple(essential), False, table, combined=True, reach=frozenset(reach))


Candidate = tuple[Muscle, TriggerPoint, Pattern]


class Candidates:
    """Which patterns can score at all for a set of zone kinds (an index built once).

    A pattern scores only if a marked kind is in its essential or spillover zone, or in the same
    coarse region as its essential zone; everything else is skipped unscored. A combined pattern
    comes with the muscle's first trigger point, the one shown when nothing else scored.
    """

    def __init__(self, muscles: list[Muscle], chart: BodyChart) -> None:
        self.by_kind: dict[str, list[Candidate]] = {}
        self.by_region: dict[str, list[Candidate]] = {}
        for m in muscles:
            entries = [(m, tp, single(tp, chart)) for tp in m.trigger_points]
            if len(entries) > 1:
                entries.append((m, m.trigger_points[0], combined(m, chart)))
            for entry in entries:
                pattern = entry[2]
                for kind in (k for k, c in pattern.table.items() if c > NEARBY.weight):
                    self.by_kind.setdefault(kind, []).append(entry)
                for region in {chart.kinds[k].region for k in pattern.essential}:
                    self.by_region.setdefault(region, []).append(entry)
        self.chart = chart

    def for_zones(self, zones: Mapping[str, float]) -> list[Candidate]:
        kinds = {z.split("-", 1)[1] for z in zones}
        regions = {self.chart.kinds[k].region for k in kinds}
        found: dict[int, Candidate] = {}
        for k in kinds:
            for c in self.by_kind.get(k, ()):
                found[id(c[2])] = c
        for r in regions:
            for c in self.by_region.get(r, ()):
                found[id(c[2])] = c
        return list(found.values())
