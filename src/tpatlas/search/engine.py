"""The search index: built once in memory from the knowledge base, queried with bm25 weights.

Column weights: title 10, aliases 6, places 4, body 1; muscles get a small boost because they
are what most people look for. One connection per index, guarded by a lock: the index is
read-only after it is built.
"""

from __future__ import annotations

import html
import sqlite3
import threading
from dataclasses import dataclass
from typing import Any

from rapidfuzz import fuzz, process

from tpatlas.kb import KnowledgeBase
from tpatlas.search.documents import KINDS, documents
from tpatlas.search.query import STOPWORDS, build_match, parse

WEIGHTS = (0.0, 0.0, 0.0, 10.0, 6.0, 4.0, 1.0)  # kind, ref, url, title, aliases, places, body
KIND_BOOST = {"muscle": 1.5, "condition": 1.1}


@dataclass(frozen=True)
class SearchResult:
    kind: str
    id: str
    title: str
    snippet: str
    score: float
    url: str

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "id": self.id,
            "title": self.title,
            "snippet": self.snippet,
            "score": round(self.score, 3),
            "url": self.url,
        }


class SearchIndex:
    def __init__(self, kb: KnowledgeBase) -> None:
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(kind UNINDEXED, ref UNINDEXED, url UNINDEXED, "
            "title, aliases, places, body, tokenize='porter unicode61 remove_diacritics 2')"
        )
        rows = [
            (
                d.kind,
                d.ref,
                d.url,
                *(html.escape(x) for x in (d.title, d.aliases, d.places, d.body)),
            )
            for d in documents(kb)
        ]
        self._db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
        self._vocabulary = sorted(
            {
                w
                for r in rows
                for w in html.unescape(" ".join(r[3:])).lower().split()
                if w.isalpha() and len(w) > 3
            }
        )
        self._known = frozenset(self._vocabulary)
        self.size = len(rows)
        self._muscle_titles = {d.ref: (d.title, d.url) for d in documents(kb) if d.kind == "muscle"}
        # Names people type as they are ("piriformis", "SCM", "glute max"): such an entry comes
        # first, however long its text makes its bm25 score.
        self._names: dict[str, tuple[str, str, str]] = {}
        for d in documents(kb):
            if d.kind in ("muscle", "condition", "technique"):
                for name in (d.title, *d.aliases.split("; ")):
                    self._names.setdefault(" ".join(name.lower().split()), (d.kind, d.ref, d.url))

    def correct(self, word: str) -> str:
        """A misspelt word replaced by the closest word of the index ("infraspinatis")."""
        if word in self._known or len(word) < 4 or not word.isalpha() or word in STOPWORDS:
            return word
        hit = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=84)
        return str(hit[0]) if hit else word

    def _run(
        self, match: str, kinds: tuple[str, ...], limit: int, ref: str | None = None
    ) -> list[SearchResult]:
        only = " AND ref = ?" if ref else ""
        sql = (
            "SELECT kind, ref, url, title, snippet(docs, -1, '<mark>', '</mark>', '…', 14), "
            f"bm25(docs, {', '.join(str(w) for w in WEIGHTS)}) FROM docs WHERE docs MATCH ? "
            f"AND kind IN ({', '.join('?' * len(kinds))}){only} ORDER BY rank LIMIT ?"
        )
        with self._lock:
            rows = self._db.execute(
                sql, (match, *kinds, *([ref] if ref else []), limit * 3)
            ).fetchall()
        results = [
            SearchResult(k, ref, html.unescape(title), snip, -score * KIND_BOOST.get(k, 1.0), url)
            for k, ref, url, title, snip, score in rows
        ]
        return sorted(results, key=lambda r: -r.score)[:limit]

    def search(
        self, text: str, limit: int = 20, kinds: tuple[str, ...] = KINDS, prefix: bool = False
    ) -> list[SearchResult]:
        """Results for every word if possible, otherwise for any word; never raises on input."""
        groups = parse(text, self.correct)
        if not groups:
            return []
        results = self._run(build_match(groups, True, prefix), kinds, limit)
        if not results and len(groups) > 1:
            results = self._run(build_match(groups, False, prefix), kinds, limit)
        results = self._name_first(text, build_match(groups, False, prefix), results, kinds)
        return self._muscles_of_sections(results, kinds)[:limit]

    def _muscles_of_sections(
        self, results: list[SearchResult], kinds: tuple[str, ...]
    ) -> list[SearchResult]:
        """A sentence that matches (a symptom, a cause, a self-help step) brings its muscle in.

        People who type "teeth grinding" want the masseter page, not only the one sentence of it
        that mentions grinding. The muscle takes the sentence's place and score; the sentences
        follow the muscles, conditions and techniques, so a short list still names several muscles.
        """
        if "muscle" not in kinds:
            return results
        listed = {r.id for r in results if r.kind == "muscle"}
        main: list[SearchResult] = []
        sections: list[SearchResult] = []
        for r in results:
            parent = r.id.split("/", 1)[0] if "/" in r.id else None
            if parent is None:
                main.append(r)
                continue
            if parent not in listed and parent in self._muscle_titles:
                title, url = self._muscle_titles[parent]
                main.append(SearchResult("muscle", parent, title, r.snippet, r.score, url))
                listed.add(parent)
            sections.append(r)
        return [*main, *sections]

    def _name_first(
        self, text: str, match: str, results: list[SearchResult], kinds: tuple[str, ...]
    ) -> list[SearchResult]:
        named = self._names.get(" ".join(text.lower().split()))
        if not named or named[0] not in kinds:
            return results
        first = next((r for r in results if r.id == named[1]), None)
        if first is None:
            found = self._run(match, (named[0],), 1, ref=named[1])
            if not found:
                return results
            first = found[0]
        return [first, *(r for r in results if r.id != first.id)]


def build_index(kb: KnowledgeBase) -> SearchIndex:
    return SearchIndex(kb)
