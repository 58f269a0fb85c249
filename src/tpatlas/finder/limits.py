"""Where the pain does not go: "it stops above the knee", "it skips the elbow", "nunca pasa de
la rodilla".

Clinicians ask how far pain travels because it tells referral patterns apart: piriformis pain
fills the buttock and the back of the thigh but rarely passes the knee, while gluteus minimus
pain runs on down the calf; coracobrachialis pain runs down the arm and skips the elbow. A person
who says where the pain stops has said something about every pattern that reaches beyond it.

Each phrase names a limit (``LIMITS``); a limit stands for chart regions. The phrases are read
before places are looked for and are not places themselves: "it never goes below the knee" does
not put the knee, or the leg below it, on the chart.

>>> from tpatlas.bodychart import load_chart
>>> sorted(not_reached("pain in my buttock that never goes past the knee", load_chart()))[:3]
['achilles', 'anterior-ankle', 'ball-lateral']
>>> not_reached("pain behind the knee", load_chart())
frozenset()
"""

from __future__ import annotations

import re
from functools import cache

from tpatlas.bodychart import BodyChart
from tpatlas.finder.words import normalise

_GO = (
    r"(?:go|goes|going|went|get|gets|spread|spreads|travel|travels|reach|reaches|run|runs|"
    r"extend|extends|come|comes|move|moves|shoot|shoots)"
)
_NOT = r"(?:doesn't|doesnt|does\s+not|don't|dont|do\s+not|never|won't|didn't|not|no|isn't)"
_PAST = r"(?:past|below|beyond|under|lower\s+than|further\s+than|farther\s+than|down\s+past)"
_MINE = r"(?:(?:the|my|your)\s+)?"


def _english(part: str) -> str:
    return (
        rf"\b(?:stops?|stopped|stopping|ends?|ending)\s+(?:just\s+|right\s+)?(?:at|above|before|"
        rf"short\s+of)\s+{_MINE}{part}s?\b"
        rf"|\b{_NOT}\s+(?:\w+\s+)?{_GO}?\s*(?:down\s+)?{_PAST}\s+{_MINE}{part}s?\b"
        rf"|\b(?:never|not|no|nothing)\s+{_PAST}\s+{_MINE}{part}s?\b"
    )


def _spanish(part: str) -> str:
    return (
        r"\b(?:no|nunca|sin)\s+(?:me\s+)?(?:pasa|pasar|baja|bajar|llega|llegar|sigue|seguir)\s+"
        rf"(?:de|mas\s+abajo\s+de|por\s+debajo\s+de|mas\s+alla\s+de)\s+(?:la|el|mi)\s+{part}s?\b"
        rf"|\b(?:se\s+(?:para|detiene|queda)|termina|acaba)\s+(?:en|antes\s+de|encima\s+de)\s+"
        rf"(?:la|el|mi)\s+{part}s?\b"
    )


_SKIP = (
    r"\b(?:skips?|skipped|skipping|jumps?\s+over|jumping\s+over|bypass(?:es|ing)?)\s+{mine}"
    r"{part}s?\b|\b(?:se\s+)?salta(?:ndo|ndose)?\s+(?:el|la|mi)\s+{es}s?\b"
)

# "the elbow itself doesn't hurt", "el codo en sí no me duele": the pain runs past a joint that
# is spared, which is a skip
_SPARED = (
    r"\b(?:the|my)\s+(?:{part}s?(?:\s+and\s+(?:the\s+|my\s+)?{other}s?)?|{other}s?\s+and\s+"
    r"(?:the\s+|my\s+)?{part}s?)\s+(?:itself|themselves)\s+"
    r"(?:doesn't|doesnt|does\s+not|don't|dont|do\s+not|never)\s+(?:hurt|ache)\w*"
    r"|\b(?:el|la|los|las|mi|mis)\s+(?:{es}s?(?:\s+y\s+(?:el|la|los|las|mi|mis)\s+{other_es}s?)?|"
    r"{other_es}s?\s+y\s+(?:el|la|los|las|mi|mis)\s+{es}s?)\s+"
    r"(?:en\s+si|mism[oa]s?)\s+no\s+(?:me\s+)?(?:duel|molest)\w*"
)

# limit -> (phrases, chart regions or zone kinds the pain does not reach)
LIMITS: dict[str, tuple[re.Pattern[str], tuple[str, ...]]] = {
    "below-knee": (
        re.compile(f"{_english('knee')}|{_spanish('rodilla')}"),
        ("leg-front", "leg-lateral", "calf", "ankle", "foot-top", "sole"),
    ),
    "below-elbow": (
        re.compile(f"{_english('elbow')}|{_spanish('codo')}"),
        ("forearm-front", "forearm-back", "wrist-hand"),
    ),
    "elbow": (
        re.compile(
            _SKIP.format(mine=_MINE, part="elbow", es="codo")
            + "|"
            + _SPARED.format(part="elbow", other="wrist", es="codo", other_es="muneca")
        ),
        ("elbow",),
    ),
    "wrist": (
        re.compile(
            _SKIP.format(mine=_MINE, part="wrist", es="muneca")
            + r"|\b(?:skips?|skipped|skipping)\s+(?:the|my)\s+elbows?\s+and\s+"
            + r"(?:the\s+|my\s+)?wrists?\b"
            + r"|\bsalta(?:ndo|ndose)?\s+el\s+codo\s+y\s+la\s+muneca\b|"
            + _SPARED.format(part="wrist", other="elbow", es="muneca", other_es="codo")
        ),
        ("volar-wrist", "dorsal-wrist"),  # the wrist itself, not the whole hand
    ),
}


@cache
def limit_phrases() -> re.Pattern[str]:
    """Every limit phrase, for the reader to take out before it looks for places."""
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in LIMITS.values()))


def _kinds(chart: BodyChart, limit: str) -> frozenset[str]:
    places = set(LIMITS[limit][1])
    return frozenset(k for k, z in chart.kinds.items() if z.region in places or k in places)


# How each limit reads back to the person ("Understood as ...; not below the knee").
LABELS = {
    "below-knee": "not below the knee",
    "below-elbow": "not below the elbow",
    "elbow": "skipping the elbow",
    "wrist": "skipping the wrist",
}


def limits_said(text: str) -> tuple[str, ...]:
    """The limits a description states, in ``LIMITS`` order."""
    norm = normalise(text)
    return tuple(limit for limit, (pattern, _) in LIMITS.items() if pattern.search(norm))


def kinds_beyond(limits: tuple[str, ...], chart: BodyChart) -> frozenset[str]:
    """The zone kinds these limits say the pain does not reach."""
    return frozenset(k for limit in limits for k in _kinds(chart, limit))


def not_reached(text: str, chart: BodyChart) -> frozenset[str]:
    """Zone kinds the description says the pain does not reach (empty when it says none)."""
    return kinds_beyond(limits_said(text), chart)
