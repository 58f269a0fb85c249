"""One place said on both sides in more complex ways, and "the other one": "my left and right
heel", "the right more than the left", "first my right knee, now the left one too", "el hombro
derecho y ahora también el izquierdo". The other side said without its place is the same place on
both sides, never one side picked silently. Applied to the words before places are read
(finder/words.py).
"""

from __future__ import annotations

import re

from tpatlas.finder.sayings import PART, PART_ES

# Sides said for one place in more complex ways: "my left and right heel", "the right more than
# the left", "first my right knee, now the left one too", "el hombro derecho y ahora también el
# izquierdo". The other side, said without its place, is the same place on both sides: never one
# side picked silently. Not when it is denied ("my right elbow, not the left") or where one turns
# or lies ("my left hip hurts when I lie on the right").
_SIDE = r"(?:left|right|izquierd[oa]s?|derech[oa]s?)"
_THE = r"(?:(?:on\s+)?(?:the|my)\s+|(?:el|la|los|las|del)\s+)?"
_PAIRED = re.compile(
    rf"\b(?:{_SIDE}\s+(?:and|or|&|y|o|e)\s+{_THE}{_SIDE}"
    rf"|(?:more|worse|mostly|sorer|mas)\s+{_THE}(?:lado\s+)?{_SIDE}(?:\s+side)?\s+(?:than|que)\s+"
    rf"{_THE}(?:lado\s+)?{_SIDE}"
    rf"|{_SIDE}(?:\s+side)?\s+(?:is\s+)?(?:worse|more|sorer|less|better)\s+than\s+{_THE}{_SIDE})\b"
)
_ELIDED = re.compile(
    rf"\b({_SIDE})\b((?:(?!\b{_SIDE}\b)[^.;!?])*?)\b(?:the|my|el|la|los|las|del|al)\s+"
    rf"(?:lado\s+|side\s+)?({_SIDE})\b(?=\s*(?:$|[,.;!?]|(?:one|ones|too|as\s+well|also|"
    rf"tambien|side|lado|y|pero|me|a\s+veces|mas|menos)\b(?!\s+(?:of|de)\b)))"
)
# ... and across a full stop when what follows can only mean the same place: "My left foot
# hurts. The right one too.", "Me duele la rodilla izquierda. La derecha también."
_ELIDED_ACROSS = re.compile(
    rf"\b({_SIDE})\b((?:(?!\b{_SIDE}\b)[^;!?])*?\.\s*(?:(?:now|and\s+now|ahora|y\s+ahora)\s+)?)"
    rf"(?:the|my|el|la|los|las)\s+({_SIDE})\b"
    rf"(?=\s*(?:one|ones)?\s*(?:too|as\s+well|also|tambien)\b)"
)
_NOT_ELIDED = re.compile(
    r"\b(?:not|no|ni|nor|never|turn\w*|look\w*|lean\w*|rotat\w*|twist\w*|tilt\w*|lie|lies|"
    r"lying|lay|sleep\w*|girar|giro|gira|mir\w+|inclin\w*|volte\w*|acuest\w*|duerm\w*|dormir|"
    r"tumb\w*)\b(?:\s+\w+){0,3}\s*$"
)


def _which(word: str) -> str:
    return "left" if word.startswith(("left", "izq")) else "right"


# "my lower back on the right and my left wrist": the first side is said after its place, the
# second before another place; two places, one side each
_SIDE_AFTER_PLACE = re.compile(r"\bon\s+(?:the|my)\s*$")
_PLACE_FOLLOWS = re.compile(
    r"\s+(?!(?:side|sides|one|ones|too|also|as|lado|y|and|or|but|pero)\b)[a-z]"
)


def _paired(m: re.Match[str]) -> str:
    if _DENIED_AFTER.match(m.string, m.end()):  # "el izquierdo y el derecho no"
        return m[0]
    sides = {_which(w) for w in re.findall(_SIDE, m[0])}
    if _SIDE_AFTER_PLACE.search(m.string[: m.start()]) and _PLACE_FOLLOWS.match(m.string, m.end()):
        return m[0]
    return " both " if len(sides) == 2 else m[0]


# "my shoulder on the right and my elbow on the left": each place said with its own side
_OWN_SIDE_BEFORE = re.compile(r"\bon\s+(?:the|my)\s*$")


# "the right one not any more", "la derecha ya no": the other side denied after it
_DENIED_AFTER = re.compile(r"\s*(?:one\s+)?(?:not|isn'?t|doesn'?t|ya\s+no|no)\b")


# "my left hand aches, and my neck is stiff on the right": the last stretch before the second
# side names a part of its own, so that side is the neck's, not "the other one"
_OWN_PART = re.compile(
    rf"(?:,|\band\b|\by\b)(?:(?!,|\band\b|\by\b).)*\b(?:{PART}|{PART_ES})\b"
    r"(?:(?!,|\band\b|\by\b).)*$"
)


def _elided(m: re.Match[str]) -> str:
    if _which(m[1]) == _which(m[3]) or _NOT_ELIDED.search(m[2]) or _OWN_PART.search(m[2]):
        return m[0]
    if _DENIED_AFTER.match(m.string, m.end()):
        return m[0]
    if _OWN_SIDE_BEFORE.search(m.string[: m.start()]) and re.search(r"\bon\s*$", m[2]):
        return m[0]
    return f"both{m[2]} "


