"""The search index: built once in memory from the knowledge base, queried with bm25 weights.

Column weights: title 10, aliases 6, places 4, body 1, the same for the Spanish columns; muscles
get a small boost because they are what most people look for. Spanish words are searched with
their Snowball stem's other forms (search/spanish.py). One connection per index, guarded by a
lock: the index is read-only after it is built.
"""

from __future__ import annotations

import html
import sqlite3
import threading
from dataclasses import dataclass, replace
from typing import Any

from rapidfuzz import fuzz, process

from tpatlas.kb import KnowledgeBase
from tpatlas.search.anatomy import answer
from tpatlas.search.documents import KINDS, Document, documents
from tpatlas.search.names import Names
from tpatlas.search.query import Group, build_match, is_stopword, parse
from tpatlas.search.spanish import SpanishVocabulary, fold

COLUMNS = ("title", "aliases", "places", "body", "es_title", "es_aliases", "es_places", "es_body")
WEIGHTS = (0.0, 0.0, 0.0, 10.0, 6.0, 4.0, 1.0, 10.0, 6.0, 4.0, 1.0)  # kind ref url, then COLUMNS
SNIPPET_WORDS = 14
SNIPPET = f"snippet(docs, {{col}}, '<mark>', '</mark>', '…', {SNIPPET_WORDS})"
# Where a snippet may come from, in order: places, body, aliases, title (English, then Spanish).
SNIPPET_COLUMNS = (5, 6, 4, 3, 9, 10, 8, 7)
KIND_BOOST = {"muscle": 1.5, "condition": 1.1}
SENTENCES = ("indication", "cause")  # shown under their muscle's name: the snippet is the sentence
MAX_FORMS = 40  # Spanish forms searched for one word


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


def _vocabulary(docs: list[Document]) -> list[str]:
    """English words of the index (and Spanish names and places), for spelling correction."""
    text = " ".join(" ".join((d.title, d.aliases, d.places, d.body)) for d in docs)
    text += " " + " ".join(fold(" ".join((d.es_title, d.es_aliases, d.es_places))) for d in docs)
    return sorted({w for w in text.lower().split() if w.isalpha() and len(w) > 3})


POOL = 40  # rows read before kinds are weighed


