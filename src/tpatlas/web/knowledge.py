"""The web layer's one handle on the knowledge base and its search index, built once per process."""

from __future__ import annotations

from functools import cache

from tpatlas.kb import KnowledgeBase, load_knowledge_base
from tpatlas.search import SearchIndex, build_index


def kb() -> KnowledgeBase:
    return load_knowledge_base()


@cache
def search_index() -> SearchIndex:
    return build_index(kb())
