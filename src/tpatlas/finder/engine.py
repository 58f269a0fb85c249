"""Runs a query against the knowledge base and assembles what the user sees."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache
from typing import Any

from tpatlas.finder import story
from tpatlas.finder.data import load
from tpatlas.finder.factors import CONTEXT, ESSENTIAL, LOCAL, NEARBY, SPILLOVER
from tpatlas.finder.guides import guide_priors
from tpatlas.finder.numb import shown_context
from tpatlas.finder.patterns import Candidates
from tpatlas.finder.query import NO_SIDE_NOTE, Query
from tpatlas.finder.safety import Flag, flags, message_in
from tpatlas.finder.score import Match, combination, rank
from tpatlas.finder.text import Understood
from tpatlas.kb import KnowledgeBase

NO_ZONES_NOTE = (
    "No painful zones were given or understood; mark the chart or describe where it hurts."
)
# With no place understood, a muscle is still listed when its entry names what was said: words
# of weight STORY_ALONE or more in all, one of them used by at most two entries (RARE_WORD):
# "dizzy and off balance" is the sternocleidomastoid's, "my eye keeps watering" too. Common
# words list nothing ("tired", "stressed", "testing").
STORY_ALONE = 4.5
RARE_WORD = 4.2  # log(entries / 2)
STORY_ALONE_LIMIT = 3
STORY_ALONE_NOTE = (
    "No place of pain was understood. The muscles below are listed only because their entries "
    "describe what you wrote; mark where it hurts for a real suggestion."
)
NOTICE = (
    "These are suggestions from referral patterns in the trigger point literature, not a "
    "diagnosis. See a qualified clinician, and act first on any warning shown."
)


def _zone_words(name: str) -> str:
    """A zone's name without its side, its detail in brackets: "calf (upper outer side)", so a
    list of zones reads clearly."""
    place = name.rsplit(",", 1)[0].lower()
    head, _, detail = place.partition(", ")
    return f"{head} ({detail})" if detail else head


def _listed(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


@dataclass
class FinderResult:
    zones: list[str]
    matches: list[Match]
    combination: list[Match]
    coverage: float
    flags: list[Flag]
    differentials: list[dict[str, Any]]
    understood: Understood | None = None
    notes: list[str] = field(default_factory=list)
    either_side: bool = False

    def reason(self, m: Match, kb: KnowledgeBase) -> str:
        names = kb.chart.zones
        parts = []
        for factor, zones in (
            (ESSENTIAL, m.essential),
            (SPILLOVER, m.spillover),
            (LOCAL, m.local),
            (NEARBY, m.nearby),
        ):
            if zones:
                listed = _listed([_zone_words(names[z].name) for z in zones[:3]])
                parts.append(factor.reason.format(zones=listed))
        if m.context:
            said = [c.lower() for c in shown_context(m.context)]
            reason = CONTEXT.reason.format(items=_listed(said))
            parts.append(reason if len(said) == 1 else reason.replace(" fits ", " fit ", 1))
        text = "; ".join(parts)
        return text[:1].upper() + text[1:] + "."

    def to_json(self, kb: KnowledgeBase, lang: str = "en") -> dict[str, Any]:
        """The result as JSON; warnings in ``lang`` (the rest is translated by the web layer)."""
        # Warnings come first, in the JSON as on the page: they are read before any muscle.
        out: dict[str, Any] = {
            "red_flags": [
                {
                    "id": f.id,
                    "kind": f.kind,
                    "urgency": f.urgency,
                    "message": message_in(f, lang),
                    "heard": list(f.heard),
                }
                for f in self.flags
            ],
            "zones": self.zones,
            "results": [self._result(m, kb) for m in self.matches],
            "combination": [
                {
                    "muscle": m.muscle.id,
                    "name": m.muscle.name.en,
                    "trigger_point": m.trigger_point.id,
                }
                for m in self.combination
            ],
            "combination_coverage": round(self.coverage, 3),
            "differentials": self.differentials,
            "notice": NOTICE,
        }
        if self.understood is not None:
            out["understood"] = {
                "terms": [
                    {"phrase": t.phrase, "heard": t.heard, "zones": list(t.kinds)}
                    for t in self.understood.terms
                ],
                "side": self.understood.side if self.understood.side_given else "unspecified",
                "aggravators": sorted(self.understood.aggravators),
                "onset": self.understood.onset,
                "sensations": sorted(self.understood.sensations),
                # where the person says the pain stops: "below-knee", "elbow" (finder/limits.py)
                "limits": list(self.understood.limits),
            }
        if self.notes:
            out["notes"] = self.notes
        return out

    def _result(self, m: Match, kb: KnowledgeBase) -> dict[str, Any]:
        return {
            "muscle": m.muscle.id,
            "name": m.muscle.name.en,
            "group": m.muscle.group,
            # Relative strength: the best match is 100, the others in proportion to it.
            "score": round(100 * m.score / max(self.matches[0].score, 1e-9), 1),
            "side": "either" if self.either_side else m.side,
            "trigger_point": m.trigger_point.id,
            "trigger_point_name": m.trigger_point.name.en,
            "essential": list(m.essential),
            "spillover": list(m.spillover),
            "nearby": list(m.nearby),
            "local": list(m.local),  # where one of its trigger points lies
            "context": shown_context(m.context),
            "reason": self.reason(m, kb),
            "url": f"/muscles/{m.muscle.id}/#{m.trigger_point.id}",
            # Members of the same group that also fit (finder/alike.py).
            "alike": [
                {"muscle": a.id, "name": a.name.en, "url": f"/muscles/{a.id}/"} for a in m.alike
            ],
        }


@cache
def _candidates(kb: KnowledgeBase) -> Candidates:
    return Candidates([m for m in kb.muscles.values() if m.trigger_points], kb.chart)


@cache
def _entry_words(kb: KnowledgeBase) -> dict[str, frozenset[str]]:
    """Per context id (sitting, strain, numbness, ...), the muscles whose indications or causes
    mention it: an index built once, so a query only looks up what it said."""
    ctx = load("context")
    out: dict[str, set[str]] = {}
    for m in kb.muscles.values():
        text = " ".join(t.en.lower() for t in (*m.indications, *m.causes))
        for section in ("aggravators", "onset", "sensations"):
            for cid, entry in ctx[section].items():
                if any(re.search(rf"\b{re.escape(w)}", text) for w in entry["in_entry"]):
                    out.setdefault(cid, set()).add(m.id)
    return {cid: frozenset(ids) for cid, ids in out.items()}


def _context(kb: KnowledgeBase, query: Query) -> dict[str, tuple[str, ...]]:
    return _context_of(kb, query.aggravators, query.onset, query.sensations)


@lru_cache(maxsize=1024)
def _context_of(
    kb: KnowledgeBase,
    aggravators: frozenset[str],
    onset: str | None,
    sensations: frozenset[str],
) -> dict[str, tuple[str, ...]]:
    """Muscle id -> the labels of the context it fits, for one context; a few contexts are
    common, so answers are kept (the dict is only read)."""
    ctx = load("context")
    wanted = [(a, ctx["aggravators"][a]["label"]) for a in sorted(aggravators)]
    if onset:
        wanted.append((onset, ctx["onset"][onset]["label"]))
    wanted += [(x, ctx["sensations"][x]["label"]) for x in sorted(sensations)]
    labels: dict[str, tuple[str, ...]] = {}
    index = _entry_words(kb)
    for cid, label in wanted:
        for mid in index.get(cid, ()):
            labels[mid] = (*labels.get(mid, ()), label)
    return labels


@lru_cache(maxsize=1024)
def _evidence(kb: KnowledgeBase, said: tuple[tuple[str, str], ...]) -> dict[str, story.Evidence]:
    """Muscle id -> how strongly its entry uses the words of the story (finder/story.py)."""
    return story.evidence(kb, said)


@cache
def _condition_rows(kb: KnowledgeBase) -> dict[str, dict[str, Any]]:
    """Each condition as the finder lists it (built once; copied per answer)."""
    return {
        c.id: {
            "condition": c.id,
            "name": c.name.en,
            "icd10": list(c.icd10),
            "icd10cm": list(c.icd10cm),
            "urgency": c.urgency,
            "see_clinician": c.see_clinician.en if c.see_clinician else None,
        }
        for c in kb.conditions.values()
    }


def _differentials(kb: KnowledgeBase, matches: list[Match]) -> list[dict[str, Any]]:
    rows = _condition_rows(kb)
    seen: dict[str, dict[str, Any]] = {}
    for m in matches[:5]:
        for d in m.muscle.differentials:
            item = seen.get(d.condition)
            if item is None:
                item = seen[d.condition] = {**rows[d.condition], "from": []}
            if m.muscle.id not in item["from"]:
                item["from"].append(m.muscle.id)
    return sorted(seen.values(), key=lambda d: -len(d["from"]))


def find(
    kb: KnowledgeBase, query: Query, limit: int = 10, understood: Understood | None = None
) -> FinderResult:
    places = query.places or tuple((z,) for z in query.zones)
    kinds = [frozenset(z.split("-", 1)[1] for z in place) for place in places]
    matches = (
        rank(
            _candidates(kb),
            query.zones,
            _context(kb, query),
            kb.chart,
            places=query.places,
            priors=guide_priors(kb, kinds),
            limit=limit,
            story=_evidence(kb, query.story),
            not_reached=query.not_reached,
        )
        if query.zones
        else []
    )
    if not query.zones and query.story:
        matches = _by_story_alone(kb, _evidence(kb, query.story))
    combo, coverage = combination(matches, query.zones)
    notes = list(query.notes)
    if not query.zones:  # no place, so no side to speak of
        notes = [n for n in notes if n != NO_SIDE_NOTE]
        notes.append(STORY_ALONE_NOTE if matches else NO_ZONES_NOTE)
    return FinderResult(
        zones=sorted(query.zones),
        matches=matches,
        combination=combo,
        coverage=coverage,
        flags=flags(query.zones, query.red_flags, kb.chart, query.sensations, query.heard_flags),
        differentials=_differentials(kb, matches),
        understood=understood,
        notes=notes,
        either_side=query.either_side,
    )


def _by_story_alone(kb: KnowledgeBase, told: dict[str, story.Evidence]) -> list[Match]:
    """Muscles whose entries name what was said, when no place was (see STORY_ALONE): each with
    its first trigger point, no zones, and the words shown as its reason."""
    strong = sorted(
        (
            (e.weight, mid)
            for mid, e in told.items()
            if e.weight >= STORY_ALONE and e.rarest >= RARE_WORD
        ),
        key=lambda item: (-item[0], item[1]),
    )[:STORY_ALONE_LIMIT]
    return [
        Match(
            kb.muscles[mid],
            kb.muscles[mid].trigger_points[0],
            "right",  # a side is needed; with no place said the answer is for either side
            weight,
            (),
            (),
            (),
            told[mid].shown,
            {},
        )
        for weight, mid in strong
    ]
