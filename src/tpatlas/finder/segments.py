"""A part of a limb named by the two joints at its ends: "between my shoulder and elbow" is the
upper arm, "halfway between the knee and the ankle" the lower leg, "entre el codo y la muñeca"
the forearm.

Read word by word, such a phrase named the two joints and not the part between them, where the
pain is. Applied with the other rewrites (finder/rewrites.py), before any place is read. A
stretch ("from my shoulder down to my elbow", finder/stretches.py) is another thing: there the
pain covers the ends as well.

>>> text = "a dull ache between my elbow and wrist"
>>> for pattern, replacement in SEGMENT_REWRITES:
...     text = pattern.sub(replacement, text)
>>> text
'a dull ache  forearm '
"""

from __future__ import annotations

import re

_MY = r"(?:(?:my|the|your)\s+)?"
_MI = r"(?:(?:el|la|los|las|mi|mis)\s+)?"
_HALFWAY = r"(?:(?:halfway|midway|about\s+halfway|right|just|somewhere)\s+)?"
_A_MEDIO = r"(?:(?:a\s+medio\s+camino|a\s+mitad\s+de\s+camino|justo|mas\s+o\s+menos)\s+)?"

# the limb said first is the same place: "my arm between the elbow and the wrist", "la pierna,
# entre la rodilla y el tobillo"
_LIMB = r"(?:(?:arm|leg|foot|brazo|pierna|pie),?\s+)?"
# (one end, the other end, the part between), in English and in Spanish (accents dropped)
_ENDS = (
    (r"shoulders?", r"elbows?", " upper arm "),
    (r"elbows?", r"wrists?", " forearm "),
    (r"hips?", r"knees?", " thigh "),
    # "halfway between my bum and the back of my knee" is the back of the thigh
    (
        r"(?:buttocks?|bum|butt|backside|glutes?|sit(?:ting)?\s+bones?)",
        r"(?:back\s+of\s+(?:my\s+|the\s+)?)?knees?",
        " back of the thigh ",
    ),
    (r"knees?", r"ankles?", " lower leg "),
    (r"heels?", r"toes?", " arch "),
)
_ENDS_ES = (
    (r"hombros?", r"codos?", " parte superior del brazo "),
    (r"codos?", r"munecas?", " antebrazo "),
    (r"caderas?", r"rodillas?", " muslo "),
    (r"(?:nalgas?|gluteos?|culo|cola|pompas?)", r"rodillas?", " detras del muslo "),
    (r"rodillas?", r"tobillos?", " parte baja de la pierna "),
    (r"talon(?:es)?", r"dedos?", " arco del pie "),
)


def _rewrite(
    a: str, b: str, between: str, part: str, and_: str, my: str
) -> tuple[re.Pattern[str], str]:
    ends = rf"(?:{a}\s+{and_}\s+{my}{b}|{b}\s+{and_}\s+{my}{a})"
    return (re.compile(rf"\b{_LIMB}{between}\s+{my}{ends}\b"), part)


SEGMENT_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    *(_rewrite(a, b, rf"{_HALFWAY}between", part, "and", _MY) for a, b, part in _ENDS),
    *(_rewrite(a, b, rf"{_A_MEDIO}entre", part, "y", _MI) for a, b, part in _ENDS_ES),
    # the side of the limb said after it is the part's side: "between my elbow and my wrist on
    # the back of the left arm" is the back of the forearm
    (
        re.compile(
            r"\b(forearm|lower leg|thigh|upper arm)\s+(?:on|at|along)\s+the\s+(back|front|outside|"
            r"inside)\s+of\s+(?:my|the)\s+((?:left|right)\s+)?(?:arm|leg)\b"
        ),
        r"\2 of the \3\1",
    ),
)
