"""Which muscles refer pain to a place: "what refers pain to the heel", "trigger points
referring to the sacroiliac joint and buttock".

The place is read against the names of the pain guides (kb/data/pain_guides.yaml) and of the
body-chart zones; muscles are ranked as the guides rank them (most common first), and those
whose essential pattern covers the place come before those that only spill over there.

>>> from tpatlas.kb import load_knowledge_base
>>> lifts, place = referrers(load_knowledge_base(), ["heel"])
>>> place, max(lifts, key=lifts.get)
('heel', 'soleus')
>>> referrers(load_knowledge_base(), ["talon"], "es")[1]
'talón'
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from tpatlas.bodychart.names import kind_name
from tpatlas.kb import KnowledgeBase
from tpatlas.search.facets import words_of

SMALL = {"the", "of", "and", "a", "side", "de", "la", "el", "del", "y", "los", "las", "al",
         "parte", "zona", "en"}  # fmt: skip
Place = tuple[frozenset[str], dict[str, str], tuple[str, ...], tuple[str, ...]]


@cache
def _places(kb: KnowledgeBase) -> list[Place]:
    """(name words, name by language, zone kinds, muscles most common first) for guides and
    zones, once under their English name and once under their Spanish name."""
    out: list[Place] = []
    for g in kb.pain_guides.values():
        names = {"en": g.name.en.lower(), "es": (g.name.es or g.name.en).lower()}
        # the guide's id is a plain English name of the place too: "behind-eye" for "Eye and
        # eyebrow"
        for name in _aliases([*names.values(), g.id.replace("-", " ")]):
            out.append((frozenset(words_of(name)) - SMALL, names, g.zones, g.muscles))
    for kind, z in kb.chart.kinds.items():
        names = {"en": z.name.lower(), "es": kind_name(kb.chart, kind, "es").lower()}
        for name in _aliases(names.values()):
            out.append((frozenset(words_of(name)) - SMALL, names, (kind,), ()))
    return out


def _aliases(names: Iterable[str]) -> list[str]:
    """Each name, and each part of a name that joins two ("eye and eyebrow" is also "eye")."""
    out = list(names)
    out += [part for name in out for part in re.split(r" and | y ", name) if part != name]
    return list(dict.fromkeys(out))


# Directions said in everyday words, as the guides name them: "la rodilla por fuera" is the
# "cara externa de la rodilla", "detrás del muslo" the "parte posterior del muslo", "the outside
# of the knee" the outer knee.
DIRECTIONS = {"atras": "posterior", "detras": "posterior", "trasera": "posterior",
              "trasero": "posterior", "delante": "anterior", "delantera": "anterior",
              "fuera": "externa", "afuera": "externa", "exterior": "externa",
              "dentro": "interna", "adentro": "interna", "interior": "interna",
              "outside": "outer", "inside": "inner", "rear": "back", "behind": "back"}  # fmt: skip


def referrers(
    kb: KnowledgeBase, words: list[str], lang: str = "en"
) -> tuple[dict[str, float], str]:
    """Muscle -> score for the place these words name, and the place's name in ``lang``
    ("" if none)."""
    said = {DIRECTIONS.get(w, w) for w in words} - SMALL
    scored = [
        (len(said & w) / len(w), said & w, names[lang], zones, ms)
        for w, names, zones, ms in _places(kb)
        if w
    ]
    # the place that uses more of the words first: "between the shoulder blades", not "shoulder"
    scored.sort(key=lambda x: (-x[0], -len(x[1])))
    best = scored[0][0] if scored else 0.0
    if best < 0.5:
        return {}, ""
    # Every place the words name well: "sacroiliac joint and buttock" is two places; a place
    # whose words the places before it already used adds nothing ("cara externa del codo" is
    # not also "cara externa del muslo").
    chosen: dict[
        tuple[tuple[str, ...], tuple[str, ...]], tuple[str, tuple[str, ...], tuple[str, ...]]
    ] = {}
    used: set[str] = set()
    # A word said alone that half names several places ("wrist": the back and the palm side of
    # the wrist) names all of them.
    partly = best < 0.6
    for score, matched, name, zones, ms in scored:
        whole = partly and score == best and matched == said
        if (score >= max(0.6, best - 0.4) or whole) and (
            matched - used or (zones, ms) in chosen or whole
        ):
            chosen.setdefault((zones, ms), (name, zones, ms))
            used |= matched
    out: dict[str, float] = {}
    for _, zones, muscles in chosen.values():
        for rank, mid in enumerate(muscles):
            # a group listed ("scalenes") lends its rank to its members, as in the finder
            for named in (mid, *(kb.muscles[mid].members if mid in kb.muscles else ())):
                out[named] = max(out.get(named, 0.0), 1.0 + (1 - rank / len(muscles)))
        for kind in zones:
            for ref in kb.referring_to(kind):
                out[ref.muscle] = out.get(ref.muscle, 0.0) + (0.5 if ref.essential else 0.25)
    joined = " y " if lang == "es" else " and "
    return out, joined.join(dict.fromkeys(name for name, _, _ in list(chosen.values())[:3]))
