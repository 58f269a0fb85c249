"""Trigger Point Atlas: a cited trigger point anatomy reference and clinical aid.

For notebooks and scripts: ``from tpatlas import load_knowledge_base``.
"""

from tpatlas.kb import KnowledgeBase, load_knowledge_base

__all__ = ["KnowledgeBase", "load_knowledge_base"]
__version__ = "0.1.0"
