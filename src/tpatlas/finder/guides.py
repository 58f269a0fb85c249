"""How common each muscle is behind pain in the places named, from the pain guides.

Travell & Simons list, for each painful area, the muscles whose trigger points refer there, most
common first (kb/data/pain_guides.yaml). A muscle listed first for a place gets the full GUIDE
lift, the last a little; a group listed lends its rank to its members and a member to its group.
Over several places the lifts are averaged, so a muscle common in every place named leads.

>>> from tpatlas.kb import load_knowledge_base
>>> kb = load_knowledge_base()
>>> lifts = guide_priors(kb, [frozenset({"heel-plantar"})])
>>> lifts["soleus"] > lifts.get("abductor-hallucis", 1.0)
True
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache

from tpatlas.finder.factors import GUIDE, PRIOR
from tpatlas.kb import KnowledgeBase


@cache
def _guides(kb: KnowledgeBase) -> tuple[tuple[frozenset[str], dict[str, float]], ...]:
    """Each guide as (its zone kinds, the lift of every muscle it lists)."""
    out = []
    for guide in kb.pain_guides.values():
        lifts: dict[str, float] = {}
        n = len(guide.muscles)
        for rank, mid in enumerate(guide.muscles):
            lift = 1 + GUIDE.weight * (1 - rank / n)
            m = kb.muscles[mid]
            for related in (mid, *m.members, *([m.group] if m.group else [])):
                lifts[related] = max(lifts.get(related, 1.0), lift)
        out.append((frozenset(guide.zones), lifts))
    return tuple(out)


def _fitting(kb: KnowledgeBase, kinds: frozenset[str]) -> list[dict[str, float]]:
    """The lifts of the guides that fit a place best: most shared zones for the zones of both
    (Jaccard). "The back of the knee" is the posterior-knee guide's, not the outer-knee guide's,
    although the outer knee's zones include the back of the knee's outer side."""
    fits = [
        (len(zones & kinds) / len(zones | kinds), lifts)
        for zones, lifts in _guides(kb)
        if zones & kinds
    ]
    best = max((fit for fit, _ in fits), default=0.0)
    return [lifts for fit, lifts in fits if fit == best]


def guide_priors(kb: KnowledgeBase, places: Iterable[frozenset[str]]) -> dict[str, float]:
    """Muscle id -> prior for these places (zone kinds): the frequency prior times the mean
    lift, over the places that a guide covers, of the guides that fit each place best."""
    return _priors(kb, tuple(places))


@lru_cache(maxsize=4096)
def _priors(kb: KnowledgeBase, places: tuple[frozenset[str], ...]) -> dict[str, float]:
    per_place: list[dict[str, float]] = []
    for kinds in places:
        best: dict[str, float] = {}
        for lifts in _fitting(kb, kinds):
            for mid, lift in lifts.items():
                best[mid] = max(best.get(mid, 1.0), lift)
        if best:
            per_place.append(best)
    if not per_place:
        return {}
    listed = {mid for place in per_place for mid in place}
    return {
        mid: PRIOR[kb.muscles[mid].frequency]
        * sum(place.get(mid, 1.0) for place in per_place)
        / len(per_place)
        for mid in listed
    }
