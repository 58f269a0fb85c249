"""What the finder reads from a description, for the reading tests: the zone kinds, sides left
out, which is what a clinician's marking is compared with."""

from __future__ import annotations

from tpatlas.finder.query import query_from_text
from tpatlas.finder.red_flag_words import hear
from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


def kinds_read(kb: KnowledgeBase, text: str) -> set[str]:
    """The zone kinds read from ``text``, sides left out."""
    return {k for t in understand(text, kb.chart).terms for k in t.kinds}


def places_read(kb: KnowledgeBase, text: str) -> list[set[str]]:
    """Each place the finder reads from ``text``, in order, as zone kinds (sides left out): for
    tests that care how many places were read, not only which zones."""
    query, _ = query_from_text(kb.chart, text)
    return [{z.split("-", 1)[1] for z in place} for place in query.places]


def flags_heard(text: str) -> set[str]:
    """The red flags the words of ``text`` raise (finder/red_flag_words.py), by id."""
    return {f.id for f in hear(text)}
