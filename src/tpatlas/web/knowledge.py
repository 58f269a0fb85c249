"""The web layer's one handle on the knowledge base: loaded once per process, then shared."""

from __future__ import annotations

from tpatlas.kb import KnowledgeBase, load_knowledge_base


def kb() -> KnowledgeBase:
    return load_knowledge_base()
