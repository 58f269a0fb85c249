"""A direction said once for several parts, and stretches of a limb.

People name a direction once for a list of parts: "my wrist and forearm on the pinky side", "my
hip, thigh and knee on the outside", "the inside of my knee and ankle", "la rodilla y la
espinilla por dentro". The direction said after a list is every listed part's; the one said
before it ("the inside of ...") carries to the parts that follow, except a level ("the top of my
back and neck") or a side ("the side of my neck and shoulder"), which stays with its own part. A
direction after a part that has one already narrows it: "the back of my hand on the thumb side"
is the back of the hand, thumb side.

A stretch ("from my hip down to my ankle") names its two ends; the parts between hurt too when
the person says so ("all the way", "the whole", "todo") or a side runs along it ("... along the
outside", "... por fuera"). "The whole back of my leg" is the back of the thigh, knee and calf.
The order of each limb and what makes a whole limb are data (data/parts.yaml: chains, whole).

>>> share(["wrist", "and", "forearm", "on", "ulnar"], [(0, 1), (2, 5)]).kinds[0][1]
('volar-wrist', 'dorsal-wrist', 'dorsal-hand-ulnar')
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from functools import cache

from tpatlas.finder.data import load
from tpatlas.finder.places import (
    AFTER_FILLER,
    AFTER_LINKS,
    LINKS,
    OWN_ONLY,
    SPANISH_AFTER,
    Parsed,
    direction_of,
    kinds_for,
    parse_at,
    part_at,
)

BREAK = "|"  # a clause break, as in finder/words.py
LIST = {"and", "or", "&", "plus", "y", "e", "o"}
RANGE = {"to", "down", "up", "into", "toward", "towards", "through", "till", "until", "from",
         "hasta", "then", "luego", "onto", "a", "al", "desde"}  # fmt: skip
# Small words a list or a stretch may have between its parts ("my left knee and the right
# ankle", "de la cadera a la rodilla"); any other word ("my knee hurts, my hip ...") ends it.
SMALL = {"the", "my", "your", "his", "her", "both", "right", "left", "in", "la", "el", "los",
         "las", "mi", "mis", "de", "del", "en", "derecha", "derecho", "izquierda", "izquierdo",
         "ambos", "ambas"}  # fmt: skip
# Words that say the whole of a part or of a stretch: "all the way down", "the whole back of my
# leg", "the length of my shin", "toda la pierna".
WHOLE = {"all", "way", "whole", "entire", "length", "full", "todo", "toda", "todos", "todas",
         "entero", "entera"}  # fmt: skip
WHOLE_REACH = 3  # words before a part or a stretch that may say it is whole
Span = tuple[int, int]


@dataclass
class Shared:
    """What the directions said change: new zone kinds for a place (by index, with a label), the
    places that were only a direction ("... all at the back"), and the stretches between."""

    kinds: dict[int, tuple[str, tuple[str, ...]]] = field(default_factory=dict)
    dropped: set[int] = field(default_factory=set)
    added: dict[int, list[tuple[int, int, str, tuple[str, ...]]]] = field(default_factory=dict)


@cache
def _steps() -> dict[str, tuple[str, int, tuple[str, ...]]]:
    """Each part of a limb: the limb, its step, and the parts at each step of that limb."""
    out: dict[str, tuple[str, int, tuple[str, ...]]] = {}
    for limb, steps in load("parts")["chains"].items():
        first = tuple(step.split()[0] for step in steps)
        for n, step in enumerate(steps):
            for part in step.split():
                out[part] = (limb, n, first)
    return out


def _member(tokens: list[str], span: Span) -> Parsed | None:
    """The part a place names, with its directions; None for a place that is no part."""
    start, end = span
    hit = parse_at(tokens, start)
    if hit and hit.end == end:
        return hit
    # "the crest of my hip bone": a landmark of the part is the part
    while start < end - 1 and tokens[start] in LINKS - {"of"} and tokens[start + 1] == "of":
        start += 2
    bare = part_at(tokens, start)
    return Parsed(start, end, bare[0], ()) if bare and bare[1] == end else None


def _said_after(tokens: list[str], end: int, places: set[int]) -> tuple[str, int, int] | None:
    """A direction said after the places that end at ``end``: "... on the outside", "... por
    fuera", "..., pinky side". After a clause break it must be the whole clause, and a place word
    alone there is a place: "my neck, shoulder, back" lists three."""
    j = end
    broke = j < len(tokens) and tokens[j] == BREAK
    j += broke
    while j < len(tokens) and tokens[j] in AFTER_FILLER:
        j += 1
    linked = j < len(tokens) and tokens[j] in AFTER_LINKS
    j += linked
    direction = direction_of(tokens[j]) if j < len(tokens) else None
    if not direction or not (broke or linked or tokens[j] in SPANISH_AFTER):
        return None
    k = j + 1
    while k < len(tokens) and tokens[k] in LINKS - AFTER_LINKS - {"of", "in"}:
        k += 1
    if k < len(tokens) and (tokens[k] == "of" or (broke and tokens[k] != BREAK)):
        return None
    if broke and not linked and k == j + 1 and j in places:
        return None
    if not broke and k < len(tokens) and part_at(tokens, k):
        return None
    return direction, j, k


def _joined(between: list[list[str]], k: int) -> bool:
    """True when place ``k`` continues the list or stretch of the place before it."""
    gap = between[k]
    if all(w in LIST | RANGE | WHOLE | SMALL for w in gap):
        return True
    # "my hip, thigh and knee": a comma inside a list that an "and" ends
    if [w for w in gap if w not in SMALL] == [BREAK] and k + 1 < len(between):
        ahead = between[k + 1]
        return BREAK not in ahead and any(w in LIST for w in ahead)
    return False


def _groups(between: list[list[str]]) -> list[list[int]]:
    """The places said as one list or stretch, by index."""
    groups: list[list[int]] = []
    for k in range(len(between)):
        if groups and _joined(between, k):
            groups[-1].append(k)
        else:
            groups.append([k])
    return groups


def _covered(spans: list[Span]) -> set[int]:
    return {i for start, end in spans for i in range(start, end)}


def _whole_before(tokens: list[str], start: int) -> bool:
    """True when the words just before ``start`` say the whole of it: "the whole back of my
    leg", "all the way down my arm", "toda la pierna"; not "it all started in my leg"."""
    for j in range(start - 1, max(-1, start - 1 - WHOLE_REACH), -1):
        if tokens[j] in WHOLE:
            return True
        if tokens[j] not in RANGE | LINKS:
            return False
    return False


