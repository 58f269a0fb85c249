"""Turns what a person typed into a safe FTS5 MATCH expression.

Every word is quoted before it reaches MATCH, so operators and quotes in the input ("AND", "*",
'knee"') are only ever searched as text. Lay phrases are expanded ("sitting bone" also finds
"ischial tuberosity"), and misspelt words are corrected against the index's own vocabulary.

>>> build_match(parse("back of knee"), all_terms=True)
'("popliteal fossa" OR "back of the knee" OR "behind the knee" OR "back of knee")'
>>> build_match(parse('knee" OR 1'), all_terms=True)
'("knee") AND ("1")'
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib import resources

import yaml

from tpatlas.search.spanish import STOPWORDS_ES, fold

# Words that carry no meaning for search ("pain" is in almost every entry).
STOPWORDS = frozenset(
    {
        "a",
        "an",
        "the",
        "of",
        "in",
        "on",
        "at",
        "to",
        "my",
        "and",
        "or",
        "with",
        "when",
        "i",
        "it",
        "is",
        "pain",
        "pains",
        "painful",
        "hurt",
        "hurts",
        "hurting",
        "ache",
        "aches",
        "aching",
        "sore",
        "soreness",
        "feel",
        "feels",
        "have",
        "has",
        "for",
        "from",
        "me",
        "after",
        "before",
        # the words of a question about a cause: "what causes knee pain" searches for the knee
        "what",
        "which",
        "cause",
        "causes",
        "causing",
        "muscle",
        "muscles",
    }
    # Spanish filler and pain words, so "dolor de talón" searches for the heel
    | {"de", "del", "la", "el", "los", "las", "en", "mi", "mis", "y", "o", "con", "al", "por"}
    | {"dolor", "dolores", "duele", "duelen", "molestia", "tengo", "cuando", "se", "lo", "un"}
    | {"una"}
)


@dataclass(frozen=True)
class Group:
    """Alternatives for one thing the person said: any of them may match. ``word`` is the word
    typed (once corrected) when the group is one word rather than a lay phrase."""

    alternatives: tuple[str, ...]
    word: str = ""


@cache
def _terms() -> dict[str, tuple[str, ...]]:
    text = (resources.files("tpatlas.search") / "data" / "terms.yaml").read_text(encoding="utf-8")
    return {fold(k): tuple(v) for k, v in yaml.safe_load(text).items()}


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", text.lower())


def is_stopword(word: str) -> bool:
    return word in STOPWORDS or fold(word) in STOPWORDS_ES


def parse(text: str, correct: Callable[[str], str] | None = None) -> list[Group]:
    """Groups of alternatives, longest lay phrase first, then the remaining meaningful words.
    Lay phrases are found whatever the accents ("omoplato" is "omóplato")."""
    words = _words(text)[:40]
    groups: list[Group] = []
    i = 0
    while i < len(words):
        for n in range(min(5, len(words) - i), 0, -1):
            phrase = " ".join(words[i : i + n])
            if fold(phrase) in _terms():
                groups.append(Group((*_terms()[fold(phrase)], phrase)))
                i += n
                break
        else:
            word = words[i]
            if not is_stopword(word):
                corrected = correct(word) if correct else word
                groups.append(Group((corrected,), corrected))
            i += 1
    return groups


def _quote(term: str, prefix: bool) -> str:
    quoted = '"' + term.replace('"', '""') + '"'
    return quoted + "*" if prefix else quoted


def build_match(groups: list[Group], all_terms: bool, prefix_last: bool = False) -> str:
    """An FTS5 expression: groups joined by AND (or OR), alternatives by OR, all quoted."""
    parts = []
    for n, g in enumerate(groups):
        prefix = prefix_last and n == len(groups) - 1 and len(g.alternatives) == 1
        # Once each: the index folds accents, so "omoplato" is "omóplato".
        alternatives = {fold(a): a for a in reversed(g.alternatives)}.values()
        parts.append("(" + " OR ".join(_quote(a, prefix) for a in reversed(alternatives)) + ")")
    return (" AND " if all_terms else " OR ").join(parts)