# "my right knee hurts and now the other knee too", "la otra rodilla": the side not said before
# ... and "now it is on the other side too", "del otro lado"
_OTHER = re.compile(
    rf"\b(?:the|my|your|his|her|la|el|mi|tu|su)\s+(?:other|otra|otro)\s+(?={PART}\b|{PART_ES}\b)"
    # a part said next takes the side ("y, del otro lado, la rodilla"): the comma goes with it
    rf"|\b(?:on|to|in)\s+the\s+other\s+side\s*,?\s*(?=(?:(?:my|the)\s+)?{PART}\b)"
    rf"|\b(?:del|al|en\s+el)\s+otro\s+lado\s*,?\s*"
    rf"(?=(?:(?:la|el|los|las|mi|mis)\s+)?{PART_ES}\b)"
    r"|\b(?:on|to|in)\s+the\s+other\s+side\b(?!\s+of\b)|\b(?:del|al|en\s+el)\s+otro\s+lado\b"
    r"(?!\s+de\b)"
)
_SPANISH_SIDE = {"right": "derecha", "left": "izquierda"}
_PART_NEXT = re.compile(rf"\s*(?:(?:my|the|la|el|los|las|mi|mis)\s+)?(?:{PART}|{PART_ES})\b")


def _other(m: re.Match[str]) -> str:
    if re.match(r"\s*hand\b", m.string[m.end() :]) and m.string[: m.start()].endswith("on "):
        return m[0]  # "on the other hand" is an idiom (finder/idioms.py)
    said = {_which(w) for w in re.findall(rf"\b{_SIDE}\b", m.string[: m.start()])}
    said_as = m[0].rstrip(", \t")
    side = said_as.endswith(("side", "lado"))
    if len(said) != 1:  # no side said before, or both: "other" tells no side
        return " " if side else " the "
    other = "right" if said == {"left"} else "left"
    if side and _PART_NEXT.match(m.string, m.end()):  # a part follows: the side is its own
        return f" {_SPANISH_SIDE[other]} " if said_as.endswith("lado") else f" {other} "
    if side:  # the same place on the other side too
        return (
            f" on the {other} side "
            if said_as.startswith(("on", "to", "in"))
            else f" del lado {'derecho' if other == 'right' else 'izquierdo'} "
        )
    return f" {other} "


# "my left knee is fine; it's the right one that hurts", "el hombro derecho no me duele, me
# duele el izquierdo": the other side said without its place, in contrast, after a sentence or
# clause ends, is that place on the other side, written out so the place is read with its side
# (the first mention keeps its own denial or its own pain). Only paired parts.
_PAIRED_PART = (
    r"(?:arms?|legs?|knees?|feet|foot|hands?|hips?|shoulders?|elbows?|wrists?|ankles?|heels?|"
    r"calf|calves|shins?|thighs?|ears?|eyes?|bum\s+cheek|buttocks?)"
)
_PAIRED_PART_ES = (
    r"(?:brazos?|piernas?|rodillas?|pies?|manos?|caderas?|hombros?|codos?|munecas?|tobillos?|"
    r"talon|talones|gemelos?|pantorrillas?|muslos?|orejas?|oidos?|ojos?|nalgas?|canillas?)"
)
_CONTRAST = re.compile(
    rf"\b(?:(?P<side>{_SIDE})\s+(?P<part>{_PAIRED_PART})|(?P<part_es>{_PAIRED_PART_ES})\s+"
    rf"(?P<side_es>{_SIDE}))\b(?P<between>[^!?]{{0,120}}?[.;,]\s*(?:[^.;!?]{{0,40}}?\s)?)"
    r"(?P<lead>it'?s|it\s+is|is|now|but|only|just|es|duele|duelen|molesta|molestan|pero|ahora|"
    r"solo|sino)\s+(?P<the>the|el|la)\s+(?P<other>" + _SIDE + r")\b(?P<one>\s+one)?"
    rf"(?!\s+(?:{PART}|{PART_ES}|side|lado)\b)"
    # the same place on both sides (_ELIDED_ACROSS)
    r"(?!(?:\s+one)?\s*(?:too|also|as\s+well|tambien)\b)"
)


def _contrast(m: re.Match[str]) -> str:
    first = m["side"] or m["side_es"]
    if _which(first) == _which(m["other"]):
        return m[0]
    said = (
        f"{m['the']} {m['other']} {m['part']}"
        if m["part"]
        else f"{m['the']} {m['part_es']} {m['other']}"
    )
    return m[0][: m.start("the") - m.start()] + said


def sides_of_one_place(text: str) -> str:
    """``text`` with one place said on both sides in more complex ways said "both", and "the
    other knee" said with the side it is."""
    text = _CONTRAST.sub(_contrast, _OTHER.sub(_other, text))
    return _ELIDED_ACROSS.sub(_elided, _ELIDED.sub(_elided, _PAIRED.sub(_paired, text)))


# Paired parts named in the plural are both of them: "my right knee hurts and my shoulders ache"
# is the right knee and both shoulders, not the right shoulder because "right" was said once.
_PLURAL_PAIRS = frozenset(
    [
        "shoulders",
        "knees",
        "hips",
        "hands",
        "feet",
        "elbows",
        "wrists",
        "ankles",
        "arms",
        "legs",
        "heels",
        "calves",
        "thighs",
        "buttocks",
        "eyes",
        "ears",
        "temples",
        "shins",
        "blades",
        "hombros",
        "rodillas",
        "caderas",
        "manos",
        "pies",
        "codos",
        "munecas",
        "tobillos",
        "brazos",
        "piernas",
        "talones",
        "pantorrillas",
        "gemelos",
        "muslos",
        "nalgas",
        "ojos",
        "oidos",
        "sienes",
        "espinillas",
        "omoplatos",
    ]
)


def both_of_a_pair(heard: str) -> bool:
    """True when a place was named as a paired part in the plural ("my shoulders", "los
    hombros", "my shoulder blades")."""
    return bool(set(heard.split()) & _PLURAL_PAIRS)
