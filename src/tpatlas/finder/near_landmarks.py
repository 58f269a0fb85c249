"""A part said with the landmark it ends at is that end of the part, not the landmark too: "my
upper arm near the elbow", "the shin just above the ankle", "el antebrazo justo debajo del codo",
"my quad near the knee" (the lower front of the thigh). Applied with the other rewrites
(finder/rewrites.py); pain that runs toward a landmark ("down the forearm toward the wrist")
still reaches it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# "near the elbow", "just below the elbow", "cerca de la muñeca", "justo encima de la rodilla": a
# part said with the landmark it ends at
_NEAR = (
    r"(?:near|close\s+to|next\s+to|by|above|below|under|over|beneath|underneath|cerca|junto|"
    r"pegad[oa]|(?:por\s+)?(?:debajo|encima))\s+(?:the|my|de\s+la|del|de\s+mi|a\s+la|al|de)"
)
_NEAR_ENDS = (
    (r"biceps?", r"elbow", " lower front of the upper arm "),
    (r"triceps?", r"elbow", " lower back of the upper arm "),
    (r"(?:upper\s+arm|arm)", r"elbow", " lower part of the upper arm "),
    (r"(?:upper\s+)?arm", r"shoulder", " upper arm "),
    (r"forearm", r"(?:wrist|elbow)", " forearm "),
    (r"quads?", r"knee", " above the kneecap "),
    (r"(?:thigh|hamstrings?)", r"knee", " above the knee "),
    (r"calf", r"(?:ankle|heel|achilles)", " lower calf "),
    (r"calf", r"knee", " upper calf "),
    (r"shin", r"ankle", " lower shin "),
    (r"shin", r"knee", " upper shin "),
    (r"neck", r"(?:skull|head)", " upper neck "),
    (r"neck", r"ears?", " side of the neck "),
    (r"top\s+of\s+(?:my\s+|the\s+)?foot", r"toes?", " top of the foot "),
    (r"(?:lower|low)\s+back", r"(?:buttocks?|bum|butt|backside)", " lower back "),
    (r"brazo", r"codo", " parte inferior del brazo "),
    (r"brazo", r"hombro", " brazo "),
    (r"antebrazo", r"(?:muneca|codo)", " antebrazo "),
    (r"muslo", r"rodilla", " parte inferior del muslo "),
    (r"(?:pantorrilla|gemelo)", r"(?:tobillo|talon)", " parte inferior de la pantorrilla "),
    (r"(?:pantorrilla|gemelo)", r"rodilla", " parte alta de la pantorrilla "),
    (r"(?:espinilla|canilla|tibia)", r"tobillo", " parte inferior de la espinilla "),
    (r"(?:espinilla|canilla|tibia)", r"rodilla", " parte alta de la espinilla "),
    (r"cuello", r"(?:craneo|cabeza|nuca)", " parte alta del cuello "),
    (r"cuello", r"(?:oreja|oido)", " lado del cuello "),
    (r"(?:parte\s+de\s+arriba\s+del\s+pie|empeine)", r"(?:los\s+)?dedos", " empeine "),
    (
        r"(?:espalda|parte\s+baja\s+de\s+la\s+espalda)",
        r"(?:culo|nalgas?|trasero|gluteos?)",
        " parte baja de la espalda ",
    ),
)

# where on the part, said between it and the landmark: "la canilla derecha, en la parte de
# adelante, abajo, cerca del tobillo", "my shin, on the front, low down, near the ankle"
_WHERE = (
    r"(?:[\s,]+(?:en|la|el|parte|de|del|adelante|delante|abajo|arriba|por|fuera|dentro|derech[ao]|"
    r"izquierd[ao]|on|at|the|front|back|low|down|lower|inside|outside|left|right|side|bit|a)){0,8}"
)
_SIDE = re.compile(r"\b(?:left|right|derech[ao]|izquierd[ao])\b")


def _keeping_sides(said: str) -> Callable[[re.Match[str]], str]:
    """The part's end, with a side said on the way kept ("la canilla derecha, ... cerca del
    tobillo" is the right lower shin)."""

    def replace(m: re.Match[str]) -> str:
        return said + " ".join(_SIDE.findall(m.group())) + " "

    return replace


NEAR_REWRITES = tuple(
    (
        re.compile(
            rf"\b{part}{_WHERE}(?:\s+(?:is\s+|are\s+|feels\s+)?(?:pain|ache|aches|aching|hurts|"
            r"sore|tender|tight|duele|dolor))?,?\s+"
            rf"(?:just\s+|right\s+|really\s+|justo\s+|muy\s+)?{_NEAR}\s+{mark}\b"
        ),
        _keeping_sides(said),
    )
    for part, mark, said in _NEAR_ENDS
)
