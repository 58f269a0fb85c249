"""The pain finder: a pain drawing or a description in words -> ranked muscles, with reasons,
a small combination that explains the whole drawing, differentials and red flags.

Pure Python: imports tpatlas.kb and tpatlas.bodychart, never Django.
"""

from tpatlas.finder.engine import FinderResult, find
from tpatlas.finder.query import FinderInputError, Query, build_query

__all__ = ["FinderInputError", "FinderResult", "Query", "build_query", "find"]
