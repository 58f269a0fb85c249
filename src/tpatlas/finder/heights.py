"""How high an arm goes is not where it hurts: "lift my elbow above shoulder height", "reach over
my head", "subo el brazo por encima del hombro" say how the arm moves (read as reaching up, the
"overhead" aggravator), not that the top of the shoulder or the head hurts. Applied first among the
rewrites (finder/rewrites.py), before any place is read.

>>> text = "it hurts when I lift my arm above my head"
>>> for pattern, replacement in HEIGHT_REWRITES:
...     text = pattern.sub(replacement, text)
>>> "head" in text.replace("overhead", ""), "overhead" in text
(False, True)
"""

from __future__ import annotations

import re

HEIGHT_REWRITES: tuple[tuple[re.Pattern[str], str], ...] = (
    # a height is not a place: "lift my elbow above shoulder height", "subo el brazo por encima
    # del hombro" say how high the arm goes (read as reaching up), not that the top of the
    # shoulder hurts
    (
        re.compile(
            r"\b(?:at|to|above|over|past|beyond|below|up\s+to|level\s+with)\s+(?:my\s+|the\s+)?"
            r"shoulder[\s-]+(?:height|level)\b|\bshoulder[\s-]height\b"
        ),
        " overhead ",
    ),
    (
        re.compile(
            r"\b(brazos?|codos?|manos?)\s+(?:por\s+encima|a\s+la\s+altura|mas\s+arriba)\s+"
            r"del?\s+(?:los\s+|mis\s+)?hombros?\b"
        ),
        r"\1 ",
    ),
    # how high the arm goes is no place either: "lift my arm above my head", "reach over my
    # head", "levantar el brazo por encima de la cabeza" (a head that hurts is said otherwise)
    (
        re.compile(
            r"\b((?:arms?|hands?|elbows?|reach\w*|lift\w*|rais\w*|stretch\w*|work\w*|hold\w*)"
            r"(?:\s+(?:it|them|up|right|all\s+the\s+way))?)\s+(?:above|over)\s+(?:my|your|the)\s+"
            r"head\b"
        ),
        r"\1 overhead ",
    ),
    (re.compile(r"\bpor\s+encima\s+de\s+(?:la|mi)\s+cabeza\b"), " overhead "),
    # a height an arm or a load is moved to is no place either: "between waist and head height",
    # "lift the box to chest level" (but "my back hurts at waist level" says where)
    (
        re.compile(
            r"\bbetween\s+(?:my\s+|the\s+)?(?:waist|hip|chest|shoulder|head|eye|knee)s?\s+(?:and|to)\s+"
            r"(?:my\s+|the\s+)?(?:waist|hip|chest|shoulder|head|eye|knee)s?[\s-]+(?:height|level)\b"
            r"|\b(?:to|up\s+to|above|over|past|below)\s+(?:my\s+|the\s+)?(?:waist|hip|chest|head|eye)"
            r"[\s-]+(?:height|level)\b"
        ),
        " ",
    ),
    # "as soon as my elbow goes overhead": the elbow is moving, not hurting
    (
        re.compile(
            r"\b(?:my\s+|the\s+)?(?:arms?|elbows?|hands?)\s+(?:goes|go|going|gets|get|is|are|comes|"
            r"come|moves?)\s+(?:up\s+)?overhead\b"
        ),
        " raise my arm overhead ",
    ),
    # "subir el brazo" is raising it, not climbing; "bajar la cabeza" is looking down
    (re.compile(r"\bsub(?:ir|o|e|iendo|ia)\s+(el|los|mis?)\s+brazos?\b"), "levantar el brazo"),
    (re.compile(r"\bbaj(?:ar|o|a|ando)\s+(?:la|mi)\s+cabeza\b"), "agachar la cabeza"),
    # the navel as a height on the back: "my back at the level of the navel", "la espalda a la
    # altura del ombligo" is the lower back, not the belly button
    (
        re.compile(
            r"\b(?:back|spine)\s+(?:(?:right|just)\s+)?(?:at\s+the\s+level\s+of|level\s+with)\s+"
            r"(?:the\s+|my\s+)?(?:navel|belly\s*button|tummy\s+button)\b"
        ),
        " lower back ",
    ),
    (
        re.compile(r"\b(?:espalda|columna)\s+(?:justo\s+)?a\s+la\s+altura\s+del\s+ombligo\b"),
        " zona lumbar ",
    ),
)
