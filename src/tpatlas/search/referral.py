"""Which muscles refer pain to a place: "what refers pain to the heel", "trigger points
referring to the sacroiliac joint and buttock".

The place is read against the names of the pain guides (kb/data/pain_guides.yaml) and of the
body-chart zones; muscles are ranked as the guides rank them (most common first), and those
whose essential pattern covers the place come before those that only spill over there.

>>> from tpatlas.kb import load_knowledge_base
>>> lifts, place = referrers(load_knowledge_base(), ["heel"])
>>> place, max(lifts, key=lifts.get)
('heel', 'soleus')
"""

from __future__ import annotations

from functools import cache

from tpatlas.kb import KnowledgeBase
from tpatlas.search.facets import words_of

SMALL = {"the", "of", "and", "a", "side", "de", "la", "el", "del", "y"}


@cache
def _places(
    kb: KnowledgeBase,
) -> list[tuple[frozenset[str], str, tuple[str, ...], tuple[str, ...]]]:
    """(name words, name, zone kinds, muscles most common first) for guides and zones."""
    out = []
    for g in kb.pain_guides.values():
        words = frozenset(words_of(g.name.en)) - SMALL
        out.append((words, g.name.en.lower(), g.zones, g.muscles))
    for kind, z in kb.chart.kinds.items():
        out.append((frozenset(words_of(z.name)) - SMALL, z.name.lower(), (kind,), ()))
    return out


def referrers(kb: KnowledgeBase, words: list[str]) -> tuple[dict[str, float], str]:
    """Muscle -> score for the place these words name, and the place's name ("" if none)."""
    said = set(words) - SMALL
    scored = [(len(said & w) / len(w), name, zones, ms) for w, name, zones, ms in _places(kb) if w]
    best = max((s for s, *_ in scored), default=0.0)
    if best < 0.5:
        return {}, ""
    # Every place the words name well: "sacroiliac joint and buttock" is two places.
    chosen = [(name, zones, ms) for s, name, zones, ms in scored if s >= max(0.6, best - 0.4)]
    out: dict[str, float] = {}
    for _, zones, muscles in chosen:
        for rank, mid in enumerate(muscles):
            out[mid] = max(out.get(mid, 0.0), 1.0 + (1 - rank / len(muscles)))
        for kind in zones:
            for ref in kb.referring_to(kind):
                out[ref.muscle] = out.get(ref.muscle, 0.0) + (0.5 if ref.essential else 0.25)
    return out, " and ".join(dict.fromkeys(name for name, _, _ in chosen[:3]))
