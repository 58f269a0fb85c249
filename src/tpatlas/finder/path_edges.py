"""Pain that runs down a limb from one side of a joint stays on that side: "pain on the inside of
my elbow that spreads down my forearm" runs down the inner (palm) side of the forearm, where a
clinician would mark it, and "the outside of the elbow ... down the forearm" down its back.

The same holds the other way: pain that runs along one side of a limb to a joint reaches that
side of the joint ("from my buttock down the outside of the leg to the ankle" ends at the
outer ankle, "down the outer part of the arm up to the elbow" at its outer side, "the back of
my thigh to the knee" behind the knee), not the whole joint.

Read one by one, the forearm said without a side is the whole forearm, and the flexors and the
extensors whose patterns cover half of it would then fit it equally well. Only the forearm is
read this way: it is where an elbow complaint's side tells most (golfer's and tennis elbow).

>>> from tpatlas.finder.terms import Term
>>> elbow = Term("inside of elbow", "", ("medial-epicondyle",), False, span=(3, 6))
>>> forearm = Term("forearm", "", WHOLE_FOREARM, False, span=(9, 10))
>>> said = "i have pain inside of elbow that spreads down my forearm".split()
>>> [t.kinds for t in carry_edges([elbow, forearm], said)][1]
('volar-forearm-radial', 'volar-forearm-ulnar')
"""

from __future__ import annotations

from dataclasses import replace

from tpatlas.finder.terms import LIST_WORDS, PATH_REACH, PATH_WORDS, Term

WHOLE_FOREARM = (
    "dorsal-forearm-radial",
    "dorsal-forearm-ulnar",
    "volar-forearm-radial",
    "volar-forearm-ulnar",
)
ELBOW = {"medial-epicondyle", "lateral-epicondyle", "olecranon", "lower-anterior-arm"}
# the side of the elbow -> the side of the forearm its pain runs down
EDGES = {
    "medial-epicondyle": ("volar-forearm-radial", "volar-forearm-ulnar"),
    "lateral-epicondyle": ("dorsal-forearm-radial", "dorsal-forearm-ulnar"),
}
# words that may join the elbow to the forearm in one path besides the usual ones: "that
# spreads down my forearm", "y el dolor me baja por el antebrazo"
JOINING = {"that", "my", "the", "el", "la", "dolor", "pain", "and", "y", "it", "then", "ache",
           "aches", "hurts", "duele"}  # fmt: skip


def _edge(kinds: tuple[str, ...]) -> str | None:
    """The one side of the elbow a place names ("the inside of my elbow"), if it names one."""
    sides = set(kinds) & set(EDGES)
    return next(iter(sides)) if len(sides) == 1 and set(kinds) <= ELBOW else None


def carry_edges(terms: list[Term], words: list[str]) -> list[Term]:
    """The terms, a whole forearm said right after one side of the elbow narrowed to that side.
    The words that say the pain travels are gone by now (words.SPREADING), so a path reads as a
    list ("the outside of my elbow and my forearm"), which keeps the side as well."""
    out: list[Term] = []
    for t in terms:
        before = out[-1] if out else None
        if (
            before is not None
            and (edge := _edge(before.kinds))
            and set(t.kinds) == set(WHOLE_FOREARM)
            and len(gap := words[before.span[1] : t.span[0]]) <= PATH_REACH
            and set(gap) <= LIST_WORDS | PATH_WORDS | JOINING
        ):
            t = replace(t, kinds=EDGES[edge])
        out.append(t)
    return out


# a whole joint, and the side of it a path along one side of the limb reaches
WHOLE_JOINTS = (
    frozenset({"anterior-ankle", "medial-ankle", "lateral-ankle"}),
    frozenset({"patella", "medial-knee", "lateral-knee", "popliteal-fossa"}),
    frozenset({"lateral-epicondyle", "medial-epicondyle", "olecranon"}),
)
_OUTER_LEG = {"lateral-thigh", "posterolateral-thigh", "upper-lateral-leg", "lower-lateral-leg",
              "upper-lateral-calf", "lower-lateral-calf"}  # fmt: skip
_INNER_LEG = {"medial-thigh", "posteromedial-thigh", "upper-medial-shin", "lower-medial-shin",
              "upper-medial-calf", "lower-medial-calf"}  # fmt: skip
# (the sides of the limb the path runs along, the side of the joint it reaches)
REACHED = (
    # the front of the ankle, where the shin meets the foot, is reached from either side
    (_OUTER_LEG, ("lateral-ankle", "anterior-ankle", "lateral-knee")),
    (_INNER_LEG, ("medial-ankle", "anterior-ankle", "medial-knee")),
    ({"posterior-thigh"}, ("popliteal-fossa",)),
    ({"anterior-thigh", "lower-anterior-thigh"}, ("patella",)),
    ({"lateral-upper-arm"}, ("lateral-epicondyle",)),
    ({"posterior-upper-arm", "lower-posterior-arm"}, ("olecranon",)),
)


def carry_to_joints(terms: list[Term], words: list[str]) -> list[Term]:
    """The terms, a whole joint at the end of a path along one side of a limb narrowed to the
    side of the joint that path reaches."""
    out: list[Term] = []
    for t in terms:
        before = out[-1] if out else None
        joint = next((j for j in WHOLE_JOINTS if set(t.kinds) == j), None)
        if (
            before is not None
            and joint is not None
            and t.side in ("", before.side)
            and len(gap := words[before.span[1] : t.span[0]]) <= PATH_REACH
            and set(gap) <= LIST_WORDS | PATH_WORDS | JOINING
        ):
            for along, reached in REACHED:
                if set(before.kinds) <= along:
                    kinds = tuple(k for k in reached if k in joint)
                    t = replace(t, kinds=kinds) if kinds else t
                    break
        out.append(t)
    return out