def _whole_after(tokens: list[str], end: int) -> bool:
    """True when the words just after a stretch say all of it: "from the shoulder down to the
    wrist, all of it"."""
    after = [t for t in tokens[end : end + WHOLE_REACH + 1] if t != BREAK]
    return bool(after) and after[0] in WHOLE


# A limb named just before a stretch is the stretch whole: "my arm aches from the shoulder down
# to the wrist", "me duele la pierna desde la cadera hasta el tobillo"
LIMBS = {"arm", "arms", "leg", "legs", "brazo", "brazos", "pierna", "piernas"}


def _limb_before(tokens: list[str], start: int) -> bool:
    return (
        bool(LIMBS & set(tokens[max(0, start - 4) : start]))
        and BREAK not in tokens[max(0, start - 4) : start]
    )


def _label(tokens: list[str], span: Span) -> str:
    """A place as the person said it; the zones read show its direction, in the page's
    language."""
    return " ".join(tokens[span[0] : span[1]])


def _axial(member: Parsed) -> bool:
    return bool(load("parts")["parts"][member.part].get("axial"))


@dataclass(frozen=True)
class _Said:
    """A description's words, its places (as word spans), every word said before each place
    since the one before it, and the part each place names (None for no part)."""

    tokens: list[str]
    spans: list[Span]
    between: list[list[str]]
    members: list[Parsed | None]

    def carried(
        self, said: dict[int, tuple[str, ...]], source: Parsed | None, directions: tuple[str, ...]
    ) -> dict[int, tuple[str, ...]]:
        """The directions once ``directions`` carry to every part of the list without its own,
        of the same kind as ``source``: limb to limb, trunk to trunk."""
        kind = _axial(source) if source else None
        out = {}
        for k, own in said.items():
            member = self.members[k]
            same = member is not None and (kind is None or _axial(member) == kind)
            out[k] = own or (directions if same else ())
        return out

    def directions(
        self, group: list[int], out: Shared
    ) -> tuple[dict[int, tuple[str, ...]], tuple[str, ...]]:
        """Each part's directions once the list's direction is shared out, and that direction."""
        said = {k: m.directions for k in group if (m := self.members[k])}
        last, first = self.members[group[-1]], self.members[group[0]]
        trailing: str | None = None
        if last and last.after:
            trailing = last.directions[-1]
        elif hit := _said_after(self.tokens, self.spans[group[-1]][1], _covered(self.spans)):
            trailing, start, end = hit
            out.dropped |= {k for k, (s, e) in enumerate(self.spans) if start <= s and e <= end}
            if last:
                said[group[-1]] = (*last.directions, trailing)
        if trailing:
            return self.carried(said, last, (trailing,)), (trailing,)
        # said before the list, or after the first end of a stretch ("el brazo por dentro hasta
        # el codo")
        ahead = self.between[group[1]] if len(group) > 1 else []
        if (
            first
            and first.directions
            and not set(first.directions) & OWN_ONLY
            and (not first.after or set(ahead) & RANGE)
        ):
            return self.carried(said, first, first.directions), first.directions
        return said, ()

    def stretches(
        self, group: list[int], along: tuple[str, ...]
    ) -> dict[int, tuple[str, int, int, tuple[str, ...]]]:
        """The parts between the two ends of each stretch said whole, by the end it follows; a
        direction said for the whole stretch (``along``) is theirs too."""
        start = self.spans[group[0]][0]
        said = {w for k in group[1:] for w in self.between[k]}
        end = self.spans[group[-1]][1]
        whole = _whole_before(self.tokens, start) or _whole_after(self.tokens, end)
        if not along and not whole and not WHOLE & said and not _limb_before(self.tokens, start):
            return {}
        out = {}
        for a, b in itertools.pairwise(group):
            first, last = self.members[a], self.members[b]
            if not first or not last or not set(self.between[b]) & RANGE:
                continue
            if inner := _between(first, last):
                kinds = tuple(dict.fromkeys(k for p in inner for k in kinds_for(p, *along)))
                label = _label(self.tokens, (self.spans[a][0], self.spans[b][1]))
                out[a] = (label, self.spans[a][0], self.spans[b][1], kinds)
        return out


