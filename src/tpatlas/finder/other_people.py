"""Other people's pain in a person's own description: "my wee boy's been complaining of sore
shins, but it's me with the pain now", "my husband has the same problem but in his left leg",
"mi esposo tiene dolor de espalda, pero yo vengo por mis pies".

Two readings, both applied before places are looked for (finder/words.py), like the other
circumstances:
- a clause whose subject is another person ("my daughter", "a mi mamá") and that says nothing of
  the writer ("I", "me", a second "my") is about that person, and so is a "but in ..." that
  follows it;
- in a description written in the first person, a part said with "his", "her" or "their" ("in
  her knees") is someone else's. A clinician's note about a patient ("c/o pain in her R knee")
  has no first person, so it keeps its places.

>>> others_removed("my daughter has growing pains in her legs but i have a headache")
' | |  but i have a headache'
"""

from __future__ import annotations

import re

from tpatlas.finder.sayings import PART, PEOPLE, PEOPLE_ES

_KIN = r"(?:(?:wee|little|older|younger|eldest|youngest|oldest|big|teenage|elderly|old)\s+)?"
_OTHER_SUBJECT = re.compile(
    rf"^\s*(?:(?:and|but|also|y|pero|tambien|ademas|so)\s+)?(?:(?:my|our|ma|me)\s+{_KIN}{PEOPLE}"
    rf"(?:'s|s)?\b|(?:a\s+)?(?:mi|mis|nuestr[oa]s?)\s+{PEOPLE_ES}\b)"
)
# what says the clause is about the writer too: "my wife says I should rest my back"
_WRITER = re.compile(r"\b(?:i|i'm|im|i've|ive|i'd|me|myself|mine|yo|mis?)\b")
_CLAUSES = re.compile(r"([.;!?|,]|\bbut\b|\bpero\b)")
# "... but in his left leg", "... pero en la otra rodilla": the same person's
_CONTINUED = re.compile(r"^\s*(?:in|on|at|en)\b")
_THEIR_PART = re.compile(
    rf"\b(?:his|her|their)\s+(?:(?:left|right|other|bad|lower|upper|whole)\s+)*{PART}\b"
)
_FIRST_PERSON = re.compile(r"\b(?:i|i'm|im|i've|ive|my|me|mine)\b")
# "my mum", "my husband" name whom the message is about, not the writer's own body: "My mum is 72.
# Her jaw and neck started hurting" is written for her, and her jaw is the place
_MY_PEOPLE = re.compile(rf"\b(?:my|our|ma|me)\s+{_KIN}{PEOPLE}(?:'s|s)?\b")


def _about_others(clause: str) -> bool:
    subject = _OTHER_SUBJECT.match(clause)
    return subject is not None and not _WRITER.search(clause[subject.end() :])


def others_removed(text: str) -> str:
    """``text`` (lower case, accents dropped) without the places that are other people's."""
    if _FIRST_PERSON.search(_MY_PEOPLE.sub(" ", text)):
        text = _THEIR_PART.sub(" | ", text)
    pieces = _CLAUSES.split(text)
    out: list[str] = []
    others = False
    for piece in pieces:
        if _CLAUSES.fullmatch(piece):
            out.append(piece)
            continue
        if _about_others(piece) or (others and _CONTINUED.match(piece)):
            out.append(" | ")
            others = True
        else:
            out.append(piece)
            others = others and not piece.strip()
    return "".join(out)