class SearchIndex:
    def __init__(self, kb: KnowledgeBase) -> None:
        self._kb = kb
        self._lock = threading.Lock()
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE docs USING fts5(kind UNINDEXED, ref UNINDEXED, url UNINDEXED, "
            f"{', '.join(COLUMNS)}, tokenize='porter unicode61 remove_diacritics 2')"
        )
        docs = list(documents(kb))
        rows = [
            (d.kind, d.ref, d.url, *(html.escape(getattr(d, c)) for c in COLUMNS)) for d in docs
        ]
        self._db.executemany(f"INSERT INTO docs VALUES ({', '.join('?' * len(rows[0]))})", rows)
        self._vocabulary = _vocabulary(docs)
        self._known = frozenset(self._vocabulary)
        self._name_words = frozenset(
            w
            for d in docs
            if d.kind in ("muscle", "condition", "technique")  # a sentence's title is the sentence
            for w in fold(" ".join((d.title, d.aliases, d.es_title, d.es_aliases))).lower().split()
        )
        self._spanish = SpanishVocabulary(
            " ".join((d.es_title, d.es_aliases, d.es_places, d.es_body)) for d in docs
        )
        self._vocabulary_es = sorted(w for w in self._spanish.known if len(w) > 3)
        self.size = len(rows)
        self._muscles = {d.ref: d for d in docs if d.kind == "muscle"}
        self._summaries = {m.id: m.summary for m in kb.muscles.values()}
        self._names = Names(kb, docs)

    def correct(self, word: str, lang: str = "en") -> str:
        """A misspelt word replaced by the closest word of the index ("infraspinatis"); on a
        Spanish page Spanish words are tried first ("infraespinozo" -> "infraespinoso")."""
        if len(word) < 4 or not word.isalpha() or is_stopword(word):
            return word
        if word in self._known or word in self._spanish:
            return word
        # Short words need a closer match: "ouch" is not a misspelt "touch".
        cutoff = 84 if len(word) >= 6 else 90
        vocabularies = [self._vocabulary_es, self._vocabulary] if lang == "es" else []
        for vocabulary in vocabularies or [self._vocabulary]:
            hits = process.extract(fold(word), vocabulary, scorer=fuzz.ratio, score_cutoff=cutoff)
            if hits:
                # equally close, a word of a name wins: "levater" is "levator", not "leather"
                best = max(h[1] for h in hits)
                tied = [str(h[0]) for h in hits if h[1] == best]
                return next((w for w in tied if w in self._name_words), tied[0])
        return word

    def _spanish_forms(self, groups: list[Group], lang: str, prefix: bool) -> list[Group]:
        """Each word also as the Spanish words that share its stem: always on a Spanish page,
        and on an English page for a word the English text does not have."""
        out = []
        for n, g in enumerate(groups):
            last = prefix and n == len(groups) - 1
            if g.word and not last and (lang == "es" or g.word not in self._known):
                forms = sorted(self._spanish.forms(g.word) - {fold(g.word)})[:MAX_FORMS]
                g = Group((g.word, *forms), g.word)
            out.append(g)
        return out

    def _run(
        self,
        match: str,
        kinds: tuple[str, ...],
        limit: int,
        ref: str | None = None,
        lang: str = "en",
    ) -> list[SearchResult]:
        only = " AND ref = ?" if ref else ""
        snippets = ", ".join(SNIPPET.format(col=c) for c in SNIPPET_COLUMNS)
        sql = (
            f"SELECT kind, ref, url, title, es_title, {snippets}, "
            f"bm25(docs, {', '.join(str(w) for w in WEIGHTS)}) FROM docs WHERE docs MATCH ? "
            f"AND kind IN ({', '.join('?' * len(kinds))}){only} ORDER BY rank LIMIT ?"
        )
        with self._lock:
            rows = self._db.execute(
                # a wide pool, boosted by kind afterwards: many sentences that use a word must
                # not crowd out the entry it names ("lumbalgia")
                sql,
                (match, *kinds, *([ref] if ref else []), max(limit * 3, POOL)),
            ).fetchall()
        results = [
            SearchResult(
                kind,
                rid,
                html.unescape(title_es if lang == "es" and title_es else title),
                _snippet(row[5:-1], lang, sentence=kind in SENTENCES),
                -row[-1] * KIND_BOOST.get(kind, 1.0),
                url,
            )
            for row in rows
            for kind, rid, url, title, title_es in [row[:5]]
        ]
        # A muscle scores at least as well as its best matching sentence ("teeth grinding").
        best: dict[str, float] = {}
        for r in results:
            if "/" in r.id:
                parent = r.id.split("/", 1)[0]
                best[parent] = max(best.get(parent, 0.0), r.score)
        results = [replace(r, score=max(r.score, best.get(r.id, 0.0))) for r in results]
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
        Titles and snippets are in ``lang``: an English reader never sees a Spanish fragment."""
        lang = "es" if lang == "es" else "en"
        answers = self._answers(text, lang) if "muscle" in kinds else []
        found = self._text_search(text, limit, kinds, prefix, lang)
        seen = {a.id for a in answers}
        return [*answers, *(r for r in found if r.id not in seen)][:limit]

    def _title(self, mid: str, lang: str) -> str:
        d = self._muscles[mid]
        return d.es_title if lang == "es" and d.es_title else d.title

    def _answers(self, text: str, lang: str) -> list[SearchResult]:
        """Muscles that answer an anatomy question ("supplied by the axillary nerve")."""
        return [
            SearchResult(
                "muscle",
                a.muscle,
                self._title(a.muscle, lang),
                html.escape(a.reason),
                a.score,
                self._muscles[a.muscle].url,
            )
            for a in answer(self._kb, text, lang=lang)
        ]

    def _text_search(
        self, text: str, limit: int, kinds: tuple[str, ...], prefix: bool, lang: str
    ) -> list[SearchResult]:
        """Results for every word if possible, otherwise for any word."""
        groups = self._spanish_forms(parse(text, lambda w: self.correct(w, lang)), lang, prefix)
        if not groups:
            return []
        results = self._run(build_match(groups, True, prefix), kinds, limit, lang=lang)
        if not results and len(groups) > 1:
            results = self._run(build_match(groups, False, prefix), kinds, limit, lang=lang)
        any_word = build_match(groups, False, prefix)
        results = self._name_first(text, any_word, results, kinds, lang)
        results = self._muscles_named(groups, results, kinds, lang)
        return self._muscles_of_sections(results, kinds, lang)[:limit]

    def _muscles_named(
        self, groups: list[Group], results: list[SearchResult], kinds: tuple[str, ...], lang: str
    ) -> list[SearchResult]:
        """A muscle named by one word of the query ("piriformus syndrome", once corrected) is
        listed right after the first result, even when the whole query matched something else."""
        if "muscle" not in kinds or not results:
            return results
        listed = {r.id for r in results}
        extra = []
        for g in groups:
            named = self._names.get(g.word) if g.word else None
            if named and named[0] == "muscle" and named[1] not in listed:
                match = build_match([g], True)
                extra += self._run(match, ("muscle",), 1, ref=named[1], lang=lang)
                listed.add(named[1])
        return [results[0], *extra, *results[1:]]

    def _muscles_of_sections(
        self, results: list[SearchResult], kinds: tuple[str, ...], lang: str
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
            if parent not in listed and parent in self._muscles:
                url = self._muscles[parent].url
                title = self._title(parent, lang)
                main.append(SearchResult("muscle", parent, title, r.snippet, r.score, url))
                listed.add(parent)
            sections.append(r)
        return [*main, *sections]

    def _name_first(
        self, text: str, match: str, results: list[SearchResult], kinds: tuple[str, ...], lang: str
    ) -> list[SearchResult]:
        """The entry named comes first; a group named ("isquiotibiales") is followed by its
        members."""
        named, name = self._names.named(text)
        if not named:  # a misspelt name, once corrected: "esternocleidomastoido"
            corrected = " ".join(self.correct(w, lang) for w in text.split())
            named, name = self._names.named(corrected)
        if not named or named[0] not in kinds:
            return results
        first = next((r for r in results if r.id == named[1]), None)
        if first is None:
            found = self._run(match, (named[0],), 1, ref=named[1], lang=lang)
            first = found[0] if found else self._entry(named[1], lang, 0.0)
            if first is None:
                return results
        members = [self._entry(m, lang, first.score) for m in self._names.members_named(name)]
        listed = {first.id, *(m.id for m in members if m)}
        return [first, *(m for m in members if m), *(r for r in results if r.id not in listed)]

    def _entry(self, mid: str, lang: str, score: float) -> SearchResult | None:
        """A muscle as a result of its own, the start of its summary as the snippet."""
        d = self._muscles.get(mid)
        if d is None:
            return None
        words = self._summaries[mid].get(lang)[0].split()
        start = " ".join(words[:SNIPPET_WORDS]) + ("…" if len(words) > SNIPPET_WORDS else "")
        return SearchResult("muscle", mid, self._title(mid, lang), html.escape(start), score, d.url)


def _snippet(candidates: tuple[str, ...], lang: str, sentence: bool = False) -> str:
    """The first fragment that shows a match, in the reader's language: an English page never
    shows Spanish; a Spanish page shows the start of the Spanish text rather than an English
    match, and English only for an entry that has no Spanish text yet. A sentence (shown under
    its muscle's name) is its own snippet."""
    english, spanish = candidates[:4], candidates[4:]
    if sentence:  # places, body, aliases, title: the title is the sentence
        english, spanish = english[3:], spanish[3:]
    for texts in (spanish, english) if lang == "es" else (english,):
        marked = next((c for c in texts if "<mark>" in c), None)
        if marked or any(texts):
            return marked or next(c for c in texts if c)
    return ""


def build_index(kb: KnowledgeBase) -> SearchIndex:
    return SearchIndex(kb)
