"""Scores every trigger point against a pain drawing; a muscle scores as its best trigger point.

For one side s of the body, with marked weights w(z) on that side:

    coverage  = sum(w(z) * credit(z)) / sum(w(z))         credit from ZONE_FACTORS
    size      = 1 - PATTERN_SIZE.weight * (1 - share of the essential zone that is marked)
    score     = coverage * size * prior * (1 + CONTEXT.weight * matches) * side_share ** 0.5

Worked example (docs/algorithms/finder.md): only the right popliteal fossa is marked. Biceps
femoris has it in its essential zone (credit 1.0); half its essential zone is marked (size 0.9);
it is "common" (1.07): 1.0 * 0.9 * 1.07 = 0.963.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tpatlas.bodychart import BodyChart
from tpatlas.finder.factors import (
    BREADTH,
    CONTEXT,
    CONTEXT_MAX,
    ESSENTIAL,
    NEARBY,
    PATTERN_SIZE,
    PLACE,
    PRIOR,
    RARE,
    SIDE_SHARE_EXPONENT,
    SPILLOVER,
)
from tpatlas.kb.schema import Muscle, TriggerPoint


@dataclass(frozen=True, eq=False)  # compared by identity: cheap, and each match is one object
class Match:
    muscle: Muscle
    trigger_point: TriggerPoint
    side: str
    score: float
    essential: tuple[str, ...]  # sided zone ids matched
    spillover: tuple[str, ...]
    nearby: tuple[str, ...]
    context: tuple[str, ...]
    # zone kind -> credit. Kinds, not sided zones: in the combination a muscle may explain the
    # same pattern on both sides, since trigger points are often bilateral.
    credits: Mapping[str, float]


@dataclass(frozen=True)
class SideMarks:
    """One side of the drawing, prepared once per query: each place as (kinds, weights)."""

    side: str
    places: tuple[tuple[tuple[str, ...], tuple[float, ...], float], ...]  # kinds, weights, total
    marked: frozenset[str]
    total: float


Sides = dict[str, list[dict[str, float]]]  # side -> places, each a mapping kind -> weight


def by_side(zones: Mapping[str, float], places: Sequence[Sequence[str]] = ()) -> Sides:
    """The marked places of each side. A place is what the person named as one ("the back of
    the knee"), possibly several zones; a drawing without places has one place per zone."""
    groups = [list(p) for p in places]
    named = {z for p in places for z in p}
    groups += [[z] for z in zones if z not in named]  # marked on the chart besides the words
    out: Sides = {}
    for group in groups:
        per_side: dict[str, dict[str, float]] = {}
        for zid in group:
            if zid in zones:
                side, kind = zid.split("-", 1)
                per_side.setdefault(side, {})[kind] = zones[zid]
        for side, kinds in per_side.items():
            out.setdefault(side, []).append(kinds)
    return out


def prepare(sides: Sides) -> list[SideMarks]:
    return [
        SideMarks(
            side,
            tuple((tuple(p), tuple(p.values()), sum(p.values())) for p in places),
            frozenset(k for p in places for k in p),
            sum(sum(p.values()) for p in places),
        )
        for side, places in sides.items()
    ]


_TABLES: dict[tuple[int, int], dict[str, float]] = {}


def credit_table(tp: TriggerPoint, chart: BodyChart) -> dict[str, float]:
    """Every zone kind this trigger point gives credit for: essential, spillover, or nearby
    (same coarse region as an essential zone). Built once per trigger point (both live as long
    as the process: the knowledge base is immutable)."""
    key = (id(tp), id(chart))
    if key not in _TABLES:
        _TABLES[key] = _table(tp, chart)
    return _TABLES[key]


def _table(tp: TriggerPoint, chart: BodyChart) -> dict[str, float]:
    regions = {chart.kinds[k].region for k in tp.essential}
    table = {k: NEARBY.weight for k, z in chart.kinds.items() if z.region in regions}
    table.update(dict.fromkeys(tp.spillover, SPILLOVER.weight))
    table.update(dict.fromkeys(tp.essential, ESSENTIAL.weight))
    return table


def _side_score(mark: SideMarks, credits: Mapping[str, float], tp: TriggerPoint) -> float:
    """coverage x breadth x size for one side (see the module docstring)."""
    explained = reached = 0.0
    for kinds, weights, total in mark.places:
        values = [credits[k] for k in kinds]
        best = max(values)
        share = sum(w * c for w, c in zip(weights, values, strict=True)) / total
        explained += total * (PLACE.weight * best + (1 - PLACE.weight) * share)
        # A place counts as reached by the essential or spillover zone, a little when nearby.
        reached += min(1.0, best / SPILLOVER.weight)
    if explained <= 0:
        return 0.0
    breadth: float = (reached / len(mark.places)) ** BREADTH.weight
    drawn_essential = sum(1 for k in tp.essential if k in mark.marked) / len(tp.essential)
    size = 1 - PATTERN_SIZE.weight * (1 - drawn_essential)
    return explained / mark.total * breadth * size


def score_trigger_point(
    muscle: Muscle,
    tp: TriggerPoint,
    marks: list[SideMarks],
    context: Mapping[str, tuple[str, ...]],
    chart: BodyChart,
    prior: float = 1.0,
) -> Match | None:
    """The best side for this trigger point, or None if it explains nothing in the drawing."""
    total = sum(m.total for m in marks)
    table = credit_table(tp, chart)
    matched_context = context.get(muscle.id, ())[:CONTEXT_MAX]
    common = prior * (1 + CONTEXT.weight * len(matched_context)) * (RARE.weight if tp.rare else 1.0)
    best: tuple[float, SideMarks, dict[str, float]] | None = None
    for mark in marks:
        credits = {k: table.get(k, 0.0) for k in mark.marked}
        score = _side_score(mark, credits, tp) * (mark.total / total) ** SIDE_SHARE_EXPONENT
        if score > 0 and (best is None or score > best[0]):
            best = (score, mark, credits)
    if best is None:
        return None
    score, mark, credits = best

    def pick(c: float) -> tuple[str, ...]:
        return tuple(f"{mark.side}-{k}" for k, v in credits.items() if v == c)

    return Match(
        muscle,
        tp,
        mark.side,
        score * common,
        pick(ESSENTIAL.weight),
        pick(SPILLOVER.weight),
        pick(NEARBY.weight),
        matched_context,
        {k: v for k, v in credits.items() if v},
    )


class Candidates:
    """Which trigger points can score at all for a set of zone kinds (an index built once).

    A trigger point scores only if a marked kind is in its essential or spillover zone, or in
    the same coarse region as its essential zone; everything else is skipped unscored.
    """

    def __init__(self, muscles: list[Muscle], chart: BodyChart) -> None:
        self.by_kind: dict[str, list[tuple[Muscle, TriggerPoint]]] = {}
        self.by_region: dict[str, list[tuple[Muscle, TriggerPoint]]] = {}
        for m in muscles:
            for tp in m.trigger_points:
                for kind in (*tp.essential, *tp.spillover):
                    self.by_kind.setdefault(kind, []).append((m, tp))
                for region in {chart.kinds[k].region for k in tp.essential}:
                    self.by_region.setdefault(region, []).append((m, tp))
        self.chart = chart

    def for_zones(self, zones: Mapping[str, float]) -> list[tuple[Muscle, TriggerPoint]]:
        kinds = {z.split("-", 1)[1] for z in zones}
        regions = {self.chart.kinds[k].region for k in kinds}
        found = {(m.id, tp.id): (m, tp) for k in kinds for m, tp in self.by_kind.get(k, [])}
        found.update(
            {(m.id, tp.id): (m, tp) for r in regions for m, tp in self.by_region.get(r, [])}
        )
        return list(found.values())


def rank(
    candidates: Candidates,
    zones: Mapping[str, float],
    context: Mapping[str, tuple[str, ...]],
    chart: BodyChart,
    places: Sequence[Sequence[str]] = (),
    priors: Mapping[str, float] | None = None,
) -> list[Match]:
    """Each muscle's best trigger point, best first (ties broken by name for stable output).
    ``priors`` maps a muscle to how often the literature finds it behind pain in these places;
    a muscle not in it gets its frequency prior."""
    marks = prepare(by_side(zones, places))
    best: dict[str, Match] = {}
    for m, tp in candidates.for_zones(zones):
        prior = (priors or {}).get(m.id) or PRIOR[m.frequency]
        match = score_trigger_point(m, tp, marks, context, chart, prior)
        if match and (m.id not in best or match.score > best[m.id].score):
            best[m.id] = match
    return sorted(best.values(), key=lambda x: (-x.score, x.muscle.name.en))


def combination(
    matches: list[Match], zones: Mapping[str, float], limit: int = 3, goal: float = 0.9
) -> tuple[list[Match], float]:
    """The fewest muscles (at most ``limit``) that together explain the drawing (greedy cover)."""
    total = sum(zones.values()) or 1.0
    chosen: list[Match] = []
    covered = dict.fromkeys(zones, 0.0)

    def credit(m: Match, zone: str) -> float:
        return m.credits.get(zone.split("-", 1)[1], 0.0)

    def gain(m: Match) -> float:
        return sum(w * max(0.0, credit(m, z) - covered[z]) for z, w in zones.items())

    pool = matches[:15]
    while len(chosen) < limit:
        candidate = max((m for m in pool if m not in chosen), key=gain, default=None)
        if candidate is None or gain(candidate) <= 0.01 * total:
            break
        chosen.append(candidate)
        for z in covered:
            covered[z] = max(covered[z], credit(candidate, z))
        if sum(zones[z] * covered[z] for z in zones) / total >= goal:
            break
    return chosen, sum(zones[z] * covered[z] for z in zones) / total
