"""Qualified body parts: a direction bound to the part it qualifies.

"back of the forearm", "front part of my thigh", "the knee on the inside", "cara interna de la
rodilla": the direction word belongs to the part, so "back" here never means the trunk. A
direction binds to the nearest part: in "the outside of the back of my knee" both directions are
the knee's (its outer back), not the trunk's. The parts, their words and the zone kinds of each
direction are data (data/parts.yaml).

>>> find_qualified(["back", "of", "forearm"])
[(0, 3, 'back of forearm', ('dorsal-forearm-radial', 'dorsal-forearm-ulnar'))]
>>> find_qualified(["rodilla", "interna"])
[(0, 2, 'rodilla interna', ('medial-knee',))]
>>> find_qualified(["outside", "of", "back", "of", "knee"])[0][3]
('posterolateral-knee',)
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from tpatlas.finder.data import load

# Links allowed between a direction and its part: "back of the thigh", "back side of the thigh",
# "the outer bump of my ankle".
LINKS = {"of", "on", "at", "in", "along", "side", "sides", "aspect", "surface", "edge", "tip",
         "point", "corner", "border", "end", "half", "bony", "bone", "spot", "punta", "borde",
         "mitad", "hueso", "huesito", "bump", "lump", "knob", "ridge", "margin", "rim",
         "bulto", "crest", "brim", "cresta"}  # fmt: skip
# Words that put a direction after its part: "the knee on the inside", "my foot hurts along the
# outer edge", "behind my knee, toward the outer side" ("muslo por detrás" needs none: "por" is a
# small word).
AFTER_LINKS = {"on", "at", "along", "toward", "towards", "hacia"}
# Words a person puts between a part and the direction said after it, which change nothing:
# "my ankle is sore on the outside", "my knee hurts mostly on the inside".
AFTER_FILLER = {"is", "are", "was", "were", "feels", "feel", "gets", "get", "mostly", "mainly",
                "especially", "more", "also", "just", "only", "all",
                # "the shin below it on the outside": where the part is, then its side
                "below", "above", "under", "it",
                # "my heel has been very painful underneath"
                "has", "have", "been", "very", "so", "really", "painful", "sore", "tender",
                "hurts", "hurt", "hurting", "aches", "ache", "aching",
                # "my left knee started aching on the inside" (ninth reading audit)
                "started", "starting", "began", "begun", "still", "now", "often", "sometimes",
                "always", "usually", "paining", "pains"}  # fmt: skip
# Directions said after a part without a link word: "my heel has been painful underneath"
ALONE_AFTER = {"underneath", "beneath"}
# Spanish places the direction after the noun: "rodilla interna", "muslo posterior", "muñeca
# del lado del meñique" (read as "muñeca ulnar").
SPANISH_AFTER = {"interna", "interno", "externa", "externo", "posterior", "anterior", "trasera",
                 "trasero", "delantera", "delantero", "superior", "inferior", "lateral",
                 "medial", "fuera", "dentro", "delante", "detras", "atras", "afuera", "adentro",
                 "adelante", "radial", "ulnar", "cubital", "dorso", "arriba", "abajo",
                 "centro", "debajo"}  # fmt: skip
# Directions that, said of one part, never carry to the next in a list: "the top of my back and
# neck", "the side of my neck and shoulder" name the neck and the shoulder whole.
OWN_ONLY = {"top", "bottom", "middle", "side"}
# Two directions that together name a part of the trunk ("lower back", "upper back")
TRUNK = {(a, b) for a in ("lower", "upper", "low", "mid", "middle") for b in ("back", "bottom")}
# Direction words that are places of their own ("my back", "my bottom", "my side")
PLACES_TOO = {"back", "bottom", "side"}
# The direction a part without one of its own is read in: its side is its outside, its dorsal
# side its back ("dorso del antebrazo").
NEAREST = {"side": "outside", "dorsal": "back"}


@dataclass(frozen=True)
class Parsed:
    """A part with the directions said of it, where it was said, and whether the direction came
    after the part ("the knee on the inside")."""

    start: int
    end: int
    part: str
    directions: tuple[str, ...]
    after: bool = False

    @property
    def kinds(self) -> tuple[str, ...]:
        return kinds_for(self.part, *self.directions)


@cache
def _qualifier_words() -> dict[str, str]:
    return {w: q for q, ws in load("parts")["qualifiers"].items() for w in ws}


def qualifier_words() -> frozenset[str]:
    """Every word for a direction ("back", "outer", "detras")."""
    return frozenset(_qualifier_words())


def direction_of(word: str) -> str | None:
    """The direction a word names ("outer" is "outside"), or None."""
    return _qualifier_words().get(word)


@cache
def _part_words() -> dict[tuple[str, ...], str]:
    parts = load("parts")["parts"].items()
    return {tuple(w.split()): p for p, entry in parts for w in entry["words"]}


@cache
def _not_parts() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(p.split()) for p in load("parts").get("not_parts", ()))


def part_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """The part named at ``tokens[i]`` (longest words first) and where its words end."""
    if any(tuple(tokens[i : i + len(p)]) == p for p in _not_parts()):
        return None  # "back passage" is not the back
    for n in (3, 2, 1):
        part = _part_words().get(tuple(tokens[i : i + n]))
        if part and i + n <= len(tokens):
            return part, i + n
    return None


def kinds_for(part: str, *directions: str) -> tuple[str, ...]:
    """The zone kinds of ``part`` in the given directions. Two directions narrow each other
    ("the outer back of the knee"): a combination the part lists ("back-outside"), else what
    both share, else the last one said."""
    entry = load("parts")["parts"][part]
    if not directions:
        return tuple(entry["all"])
    if len(directions) > 1:
        first, last = directions[0], directions[-1]
        both = entry.get(f"{first}-{last}") or entry.get(f"{last}-{first}")
        if both:
            return tuple(both)
        near = kinds_for(part, last)
        return tuple(k for k in near if k in kinds_for(part, first)) or near
    direction = directions[0]
    kinds = entry.get(direction) or entry.get(NEAREST.get(direction, ""))
    return tuple(kinds or entry["all"])


def _skip(tokens: list[str], j: int, words: set[str], reach: int) -> int:
    start = j
    while j < len(tokens) and j - start < reach and tokens[j] in words:
        j += 1
    return j


def _teeth(tokens: list[str], j: int) -> bool:
    """True when the teeth are named at ``j``: "my upper back molars" are teeth, not the back."""
    found = part_at(tokens, j) if j < len(tokens) else None
    return found is not None and found[0] == "teeth"


def _before(tokens: list[str], i: int) -> Parsed | None:
    """A direction at ``i`` followed by its part: "back of forearm", "outer thigh"; two
    directions narrow each other: "upper inner thigh", "the outside of the back of my knee"."""
    words = _qualifier_words()
    qualifier = words.get(tokens[i])
    if not qualifier or tuple(tokens[i : i + 2]) in _part_words():  # "upper arm" is a part
        return None
    directions = [qualifier]
    j = i + 1
    second = words.get(tokens[j]) if j < len(tokens) and tokens[j] not in LINKS else None
    if second and tuple(tokens[j : j + 2]) not in _part_words():
        # "lado cubital de la muñeca", "lado externo": the side the other direction names
        directions = [second] if qualifier == "side" else [*directions, second]
        j += 1
    linked = _skip(tokens, j, LINKS, 4 - (j - i - 1))
    # "lower back pain going to my leg": the lower back is a place of its own, then the leg;
    # "the lower back of my thigh" says "of"
    if tuple(tokens[i:j]) in TRUNK and "of" not in tokens[j:linked] and not _teeth(tokens, linked):
        return None
    # "my lower back on the right and my wrist", "my bottom on the left ... my leg": a part of
    # the trunk said whole, then another place; nobody says "the back on the wrist"
    whole = "on" in tokens[j:linked] or tuple(tokens[i - 1 : i + 1]) in TRUNK
    if tokens[i] in PLACES_TOO and whole and not _teeth(tokens, linked):
        return None
    j = linked
    found = part_at(tokens, j) if j < len(tokens) else None
    # "the outside of the back of my knee": "back" is the knee's, not the trunk
    if (
        len(directions) == 1
        and j + 2 < len(tokens)
        and tokens[j] in words
        and tokens[j + 1] == "of"
        and (nearer := part_at(tokens, _skip(tokens, j + 1, LINKS, 3)))
    ):
        directions.append(words[tokens[j]])
        found = nearer
    # "the front of my lower thigh", "the outside of the lower shin": a height said with the part
    if (
        not found
        and len(directions) == 1
        and j + 1 < len(tokens)
        and words.get(tokens[j]) in ("top", "bottom")
        and (nearer := part_at(tokens, j + 1))
    ):
        directions.append(words[tokens[j]])
        found = nearer
    if not found and len(directions) == 2 and (alone := part_at(tokens, i + 1)):
        found, directions = alone, directions[:1]  # "lower back": "back" is the part
    if not found:
        return None
    return Parsed(i, found[1], found[0], tuple(directions))


def _after(tokens: list[str], i: int) -> Parsed | None:
    """A part at ``i`` followed by its direction: "knee on the inside", "rodilla interna"."""
    found = part_at(tokens, i)
    if not found:
        return None
    part, j = found
    # the direction: after a link word ("my ankle is sore on the outside"), else next to the
    # part, as Spanish says it ("rodilla interna")
    link = _skip(tokens, j, AFTER_FILLER, 4)
    k = (
        link + 1
        if link < len(tokens) and tokens[link] in AFTER_LINKS
        else link  # "my heel has been very painful underneath"
        if link > j
        and link < len(tokens)
        and tokens[link] in ALONE_AFTER
        and not part_at(tokens, link + 1)  # "sore underneath the kneecap" is the kneecap's
        else j
    )
    if k >= len(tokens):
        return None
    qualifier = _qualifier_words().get(tokens[k])
    if not qualifier or not (k > j or tokens[k] in SPANISH_AFTER):
        return None
    following = _skip(tokens, k + 1, LINKS - AFTER_LINKS - {"of", "in"}, 2)
    if following < len(tokens) and tokens[following] == "of":  # "knee, at the top of the shin"
        return None
    if k == j and part_at(tokens, k + 1):  # "rodilla y detrás del muslo": the thigh's
        return None
    return Parsed(i, k + 1, part, (qualifier,), after=True)


def parse_at(tokens: list[str], i: int) -> Parsed | None:
    """The qualified part that starts at ``tokens[i]``, if any."""
    return _before(tokens, i) or _after(tokens, i)


def find_qualified(tokens: list[str]) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Every qualified part in ``tokens``: (start, end, label, zone kinds), left to right."""
    out = []
    i = 0
    while i < len(tokens):
        hit = parse_at(tokens, i)
        if hit:
            out.append((hit.start, hit.end, " ".join(tokens[hit.start : hit.end]), hit.kinds))
            i = hit.end
        else:
            i += 1
    return out
