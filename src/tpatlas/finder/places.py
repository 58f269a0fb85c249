"""Qualified body parts: a direction bound to the part it qualifies.

"back of the forearm", "front part of my thigh", "the knee on the inside", "cara interna de la
rodilla": the direction word belongs to the part, so "back" here never means the trunk. The
parts, their words and the zone kinds of each direction are data (data/parts.yaml).

>>> find_qualified(["back", "of", "forearm"])
[(0, 3, 'back of forearm', ('dorsal-forearm-radial', 'dorsal-forearm-ulnar'))]
>>> find_qualified(["rodilla", "interna"])
[(0, 2, 'rodilla interna', ('medial-knee',))]
"""

from __future__ import annotations

from functools import cache

from tpatlas.finder.data import load

# Links allowed between a direction and its part: "back of the thigh", "back side of the thigh".
LINKS = {"of", "on", "at", "in", "along", "side", "sides", "aspect", "surface", "edge", "tip",
         "point", "corner", "border", "end", "half", "bony", "bone", "spot", "punta", "borde",
         "mitad", "hueso"}  # fmt: skip
# Words that put a direction after its part: "the knee on the inside", "muslo por detrás".
AFTER_LINKS = {"on", "at", "hacia"}
# Spanish places the direction after the noun: "rodilla interna", "muslo posterior".
SPANISH_AFTER = {"interna", "interno", "externa", "externo", "posterior", "anterior", "trasera",
                 "trasero", "delantera", "delantero", "superior", "inferior", "lateral",
                 "medial", "fuera", "dentro", "delante", "detras", "atras"}  # fmt: skip


@cache
def _qualifier_words() -> dict[str, str]:
    return {w: q for q, ws in load("parts")["qualifiers"].items() for w in ws}


def qualifier_words() -> frozenset[str]:
    """Every word for a direction ("back", "outer", "detras")."""
    return frozenset(_qualifier_words())


@cache
def _part_words() -> dict[tuple[str, ...], str]:
    parts = load("parts")["parts"].items()
    return {tuple(w.split()): p for p, entry in parts for w in entry["words"]}


def _part_at(tokens: list[str], i: int) -> tuple[str, int] | None:
    """The part named at ``tokens[i]`` (longest words first) and where its words end."""
    for n in (2, 1):
        part = _part_words().get(tuple(tokens[i : i + n]))
        if part and i + n <= len(tokens):
            return part, i + n
    return None


def kinds_for(part: str, qualifier: str) -> tuple[str, ...]:
    entry = load("parts")["parts"][part]
    kinds = entry.get(qualifier) or (entry.get("outside") if qualifier == "side" else None)
    return tuple(kinds or entry["all"])


def _before(tokens: list[str], i: int) -> tuple[int, int, str, tuple[str, ...]] | None:
    """A direction at ``i`` followed by its part: "back of forearm", "outer thigh"; two
    directions narrow each other: "upper inner thigh", "top outer part of the foot"."""
    words = _qualifier_words()
    qualifier = words.get(tokens[i])
    if not qualifier or tuple(tokens[i : i + 2]) in _part_words():  # "upper arm" is a part
        return None
    j = i + 1
    second = words.get(tokens[j]) if j < len(tokens) and tokens[j] not in LINKS else None
    if second and tuple(tokens[j : j + 2]) not in _part_words():
        j += 1
    while j < len(tokens) and j - i <= 4 and tokens[j] in LINKS:
        j += 1
    found = _part_at(tokens, j) if j < len(tokens) else None
    if not found:
        return None
    part, end = found
    kinds = kinds_for(part, qualifier)
    if second and j > i + 1 and tokens[i + 1] not in LINKS:
        closer = kinds_for(part, second)  # the direction next to the part decides a conflict
        kinds = tuple(k for k in closer if k in kinds) or closer
    return i, end, " ".join(tokens[i:end]), kinds


def _after(tokens: list[str], i: int) -> tuple[int, int, str, tuple[str, ...]] | None:
    """A part at ``i`` followed by its direction: "knee on the inside", "rodilla interna"."""
    found = _part_at(tokens, i)
    if not found:
        return None
    part, j = found
    linked = j < len(tokens) and tokens[j] in AFTER_LINKS
    k = j + 1 if linked else j
    if k >= len(tokens):
        return None
    qualifier = _qualifier_words().get(tokens[k])
    if not qualifier or not (linked or tokens[k] in SPANISH_AFTER):
        return None
    if k + 1 < len(tokens) and tokens[k + 1] == "of":  # "knee, at the top of the shin"
        return None
    if not linked and _part_at(tokens, k + 1):  # "rodilla y detrás del muslo": the thigh's
        return None
    return i, k + 1, " ".join(tokens[i : k + 1]), kinds_for(part, qualifier)


def find_qualified(tokens: list[str]) -> list[tuple[int, int, str, tuple[str, ...]]]:
    """Every qualified part in ``tokens``: (start, end, label, zone kinds), left to right."""
    out = []
    i = 0
    while i < len(tokens):
        hit = _before(tokens, i) or _after(tokens, i)
        if hit:
            out.append(hit)
            i = hit[1]
        else:
            i += 1
    return out
