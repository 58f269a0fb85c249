"""Broad words ("back", "leg", "cabeza") beside precise places: kept when listed with them or
said apart with "also", narrowed by a precise place right next to them ("the back of my leg just
below the knee" is the top of the calf), placed by one ("a headache behind my eyes"), and
otherwise left out where something more precise was said about the same region."""

from __future__ import annotations

from tpatlas.bodychart import BodyChart
from tpatlas.finder.terms import Term
from tpatlas.finder.words import BREAK

NEXT_TO = 2  # words between a broad word and the place it narrows ("back of my leg just below")
AND = {"and", "n", "plus", "y", "e"}  # "my neck and the base of my skull": two places
ALSO = {"also", "too", "tambien", "ademas"}  # a second place said as such
# Words between two places that make them a list or a path, never one place narrowed
LISTING = AND | {"or", "to", "into", "then", "o", "a", "hasta", "hacia"}
# Regions a broad word spans as a whole: "back" and "espalda" are named for the lower and
# middle back, but "my back, between the shoulder blades" is the upper back; "my leg, behind
# the knee" is the knee
FAMILIES = (
    {"low-back", "mid-back", "upper-back", "shoulder-back"},
    {"thigh-back", "thigh-front", "thigh-lateral", "thigh-medial", "knee-back", "knee-front",
     "calf", "leg-front", "leg-lateral"},
    {"upper-arm", "elbow", "forearm-back", "forearm-front"},
)  # fmt: skip
# Words that put a broad word in a place: "a headache behind my eyes", "dolor de cabeza en la sien"
LOCATING = {
    "in",
    "at",
    "behind",
    "over",
    "above",
    "across",
    "around",
    "on",
    "en",
    "detras",
    "entre",
}


def _next_to(one: Term, other: Term, every: list[str]) -> bool:
    """True when the two places were said side by side in one clause."""
    first, second = sorted((one.span, other.span))
    between = every[first[1] : second[0]]
    listed = LISTING & set(between)  # "my foot and heel", "down my leg to my calf": two places
    return first[0] >= 0 and len(between) <= NEXT_TO and BREAK not in between and not listed


def drop_broad(terms: list[Term], chart: BodyChart, every: list[str]) -> list[Term]:
    """Broad words count only where nothing more precise was said about the same region, unless
    listed with it ("my neck and the base of my skull"); a broad word right next to a precise
    place narrows it to what both name ("the back of my leg just below the knee" is the top of
    the calf), or is placed by it ("a headache behind my eyes" is the eyes)."""
    precise = {chart.kinds[k].region for t in terms if not t.broad for k in t.kinds}
    out = list(terms)
    placed: set[int] = set()  # broad words a precise place beside them says where: "a headache
    # right in my eyebrow" is the eyebrow, not the whole head
    for i, t in enumerate(terms):
        if not t.broad:
            continue
        if i + 1 < len(terms) and _said_where(t, terms[i + 1], every, chart):
            placed.add(i)
            continue
        for j in (i - 1, i + 1):
            if 0 <= j < len(terms) and not terms[j].broad and _next_to(t, terms[j], every):
                both = tuple(k for k in terms[j].kinds if k in t.kinds)
                if (both and len(both) == len(terms[j].kinds)) or (
                    j == i + 1
                    and LOCATING & set(every[t.span[1] : terms[j].span[0] + 1])
                    and not _listed_after(terms[j], every)
                ):
                    placed.add(i)
                    break
                if both and len(both) < len(terms[j].kinds):
                    near = terms[j]
                    joined = (near.phrase, t.phrase) if j < i else (t.phrase, near.phrase)
                    heard = (near.heard, t.heard) if j < i else (t.heard, near.heard)
                    span = (min(near.span[0], t.span[0]), max(near.span[1], t.span[1]))
                    out[j] = Term(" ".join(joined), " ".join(heard), both, False, near.side, span)
                    break
    regions = [{chart.kinds[k].region for k in t.kinds} for t in out]
    return [
        t
        for i, t in enumerate(out)
        if not t.broad
        or (i not in placed and (not regions[i] & precise or _listed(out, i, regions, every)))
    ]


# The words that make a place part of the one said after it: "the funny bone of my elbow", "el
# hueso de la risa del codo", "the heel of my foot"
OF = {"of", "de", "del"}
OF_FILLER = OF | {"my", "the", "your", "la", "el", "los", "las", "mi", "mis", "both", "dos",
                  "ambas", "ambos"}  # fmt: skip


def drop_wholes(terms: list[Term], every: list[str]) -> list[Term]:
    """Without a part named right after a place of it: "el hueso de la risa del codo" is the
    funny bone, not the funny bone and the whole elbow."""
    out: list[Term] = []
    for t in terms:
        before = out[-1] if out else None
        if before is not None and not before.broad:
            gap = set(every[before.span[1] : t.span[0]])
            inside = set(before.kinds) & set(t.kinds)
            whole = t.broad or (inside and len(before.kinds) < len(t.kinds))  # "de las piernas"
            if gap & OF and gap <= OF_FILLER and whole:
                continue
        out.append(t)
    return out


def _said_where(broad: Term, precise: Term, every: list[str], chart: BodyChart) -> bool:
    """True when a precise place said right after a comma says where in the broad one: "pain in
    my back, between the shoulder blades", "la espalda, entre los omóplatos", "my back, up at
    the shoulder blades". The back is one family of regions here (FAMILIES)."""
    between = every[broad.span[1] : precise.span[0]]
    if precise.broad or between.count(BREAK) != 1:
        return False
    said = set(between) | set(every[precise.span[0] : precise.span[0] + 1])  # "between my ..."
    if len(between) > 5 or not (LOCATING | {"between", "up"}) & said or AND & said:
        return False
    regions = {chart.kinds[k].region for k in broad.kinds}
    family = next((f for f in FAMILIES if regions & f), regions)
    return all(chart.kinds[k].region in family for k in precise.kinds)


def _listed(terms: list[Term], i: int, regions: list[set[str]], every: list[str]) -> bool:
    """True when a broad place is listed with a precise one of its region: "my neck and the
    base of my skull", "el hombro y el omóplato" are two places, not one said twice; or said
    apart from every one of them with "also" ("el cuello agarrotado y desde entonces también me
    arde la parte de arriba del omóplato")."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(terms) and not terms[j].broad and regions[j] & regions[i]:
            first, second = sorted((terms[i].span, terms[j].span))
            between = every[first[1] : second[0]]
            if len(between) <= 3 and BREAK not in between and AND & set(between):
                return True
            if j == i + 1 and _listed_after(terms[j], every):  # "el cuello por detrás y la cabeza"
                return True
    same = [j for j, t in enumerate(terms) if not t.broad and regions[j] & regions[i]]
    return bool(same) and all(
        ALSO & set(_between(terms[i].span, terms[j].span, every)) for j in same
    )


def _listed_after(precise: Term, every: list[str]) -> bool:
    """True when the direction that begins a precise place is followed by "y" or "and": in "el
    cuello por detrás y el hombro" the "detrás" is the neck's, said after it, and places nothing
    ("a headache behind my eyes" is placed by "behind")."""
    return bool({"y", "e", "and"} & set(every[precise.span[0] : precise.span[1]]))


def _between(a: tuple[int, int], b: tuple[int, int], every: list[str]) -> list[str]:
    first, second = sorted((a, b))
    return every[first[1] : second[0]]


# Words that deny what follows: "no fall or injury", "sin golpe ni nada" is no strain. A denial
# reaches a few words, never past a clause break or a "but".
