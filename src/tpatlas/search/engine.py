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
from tpatlas.search.anatomy import answer
from tpatlas.search.documents import KINDS, documents
from tpatlas.search.query import STOPWORDS, Group, build_match, parse

WEIGHTS = (0.0, 0.0, 0.0, 10.0, 6.0, 4.0, 1.0, 5.0)  # kind ref url title aliases places body es
SNIPPET = "snippet(docs, {col}, '<mark>', '</mark>', '…', 14)"
ENGLISH_COLUMNS = (
    5,
    6,
    4,
    3,
)  # places, body, aliases, title: where an English snippet may come from
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
        self._kb = kb
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(kind UNINDEXED, ref UNINDEXED, url UNINDEXED, "
            "title, aliases, places, body, es, "
            "tokenize='porter unicode61 remove_diacritics 2')"
        )
        rows = [
            (
                d.kind,
                d.ref,
                d.url,
                *(html.escape(x) for x in (d.title, d.aliases, d.places, d.body, d.es)),
            )
            for d in documents(kb)
        ]
        self._db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
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
        # An entry's own name wins over another entry's alias: "hamstrings" is the group, not
        # the member that lists its group's name among its aliases.
        self._names: dict[str, tuple[str, str, str]] = {}
        named = [d for d in documents(kb) if d.kind in ("muscle", "condition", "technique")]
        for d in named:
            self._names.setdefault(" ".join(d.title.lower().split()), (d.kind, d.ref, d.url))
        for d in named:
            for name in (*d.aliases.split("; "), d.es.split("; ")[0]):  # the Spanish name too
                self._names.setdefault(" ".join(name.lower().split()), (d.kind, d.ref, d.url))

    def correct(self, word: str) -> str:
        """A misspelt word replaced by the closest word of the index ("infraspinatis")."""
        if word in self._known or len(word) < 4 or not word.isalpha() or word in STOPWORDS:
            return word
        # Short words need a closer match: "ouch" is not a misspelt "touch".
        cutoff = 84 if len(word) >= 6 else 90
        hit = process.extractOne(word, self._vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
        return str(hit[0]) if hit else word

    def _run(
        self,
        match: str,
        kinds: tuple[str, ...],
        limit: int,
        ref: str | None = None,
        lang: str = "en",
    ) -> list[SearchResult]:
        only = " AND ref = ?" if ref else ""
        snippets = ", ".join(SNIPPET.format(col=c) for c in ENGLISH_COLUMNS)
        sql = (
            f"SELECT kind, ref, url, title, {snippets}, {SNIPPET.format(col=7)}, "
            f"bm25(docs, {', '.join(str(w) for w in WEIGHTS)}) FROM docs WHERE docs MATCH ? "
            f"AND kind IN ({', '.join('?' * len(kinds))}){only} ORDER BY rank LIMIT ?"
        )
        with self._lock:
            rows = self._db.execute(
                sql, (match, *kinds, *([ref] if ref else []), limit * 3)
            ).fetchall()
        results = [
            SearchResult(
                k,
                ref,
                html.unescape(title),
                _snippet(row[4:-1], lang),
                -score * KIND_BOOST.get(k, 1.0),
                url,
            )
            for row in rows
            for k, ref, url, title, score in [(*row[:4], row[-1])]
        ]
        return sorted(results, key=lambda r: -r.score)[:limit]

    def search(
        self,
        text: str,
        limit: int = 20,
        kinds: tuple[str, ...] = KINDS,
        prefix: bool = False,
        lang: str = "en",
    ) -> list[SearchResult]:
        """Anatomy answers first (with why), then the text search; never raises on input.
        Snippets are in ``lang``: an English reader never sees a Spanish fragment."""
        answers = self._answers(text) if "muscle" in kinds else []
        found = self._text_search(text, limit, kinds, prefix, lang)
        seen = {a.id for a in answers}
        return [*answers, *(r for r in found if r.id not in seen)][:limit]

    def _answers(self, text: str) -> list[SearchResult]:
        """Muscles that answer an anatomy question ("supplied by the axillary nerve")."""
        out = []
        for a in answer(self._kb, text):
            title, url = self._muscle_titles[a.muscle]
            out.append(SearchResult("muscle", a.muscle, title, html.escape(a.reason), a.score, url))
        return out

    def _text_search(
        self, text: str, limit: int, kinds: tuple[str, ...], prefix: bool, lang: str
    ) -> list[SearchResult]:
        """Results for every word if possible, otherwise for any word."""
        groups = parse(text, self.correct)
        if not groups:
            return []
        results = self._run(build_match(groups, True, prefix), kinds, limit, lang=lang)
        if not results and len(groups) > 1:
            results = self._run(build_match(groups, False, prefix), kinds, limit, lang=lang)
        results = self._name_first(text, build_match(groups, False, prefix), results, kinds)
        results = self._muscles_named(groups, results, kinds)
        return self._muscles_of_sections(results, kinds)[:limit]

    def _muscles_named(
        self, groups: list[Group], results: list[SearchResult], kinds: tuple[str, ...]
    ) -> list[SearchResult]:
        """A muscle named by one word of the query ("piriformus syndrome", once corrected) is
        listed right after the first result, even when the whole query matched something else."""
        if "muscle" not in kinds or not results:
            return results
        listed = {r.id for r in results}
        extra = []
        for g in groups:
            named = self._names.get(g.alternatives[0]) if len(g.alternatives) == 1 else None
            if named and named[0] == "muscle" and named[1] not in listed:
                found = self._run(f'"{g.alternatives[0]}"', ("muscle",), 1, ref=named[1])
                extra += found
                listed.add(named[1])
        return [results[0], *extra, *results[1:]]

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


def _snippet(candidates: tuple[str, ...], lang: str) -> str:
    """The first fragment in the reader's language that shows a match; on an English page a
    match found only in Spanish text shows the start of the English text instead."""
    *english, spanish = candidates
    if lang == "es" and "<mark>" in spanish:
        return spanish
    marked = next((c for c in english if "<mark>" in c), None)
    return marked or next((c for c in english if c), "")


def build_index(kb: KnowledgeBase) -> SearchIndex:
    return SearchIndex(kb)
