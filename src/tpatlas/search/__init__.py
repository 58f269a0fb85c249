"""Search: the knowledge base as an SQLite FTS5 index, queried in lay or clinical words.

Pure Python: imports tpatlas.kb, never Django, so it works whatever database holds user data.
"""

from tpatlas.search.engine import SearchIndex, SearchResult, build_index

__all__ = ["SearchIndex", "SearchResult", "build_index"]
