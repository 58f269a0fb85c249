"""Which words of a description can name what makes the pain worse (an aggravator).

Not those of a clause that says what eases it ("it settles down at night", "walking helps",
"se me pasa al caminar", "sitting is fine", "not worse with walking"), nor an activity denied
or given up ("I don't even run", "I used to run"), nor where a fall happened ("I fell off my
bike"), nor getting out of bed ("when I first get out of bed", "al levantarme de la cama": the
first steps of the morning, not the night). What the pain prevents stays ("I can't sleep
on that side", "no puedo sentarme"): it is what makes it worse. Raising a part is no lifting of
a load ("lift my arm" reads as reaching up). Read from two reading audits (1 December 2026).

>>> from tpatlas.finder.words import all_words
>>> aggravating_words(all_words("worse sitting, but walking helps"))
['worse', 'sitting', 'but']
"""

from __future__ import annotations

import re

from tpatlas.finder.words import BREAK

RELIEF = {"better", "eases", "ease", "eased", "easier", "settles", "settle", "helps", "help",
          "relieves", "relieved", "improves", "improve", "calms", "mejor", "mejora", "mejoran",
          "alivia", "alivian", "calma", "desaparece", "disappears", "fine", "tolerable",
          "bearable"}  # fmt: skip
RELIEF_SAID = re.compile(
    r"\bse\s+(?:me\s+|le\s+)?(?:pasa|quita|calma|alivia|va)\b|\b(?:estoy|me\s+encuentro)\s+bien\b"
    r"|\b(?:estoy|ando|me\s+siento)\s+(?:barbar[oa]|joya|genial|fenomenal|perfect[oa]|de\s+diez)\b"
    r"|\bgets?\s+rid\b|\b(?:not|no|isn't|isnt|nunca)\s+(?:any\s+|mas\s+)?(?:worse|peor)\b"
    r"|\bno\s+(?:me\s+)?(?:empeora|duele|molesta)\b"
)
WORSE = {"worse", "worsens", "hurts", "hurt", "peor", "empeora", "duele", "molesta", "aggravates"}
CLAUSE_ENDS = {BREAK, "but", "pero", "aunque", "though", "and", "y", "whereas"}
DENY = {"no", "not", "never", "don't", "dont", "doesn't", "doesnt", "didn't", "didnt", "nunca",
        "jamas"}  # fmt: skip
# what follows these is what the pain prevents, or the night it spoils: never denied
ABLE = {"puedo", "puede", "consigo", "aguanto", "soporto", "duermo", "sleep", "dormir", "deja"}
DENY_REACH = 4
# where a fall happened is how it began, not what makes it worse: "I fell off my bike", "missed a
# step on the stairs", "me caí en la escalera", "tras una caída en bici"
FELL = {"fell", "slipped", "tripped", "crashed", "cai", "caida", "caidas", "caerme", "resbale",
        "tropece", "missed"}  # fmt: skip
FELL_REACH = 5
# raising a part is no lifting of a load: "when I lift my arm sideways", "lifting my knee"
LIFT = {"lift", "lifts", "lifting", "lifted"}
# getting up: "out of bed", "de la cama" is the morning's first steps, not lying in bed
OUT_OF_BED = {("out", "of", "bed"), ("from", "bed"), ("de", "la", "cama"), ("fuera", "de", "cama")}
RAISED = {"arm", "arms", "knee", "knees", "leg", "legs", "head", "foot", "feet", "thumb", "thumbs",
          "finger", "fingers", "hand", "hands", "heel", "heels", "toes"}  # fmt: skip


def _eases(clause: list[str]) -> bool:
    said = " ".join(clause)
    worse = bool(set(clause) & WORSE) and not RELIEF_SAID.search(said)
    return bool(set(clause) & RELIEF or RELIEF_SAID.search(said)) and not worse


def _affirmed(clause: list[str]) -> list[str]:
    """The clause without the words a negation denies, "used to" puts in the past or a fall
    places in how it began."""
    out: list[str] = []
    denied = 0
    for i, w in enumerate(clause):
        following = [*clause[i + 1 : i + 3], "", ""]
        able = following[0] in ABLE or (following[0] in {"me", "se", "i"} and following[1] in ABLE)
        if w in LIFT and following[0] in {"my", "the", "your"} and following[1] in RAISED:
            out.append("raise")  # "lift my arm" is in what reaching up is said with
            continue
        if w in {"bed", "cama"} and any(
            tuple(clause[i - len(o) + 1 : i + 1]) == o for o in OUT_OF_BED
        ):
            continue
        if w in FELL and (w != "missed" or "step" in following):
            denied = FELL_REACH
        elif (w in DENY and not able) or (w == "used" and following[0] == "to"):
            denied = DENY_REACH + (w == "used")
        elif denied:
            denied -= 1
            continue
        out.append(w)
    return out


def aggravating_words(every: list[str]) -> list[str]:
    """The words (clause breaks left out) that may name an aggravator."""
    out: list[str] = []
    clause: list[str] = []
    for w in [*every, BREAK]:
        if w in CLAUSE_ENDS:
            if not _eases(clause):
                out += _affirmed(clause)
            if w != BREAK:
                out.append(w)
            clause = []
        else:
            clause.append(w)
    return out