def _between(first: Parsed, last: Parsed) -> tuple[str, ...]:
    """The parts of the limb between two parts of it (the first part of each step)."""
    one, other = _steps().get(first.part), _steps().get(last.part)
    if not one or not other or one[0] != other[0]:
        return ()
    low, high = sorted((one[1], other[1]))
    return one[2][low + 1 : high]


def share(tokens: list[str], spans: list[Span], between: list[list[str]] | None = None) -> Shared:
    """What the directions said in ``tokens`` change for the places found at ``spans`` (in
    order, as (start, end) word indices); ``between`` holds every word said between each place
    and the one before it (the words of ``tokens`` if not given)."""
    out = Shared()
    if between is None:
        between = [tokens[a[1] : b[0]] for a, b in itertools.pairwise([(0, 0), *spans])]
    said = _Said(tokens, spans, between, [_member(tokens, span) for span in spans])
    for group in _groups(between):
        directions, along = said.directions(group, out)
        for k in group:
            member = said.members[k]
            if not member or k in out.dropped:
                continue
            own = directions.get(k, ())
            whole = load("parts")["parts"][member.part].get("whole")
            if whole and _whole_before(tokens, spans[k][0]):
                kinds = tuple(dict.fromkeys(x for p in whole for x in kinds_for(p, *own)))
                out.kinds[k] = (_label(tokens, spans[k]), kinds)
            elif own != member.directions:
                out.kinds[k] = (_label(tokens, spans[k]), kinds_for(member.part, *own))
        for k, (label, start, end, kinds) in said.stretches(group, along).items():
            out.added.setdefault(k, []).append((start, end, label, kinds))
    return out
