"""Scores every trigger point against a pain drawing; a muscle scores as its best trigger point,
or as its trigger points together (finder/patterns.py) when that explains clearly more.

For one side s of the body, with marked weights w(z) on that side:

    coverage  = sum(w(z) * credit(z)) / sum(w(z))         credit from ZONE_FACTORS
    size      = 1 - PATTERN_SIZE.weight * (1 - share of the essential zone that is marked)
    score     = coverage * size * prior * (1 + CONTEXT.weight * matches) * side_share ** 0.5

Worked example (docs/algorithms/finder.md): only the right popliteal fossa is marked. Biceps
femoris has it in its essential zone (credit 1.0); half its essential zone is marked (size 0.9);
it is "common" (1.02): 1.0 * 0.9 * 1.02 = 0.918.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tpatlas.bodychart import BodyChart
from tpatlas.finder.alike import fold
from tpatlas.finder.factors import (
    BREADTH,
    COMBINED,
    CONTEXT,
    CONTEXT_MAX,
    ESSENTIAL,
    KNOT,
    LIMIT,
    PATTERN_SIZE,
    PLACE,
    PRIOR,
    RARE,
    SIDE_SHARE_EXPONENT,
    SPILLOVER,
    STORY,
)
from tpatlas.finder.patterns import Candidates, Pattern
from tpatlas.finder.story import Evidence
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
    # Members of the same group that also fit, shown in this row (finder/alike.py).
    alike: tuple[Muscle, ...] = ()
    local: tuple[str, ...] = ()  # sided zone ids where one of its trigger points lies


@dataclass(frozen=True)
class SideMarks:
    """One side of the drawing, prepared once per query: each place as (kinds, weights)."""

    side: str
    places: tuple[tuple[tuple[str, ...], tuple[float, ...], float], ...]  # kinds, weights, total
    marked: frozenset[str]
    total: float
    main: frozenset[str] = frozenset()  # the kinds of the place(s) that weigh most


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
            _main(places),
        )
        for side, places in sides.items()
    ]


def _main(places: list[dict[str, float]]) -> frozenset[str]:
    """The kinds of the place(s) that weigh most: the place named first in words, every zone
    of a drawing (finder/factors.py KNOT)."""
    heaviest = max(sum(p.values()) for p in places)
    return frozenset(k for p in places if sum(p.values()) >= heaviest - 1e-9 for k in p)


def _knot(muscle: Muscle, pattern: Pattern, mark: SideMarks) -> float:
    """1 + KNOT.weight when the pattern covers the main place where a trigger point lies."""
    table = pattern.table
    for tp in muscle.trigger_points:
        if tp.zone in mark.main and table.get(tp.zone, 0.0) >= SPILLOVER.weight:
            return 1 + KNOT.weight
    return 1.0


def _side_score(mark: SideMarks, credits: Mapping[str, float], tp: Pattern) -> float:
    """coverage x breadth x size for one side (see the module docstring). Written as plain
    loops: it runs for every candidate trigger point of every query."""
    explained = reached = 0.0
    keep = PLACE.weight
    for kinds, weights, total in mark.places:
        best = share = 0.0
        for k, w in zip(kinds, weights, strict=True):
            c = credits[k]
            share += w * c
            if c > best:
                best = c
        explained += total * keep * best + (1 - keep) * share
        # A place counts as reached by the essential or spillover zone, a little when nearby.
        reached += best / SPILLOVER.weight if best < SPILLOVER.weight else 1.0
    if explained <= 0:
        return 0.0
    breadth: float = (reached / len(mark.places)) ** BREADTH.weight
    drawn = 0
    for k in tp.essential:
        if k in mark.marked:
            drawn += 1
    size = 1 - PATTERN_SIZE.weight * (1 - drawn / len(tp.essential))
    return explained / mark.total * breadth * size


def _best_side(
    tp: Pattern, marks: list[SideMarks], total: float
) -> tuple[float, SideMarks, dict[str, float]] | None:
    """The side where this pattern explains the drawing best: (score, side, credits)."""
    best: tuple[float, SideMarks, dict[str, float]] | None = None
    table = tp.table
    for mark in marks:
        credits = {k: table.get(k, 0.0) for k in mark.marked}
        score = _side_score(mark, credits, tp)
        if score > 0:
            score *= (mark.total / total) ** SIDE_SHARE_EXPONENT
            if best is None or score > best[0]:
                best = (score, mark, credits)
    return best


def _common(
    muscle: Muscle,
    tp: Pattern,
    context: Mapping[str, tuple[str, ...]],
    prior: float,
    story: Mapping[str, Evidence],
) -> float:
    """The factors that do not depend on the drawing: prior, context, the words of the story,
    rare or combined pattern (a combined pattern's rare zones are already scaled in its table)."""
    matched = len(context.get(muscle.id, ())[:CONTEXT_MAX])
    kind = COMBINED.weight if tp.combined else RARE.weight if tp.rare else 1.0
    told = story.get(muscle.id)
    words = 1 + STORY.weight * told.weight if told else 1.0
    return prior * (1 + CONTEXT.weight * matched) * words * kind


def _match(
    muscle: Muscle,
    tp: TriggerPoint,
    mark: SideMarks,
    credits: dict[str, float],
    score: float,
    context: Mapping[str, tuple[str, ...]],
    story: Mapping[str, Evidence],
    alike: tuple[Muscle, ...] = (),
) -> Match:
    essential: list[str] = []
    spillover: list[str] = []
    nearby: list[str] = []
    local: list[str] = []
    lies = {t.zone for t in muscle.trigger_points}
    for k, v in credits.items():  # a combined pattern's rare zones count a little less
        if v:
            bucket = (
                essential if v >= ESSENTIAL.weight * RARE.weight
                else spillover if v >= SPILLOVER.weight * RARE.weight
                else local if k in lies else nearby
            )  # fmt: skip
            bucket.append(f"{mark.side}-{k}")
    return Match(
        muscle,
        tp,
        mark.side,
        score,
        tuple(essential),
        tuple(spillover),
        tuple(nearby),
        context.get(muscle.id, ())[:CONTEXT_MAX]
        + (told.shown if (told := story.get(muscle.id)) else ()),
        {k: v for k, v in credits.items() if v},
        alike,
        tuple(local),
    )


def rank(
    candidates: Candidates,
    zones: Mapping[str, float],
    context: Mapping[str, tuple[str, ...]],
    chart: BodyChart,
    places: Sequence[Sequence[str]] = (),
    priors: Mapping[str, float] | None = None,
    limit: int | None = None,
    story: Mapping[str, Evidence] | None = None,
    not_reached: frozenset[str] = frozenset(),
) -> list[Match]:
    """Each muscle's best pattern, best first (ties broken by name for stable output).
    ``priors`` maps a muscle to how often the literature finds it behind pain in these places;
    a muscle not in it gets its frequency prior; ``story`` maps a muscle to how strongly its
    entry uses the words of the description; ``not_reached`` holds the zone kinds the person
    says the pain does not reach. Members of a group that also fit share a row
    (finder/alike.py). Only the first ``limit`` rows become Match objects.
    A combined pattern that wins is shown with the muscle's best single trigger point."""
    told = story or {}
    marks = prepare(by_side(zones, places))
    total = sum(m.total for m in marks)
    best: dict[str, tuple[float, Muscle, TriggerPoint, SideMarks, dict[str, float]]] = {}
    shown: dict[str, tuple[float, TriggerPoint]] = {}  # best single trigger point per muscle
    several = any(len(mark.places) > 1 for mark in marks)  # else nothing to explain together
    for m, tp, pattern in candidates.for_zones(zones):
        if pattern.combined and not several:
            continue
        found = _best_side(pattern, marks, total)
        if found is None:
            continue
        prior = (priors or {}).get(m.id) or PRIOR[m.frequency]
        score = found[0] * _common(m, pattern, context, prior, told) * _knot(m, pattern, found[1])
        if not_reached and pattern.reach & not_reached:
            score *= LIMIT.weight
        if not pattern.combined and (m.id not in shown or score > shown[m.id][0]):
            shown[m.id] = (score, tp)
        if m.id not in best or score > best[m.id][0]:
            best[m.id] = (score, m, tp, found[1], found[2])
    for mid, (score, m, tp, mark, credits) in best.items():
        if mid in shown and shown[mid][1] is not tp:
            best[mid] = (score, m, shown[mid][1], mark, credits)
    ordered = sorted(best.values(), key=lambda x: (-x[0], x[1].name.en))
    rows = fold([(x[0], x[1].group) for x in ordered])[:limit]
    return [
        _match(*_row(ordered[i]), context, told, tuple(ordered[j][1] for j in alike))
        for i, alike in rows
    ]


def _row(
    item: tuple[float, Muscle, TriggerPoint, SideMarks, dict[str, float]],
) -> tuple[Muscle, TriggerPoint, SideMarks, dict[str, float], float]:
    score, m, tp, mark, credits = item
    return m, tp, mark, credits, score


def combination(
    matches: list[Match], zones: Mapping[str, float], limit: int = 3, goal: float = 0.9
) -> tuple[list[Match], float]:
    """The fewest muscles (at most ``limit``) that together explain the drawing (greedy cover).
    A muscle's credit applies to both sides: trigger points are often bilateral."""
    total = sum(zones.values()) or 1.0
    kinds = [z.split("-", 1)[1] for z in zones]
    weights = list(zones.values())
    pool = [(m, [m.credits.get(k, 0.0) for k in kinds]) for m in matches[:15]]
    covered = [0.0] * len(kinds)
    chosen: list[Match] = []

    def gain(credits: list[float]) -> float:
        out = 0.0
        for w, c, h in zip(weights, credits, covered, strict=True):
            if c > h:
                out += w * (c - h)
        return out

    while len(chosen) < limit and pool:
        gains = [gain(credits) for _, credits in pool]
        best = max(range(len(pool)), key=gains.__getitem__)
        if gains[best] <= 0.01 * total:
            break
        match, credits = pool.pop(best)
        chosen.append(match)
        covered = [max(c, h) for c, h in zip(credits, covered, strict=True)]
        if sum(w * h for w, h in zip(weights, covered, strict=True)) / total >= goal:
            break
    return chosen, sum(w * h for w, h in zip(weights, covered, strict=True)) / total
