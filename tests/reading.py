"""What the finder reads from a description, for the reading tests: the zone kinds, sides left
out, which is what a clinician's marking is compared with."""

from __future__ import annotations

from tpatlas.finder.text import understand
from tpatlas.kb import KnowledgeBase


def kinds_read(kb: KnowledgeBase, text: str) -> set[str]:
    """The zone kinds read from ``text``, sides left out."""
    return {k for t in understand(text, kb.chart).terms for k in t.kinds}
