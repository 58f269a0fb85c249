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
def _guides_by_kind(kb: KnowledgeBase) -> dict[str, list[dict[str, float]]]:
    """For each zone kind, the lifts of every guide that covers it."""
    out: dict[str, list[dict[str, float]]] = {}
    for guide in kb.pain_guides.values():
        lifts: dict[str, float] = {}
        n = len(guide.muscles)
        for rank, mid in enumerate(guide.muscles):
            lift = 1 + GUIDE.weight * (1 - rank / n)
            m = kb.muscles[mid]
            for related in (mid, *m.members, *([m.group] if m.group else [])):
                lifts[related] = max(lifts.get(related, 1.0), lift)
        for kind in guide.zones:
            out.setdefault(kind, []).append(lifts)
    return out


def guide_priors(kb: KnowledgeBase, places: Iterable[frozenset[str]]) -> dict[str, float]:
    """Muscle id -> prior for these places (zone kinds): the frequency prior times the mean
    guide lift over the places that a guide covers."""
    return _priors(kb, tuple(places))


@lru_cache(maxsize=4096)
def _priors(kb: KnowledgeBase, places: tuple[frozenset[str], ...]) -> dict[str, float]:
    by_kind = _guides_by_kind(kb)
    per_place: list[dict[str, float]] = []
    for kinds in places:
        best: dict[str, float] = {}
        for kind in kinds:
            for lifts in by_kind.get(kind, []):
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
