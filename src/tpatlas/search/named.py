"""A question about one muscle named in it: "quadratus lumborum insertion", "what nerve supplies
the upper traps", "ECRB origin", "acción del esternocleidomastoideo".

The muscle named is the answer, with the fact asked as its reason. Read as a question over every
muscle, the words of the fact were taken for landmarks or nerve words ("upper" for the upper
subscapular nerve, "quadratus" for quadratus femoris) and another muscle came first.

>>> from tpatlas.kb import load_knowledge_base
>>> kb = load_knowledge_base()
>>> asked_about(kb, "quadratus lumborum insertion")
(('quadratus-lumborum',), 'insertion')
>>> asked_about(kb, "what nerve supplies the upper traps")
(('upper-trapezius',), 'nerve')
>>> asked_about(kb, "quadratus lumborum pain when standing") is None
True
"""

from __future__ import annotations

import re
from functools import cache

from tpatlas.kb import KnowledgeBase
from tpatlas.search.facets import (
    VERBS,
    MuscleFacts,
    _vocabularies,
    lexicon,
    lower_first,
    nicknames,
    words_of,
)

# Words asking for a muscle's action (the other facets have their cue words in the lexicon).
ACTION_WORDS = ("action", "actions", "function", "functions", "does", "do", "job", "movement",
                "movements", "accion", "acciones", "funcion", "funciones", "hace")  # fmt: skip
ASKING = frozenset({"what", "which", "is", "are", "the", "of", "its", "a", "an", "main", "where",
          "supplies", "supply", "muscle", "muscles", "m", "el", "la", "los", "las", "del", "de",
          "que", "cual", "cuales", "musculo", "es", "su", "sus", "donde", "and", "y"})  # fmt: skip


@cache
def _cues() -> dict[str, frozenset[str]]:
    cues = lexicon()["cues"]
    return {
        "nerve": frozenset(cues["nerve"]) - {"cranial", "branch", "ramus", "rami", "ramo"},
        "root": frozenset(cues["myotome"]),
        "origin": frozenset(cues["origin"]) - {"from"},
        "insertion": frozenset(cues["insertion"]) - {"into", "onto", "via"},
        "attachment": frozenset(cues["attachment"]),
        "action": frozenset(ACTION_WORDS),
    }


@cache
def _names(kb: KnowledgeBase) -> tuple[re.Pattern[str], dict[str, str]]:
    """Every name, alias and nickname of a muscle as words -> its id (the most likely one for
    an ambiguous nickname), as one pattern, longest first."""
    table = dict(_vocabularies(kb)[2])
    for key, ids in nicknames().items():
        table.setdefault(" ".join(words_of(key)), ids[0])
    keys = sorted(table, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(k) for k in keys if k) + r")\b"), table


def asked_about(kb: KnowledgeBase, text: str) -> tuple[tuple[str, ...], str] | None:
    """(the muscles named, the fact asked) when the text is only names and the words of one
    fact, else None."""
    pattern, table = _names(kb)
    said = " ".join(words_of(text))
    ids = tuple(dict.fromkeys(table[m.group(0)] for m in pattern.finditer(said)))
    if not ids:
        return None
    rest = set(pattern.sub(" ", said).split()) - ASKING
    asked = [facet for facet, words in _cues().items() if rest & words]
    if set(asked) == {"origin", "insertion"}:  # "origin and insertion of the piriformis"
        asked = ["attachment"]
        rest -= _cues()["origin"] | _cues()["insertion"]
    if len(asked) != 1 or rest - _cues()[asked[0]]:
        return None
    return ids, asked[0]


def fact(f: MuscleFacts, facet: str, lang: str) -> str:
    """The fact asked, as the answer's reason, in ``lang``."""
    if facet == "nerve":
        nerve = f.said("nerve", lang)
        lead = "inervación" if lang == "es" else "supplied by the"
        sep = ": " if lang == "es" else " "
        return f"{lead}{sep}{lower_first(nerve)} ({f.roots_text})"
    if facet == "root":
        return f"{'raíces' if lang == 'es' else 'roots'} {f.roots_text}"
    if facet == "action":
        return f.said("action", lang)
    ends = ("origin", "insertion") if facet == "attachment" else (facet,)
    return "; ".join(f"{VERBS[e][lang]} {lower_first(f.said(e, lang))}" for e in ends)
