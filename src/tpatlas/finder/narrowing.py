"""A place said again, more precisely, a few words on is one place: the narrower one.

"My left heel is sore at the back" is the back of the heel, not the whole heel and its back;
"el dedo meñique de la mano derecha, en el nudillo de arriba" is the little finger's knuckle;
"the pinky side of my forearm, palm side" is the palm side of the forearm's little-finger edge.
A clinician marks where the two mentions meet (read from the ninth reading audit, 1 December
2026). Two places said as a list ("my heel and the back of my ankle"), as a path ("from my
heel up the back of my leg") or in different sentences stay two places, and so do two places
that share nothing ("the front of my thigh, the inner side": two edges of one part), and a
second mention as wide as the first or wider goes on from it ("por la cara externa del muslo,
la pierna por fuera"). A wider place said straight on with "on", "in" or "at" only says where
the first lies: "the web between my thumb and index finger on the back of my hand" is the web.
The same part named again with a face further on in the sentence is that face: "my knee is no
right since the op, it's the back of the knee that's sore" is the back of the knee, and so is
"the left heel that's the nuisance, right at the back" (read as "the back of the heel").
"""

from __future__ import annotations

from dataclasses import replace

from tpatlas.finder.terms import Term
from tpatlas.finder.words import BREAK

REACH = 6  # words between the two mentions
AGAIN_REACH = 10  # ... when the second names the same part again ("the back of the knee")
# words that may stand between a place and the same place said more precisely: "is sore at",
# ", right at the back", ", en el nudillo", ", palm side"
FILLER = {
    "is", "it's", "its", "it", "sore", "hurts", "hurting", "aches", "aching", "at", "in", "on",
    "the", "just", "mostly", "mainly", "especially", "more", "that's", "that", "there", "up",
    "en", "la", "el", "los", "las", "por", "de", "del", "sobre", "todo", "mas", "justo", "me",
    "duele", "duelen", "side", "lado", "edge", "borde", "mitad", "half", "parte", "part", "zona",
    "swollen", "tender", "painful", "stiff", "hinchado", "hinchada",
}  # fmt: skip


def _one_place(before: Term, after: Term, words: list[str]) -> bool:
    """True when ``after`` says ``before`` again, more precisely, in the same sentence."""
    if before.broad or after.broad or (before.side not in ("", after.side) and after.side):
        return False
    shared = set(before.kinds) & set(after.kinds)
    # the second no wider than the first: "the outside of my thigh, the leg outside" goes on
    if not shared or set(after.kinds) >= set(before.kinds) or after.span[0] < before.span[1]:
        return False
    gap = words[before.span[1] : after.span[0]]
    # "right at the back" is where, "my right ear" a side (and "my" a new place of a list)
    gap = [w for i, w in enumerate(gap) if not (w == "right" and gap[i + 1 : i + 2] == ["at"])]
    # the side said after the part is the part's own: "el dedo meñique de la mano derecha, en
    # el nudillo", "la planta del pie derecho, en el talón"
    if gap[:1] and gap[0] in SIDE_AFTER:
        gap = gap[1:]
    # ... and so is the limb it belongs to: "the sole of my left foot, in front of the heel"
    gap = _limb_named(gap)
    # two mentions that overlap only in part are one place when the second is said apart, after
    # a comma ("the pinky side of my forearm, palm side"); said straight on, the second may
    # only say where the first lies ("my shoulder blade in the upper back")
    apart = BREAK in gap or set(after.kinds) < set(before.kinds)
    return (
        apart
        and len(gap) <= REACH
        and gap.count(BREAK) <= 1
        and all(w in FILLER or w == BREAK for w in gap)
    )


SIDE_AFTER = {"derecha", "derecho", "izquierda", "izquierdo", "left", "right"}
# the whole limb a part belongs to, said after it ("of my left foot", "del pie derecho")
LIMB = {"foot", "hand", "leg", "arm", "pie", "mano", "pierna", "brazo"}
OWNER = {"of", "my", "the", "de", "del", "mi", "la", "el"}


def _limb_named(gap: list[str]) -> list[str]:
    """The gap without a limb named as the first place's owner at its start: "of my left foot"
    before ", in front of the heel" says whose sole it is, not a new place."""
    i = 0
    while i < len(gap) and gap[i] in OWNER:
        i += 1
    if i and i < len(gap) and gap[i] in SIDE_AFTER:
        i += 1
    if i and i < len(gap) and gap[i] in LIMB:
        return gap[i + 1 :]
    return gap


# "my knee and the back of my knee", "from my heel to the back of the heel": two places
LIST_BREAK = {"and", "y", "from", "to", "down", "up", "into", "desde", "hasta", "also", "too"}


def _said_again(before: Term, after: Term, words: list[str]) -> bool:
    """True when ``after`` names the part of ``before`` again, with a face, in the same
    sentence: the face is where it hurts."""
    if before.broad or after.broad or (before.side not in ("", after.side) and after.side):
        return False
    part = before.phrase.split()
    if len(part) != 1 or after.phrase.split()[-1] != part[0] or after.phrase == before.phrase:
        return False
    shared = set(before.kinds) & set(after.kinds)
    if not shared or set(after.kinds) >= set(before.kinds) or after.span[0] < before.span[1]:
        return False
    gap = words[before.span[1] : after.span[0]]
    return len(gap) <= AGAIN_REACH and gap.count(BREAK) <= 1 and not LIST_BREAK & set(gap)


# words that say where a place lies: "the web of my thumb on the back of my hand"
LOCATING = {"on", "in", "at", "the", "of", "en", "el", "la", "por"}


def _lies_in(before: Term, after: Term, words: list[str]) -> bool:
    """True when ``after`` only says where ``before`` lies: a wider place of the same part said
    straight on with "on", "in" or "at" ("the web between my thumb and index finger on the back
    of my hand" is the web, not the whole back of the hand)."""
    if before.broad or after.broad or (before.side and after.side not in ("", before.side)):
        return False
    gap = words[before.span[1] : after.span[0]]
    wider = set(after.kinds) > set(before.kinds)
    return (
        wider and bool(gap) and set(gap) <= LOCATING and bool({"on", "in", "at", "en"} & set(gap))
    )


def narrow(terms: list[Term], words: list[str]) -> list[Term]:
    """The terms, each place said again more precisely right after it kept as the places both
    mentions name."""
    out: list[Term] = []
    for t in terms:
        before = out[-1] if out else None
        if before is not None and _lies_in(before, t, words):
            continue
        if before is not None and (_said_again(before, t, words) or _one_place(before, t, words)):
            kinds = tuple(k for k in before.kinds if k in t.kinds)
            out[-1] = replace(
                before,
                kinds=kinds,
                side=before.side or t.side,
                span=(before.span[0], t.span[1]),
                heard=f"{before.heard} {t.heard}",
            )
            continue
        out.append(t)
    return out
