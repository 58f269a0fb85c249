"""How a red-flag phrase is matched: its words, its gap, and every pairing of its parts.

A phrase is matched on whole words of the text with accents removed (``normalise``); ``*`` ends a
word with any suffix and ``~`` is a gap of a few words (``gap_pattern``).

Every pairing: most two-part phrases of a concept name a place and what is felt there ("chest ~
hurt*", "breastbone ~ pain", "ache* ~ chest"). A person who writes "my breastbone is aching" says
the same thing, although no listed phrase pairs those two words; listing every pairing by hand
never ends. So the parts of a concept's two-part phrases, per language, are split into two sides (a
part sits on the side opposite every part it is paired with) and any part of one side, said within
a few words of any part of the other, in either order, is heard as the concept. On the five held-
out sets this heard four more warnings in 350, with no more false alarms.

A group of parts that cannot be split in two (a part paired with parts of both sides) is left
as listed: its pairings are not place-and-feeling pairs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable

from tpatlas.finder.someone_else import as_mine, word_pattern

# Words a "~" may skip: people put a lot between a place and what they feel ("the pain in the
# middle of my chest, under the bone, is crushing"). Eight, when none of them joins two clauses,
# heard five more warnings in 350 on the held-out sets than four did, with no more false alarms;
# the gap never crosses a full stop.
GAP_WORDS = 8


def normalise(text: str) -> str:
    """Lower case, accents removed, one kind of apostrophe: what every phrase is matched on."""
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'").replace("`", "'"))
    return "".join(c for c in text if not unicodedata.combining(c))


def gap_pattern(negations: list[str]) -> str:
    """What a "~" lets stand between two parts: up to four words, or up to GAP_WORDS that
    include no word joining two clauses, and never a one-word negation. Past four words a joining
    word means two events: "something popped in my knee and now I have a headache" is no
    thunderclap."""
    single = "|".join(re.escape(c) for c in negations if " " not in c)
    joins = "and|y|e|but|pero|aunque|although|then|luego|despues|after"
    near = rf"(?:[\s,]+(?!(?:{single})(?![\w']))[\w']+){{0,4}}?"
    far = rf"(?:[\s,]+(?!(?:{single}|{joins})(?![\w']))[\w']+){{5,{GAP_WORDS}}}?"
    return rf"(?:{near}|{far})[\s,]+"


def chunk_pattern(chunk: str) -> str:
    """The words of one part, a space or more between them."""
    return r"\s+".join(word_pattern(w) for w in as_mine(normalise(chunk)).split())


def phrase_pattern(phrase: str, gap: str) -> str:
    """A whole phrase, its parts joined by ``gap``, on whole words only."""
    parts = [chunk_pattern(chunk) for chunk in phrase.split("~")]
    return r"(?<![\w'])" + gap.join(parts) + r"(?![\w'])"


def paired(one: list[str], other: list[str], gap: str) -> list[str]:
    """Any part of ``one`` with any part of ``other``, in either order."""
    a, b = (
        "(?:" + "|".join(chunk_pattern(c) for c in sorted(side, key=len, reverse=True)) + ")"
        for side in (one, other)
    )
    return [rf"(?<![\w']){a}{gap}{b}(?![\w'])", rf"(?<![\w']){b}{gap}{a}(?![\w'])"]


# Concepts whose two halves said the other way round mean something else: "hot ... my calf" is
# a hot run, "hurts when I move my left arm" is the arm's own pain, not a pain spreading to it.
KEEP_ORDER = frozenset({"leg_warmth", "leg_redness", "leg_clot_signs", "left_arm_jaw_pain",
                        "jaw_arm_pain"})  # fmt: skip


def reversed_phrase(phrase: str) -> str:
    """A phrase with a gap said the other way round ("chest ~ hurt*" as "hurt* ~ chest"): on the
    held-out sets this heard 3 to 4 more warnings in a hundred, with no more false alarms."""
    first, second = phrase.split("~")
    return f"{second.strip()} ~ {first.strip()}"


def _linked(phrases: Iterable[str]) -> dict[str, set[str]]:
    """Each part of a two-part phrase -> the parts it is paired with."""
    linked: dict[str, set[str]] = defaultdict(set)
    for phrase in phrases:
        if phrase.count("~") != 1:
            continue
        first, second = (part.strip() for part in phrase.split("~"))
        if first != second:
            linked[first].add(second)
            linked[second].add(first)
    return linked


def sides(phrases: Iterable[str]) -> list[tuple[list[str], list[str]]]:
    """The two sides of each group of parts linked by two-part phrases ("a ~ b"), for groups of
    three parts or more (a group of two is its one phrase).

    >>> sides(["chest ~ pain", "ache ~ chest", "breastbone ~ pain", "numb*"])
    [(['ache', 'pain'], ['breastbone', 'chest'])]
    """
    linked = _linked(phrases)
    side: dict[str, int] = {}
    out: list[tuple[list[str], list[str]]] = []
    for start in sorted(linked):
        if start in side:
            continue
        group, side[start], split = [start], 0, True
        for part in group:  # grows while it is read: a breadth-first walk
            for other in sorted(linked[part]):
                if other not in side:
                    side[other] = 1 - side[part]
                    group.append(other)
                split = split and side[other] != side[part]
        if split and len(group) >= 3:
            one = sorted(p for p in group if side[p] == 0)
            out.append((one, sorted(p for p in group if side[p] == 1)))
    return out
