"""Why two muscles are connected, read from the wording of the connection's reason.

The knowledge base stores a connection as a muscle and a free-text reason ("Antagonist in head
turning.", "Shares outer elbow pain."), with no kind field. The connections map groups by kind,
so each kind is declared once here with the words that mark it; the first kind whose words the
English reason contains wins, and a reason that names no kind is an anatomical neighbour.
Pure Python: no Django, so the layout tests run without it.

>>> classify("Antagonists, tight together in gripping.")
'antagonist'
>>> classify("Its buttock referral can activate satellite trigger points in minimus.")
'satellite'
>>> classify("Partner in closing the jaw; usually involved together.")
'synergist'
>>> classify("Lies beneath the deltoid.")
'neighbour'
"""

from __future__ import annotations

import re
from dataclasses import dataclass


@dataclass(frozen=True)
class Kind:
    id: str
    words: re.Pattern[str] | None  # None: the fallback, any reason


# Order matters: a reason that is both ("Partner in head movement; both refer to the head") goes
# to the first kind that matches, the one a clinician reading a pain pattern needs first.
KINDS = (
    Kind("satellite", re.compile(r"satellite|come first|activate|keeps? (?:\w+ )*active", re.I)),
    Kind("antagonist", re.compile(r"antagonist|works? against|pulls? against|oppos", re.I)),
    Kind(
        "referral",
        re.compile(r"refer|pain|mimic|overlap|stiffness|the same (?:area|region)", re.I),
    ),
    Kind(
        "synergist",
        re.compile(
            r"partner|fellow|works? with|their work|together|sling|both (?:act|control)"
            r"|shares? (?:its|internal rotation|abduction)|with the hamstrings|hip flexor|\bload",
            re.I,
        ),
    ),
    Kind("neighbour", None),
)
KIND_IDS = tuple(k.id for k in KINDS)


def classify(reason: str) -> str:
    """The kind of a connection from its English reason."""
    for kind in KINDS:
        if kind.words is None or kind.words.search(reason):
            return kind.id
    raise AssertionError("the last kind takes any reason")  # pragma: no cover
