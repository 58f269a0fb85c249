"""The knowledge base: schema, loader, cross-checks and the immutable index.

Pure Python: may import tpatlas.bodychart, never Django or the web layer.
"""

from tpatlas.kb.errors import KnowledgeBaseError, Problem
from tpatlas.kb.index import KnowledgeBase, Referral, build_knowledge_base, load_knowledge_base

__all__ = [
    "KnowledgeBase",
    "KnowledgeBaseError",
    "Problem",
    "Referral",
    "build_knowledge_base",
    "load_knowledge_base",
]
