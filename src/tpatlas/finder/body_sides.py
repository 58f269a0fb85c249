"""Sides said of the whole body, read before anything else (a fifth reading audit, 1 December
2026): "pain under my ribs on the right side, at the front", "my chest hurts on the left side"
and "el pecho del lado izquierdo" are that side of the body, not the side of the chest wall;
"the knee on my right-hand side" is the right knee; "la cadera, la del lado derecho" is the
right hip, not its outer side; "la espalda de lado a lado" is both sides; shorthand such as
"b/l knee pain" or "R > L" is both sides. Lying or turning "on my right side" is a posture,
read later (finder/postures.py), and "the right side of my neck" a place.
"""

from __future__ import annotations

import re

# "sleep on my right side", "me acuesto del lado izquierdo": a posture, left as said
_LYING = re.compile(
    r"\b(?:lie|lies|lying|lay|laying|sleep\w*|slept|roll\w*|turn\w*|duermo|dormir|durmiendo|"
    r"acuest\w*|tumb\w*|apoy\w*)\s+(?:on\s+|onto\s+|over\s+to\s+)?(?:my\s+|the\s+|en\s+el\s+|"
    r"del\s+|de\s+|sobre\s+el\s+)?$"
)


def _side(m: re.Match[str]) -> str:
    return m[0] if _LYING.search(m.string[: m.start()]) else f" {m['side']} "


# "moviendo la cabeza de lado a lado" is a movement; "la espalda de lado a lado" both sides
_MOVING = re.compile(r"\b(?:mov\w*|muev\w*|gir\w*|balance\w*|mec\w*)\b(?:\s+\w+){0,3}\s*$")


def _across(m: re.Match[str]) -> str:
    return " " if _MOVING.search(m.string[: m.start()]) else " ambos "  # how it moves, or where


SIDE_REWRITES: tuple[tuple[re.Pattern[str], str | object], ...] = (
    (
        re.compile(
            r"\b(?:on|to)\s+(?:my|the)\s+(?P<side>left|right)(?:[\s-]+hand)?\s+side\b(?!\s+of\b)"
        ),
        _side,
    ),
    (
        re.compile(
            r"\b(?:(?:la|el)\s+)?(?:del|en\s+el|por\s+el|,)\s*lado\s+(?P<side>derech[oa]|"
            r"izquierd[oa])\b(?!\s+(?:de|del)\b)"
        ),
        _side,
    ),
    (re.compile(r"\bde\s+lado\s+a\s+lado\b"), _across),
    # shorthand for both sides: "b/l knee pain", "bilat", "R > L", "las dos plantas"
    (re.compile(r"\bb\s*/\s*l\b|\bbilat\b"), " both "),
    (re.compile(r"\b[rl]\s*(?:>|<|&|\+)\s*[rl]\b"), " both "),
    (re.compile(r"\b(?:los|las) dos (?=[a-z]+s\b)"), "ambos "),
)


def read_body_sides(text: str) -> str:
    """``text`` with the sides of the body said plainly (see the module docstring)."""
    for pattern, replacement in SIDE_REWRITES:
        text = pattern.sub(replacement, text)  # type: ignore[arg-type]
    return text
