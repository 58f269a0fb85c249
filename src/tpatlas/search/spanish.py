"""Spanish words for search: accent folding, Snowball stemming and the index's Spanish vocabulary.

SQLite's FTS5 has no Spanish stemmer, so the Spanish columns hold the text as written (snippets
stay readable and highlighted) and each Spanish word of a query is searched as every word of the
index that shares its Snowball stem: "rodilla" also finds "rodillas", "inervado" finds
"inervación" and "inerva", "sentado" finds "sentarse". Accents never matter: the index folds
them ("omoplato" is "omóplato"), and so does the vocabulary.

>>> v = SpanishVocabulary(["Dolor en las rodillas", "La rodilla se flexiona"])
>>> sorted(v.forms("rodilla"))
['rodilla', 'rodillas']
>>> sorted(v.forms("flexión"))
['flexiona']
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Iterable
from functools import cache

import snowballstemmer  # type: ignore[import-untyped]

PLURAL = 2  # letters a plural adds: "lumbar" also finds "lumbares", which Snowball stems apart


def fold(text: str) -> str:
    """Lower case without accents: "Omóplato" -> "omoplato" (ñ becomes n, as the index does)."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# Spanish words that carry no meaning for search: articles, prepositions, pronouns, common verbs
# and the words for pain, which are in almost every entry ("me duele la rodilla" is the knee).
_STOPWORDS = """a al algo ante con como cual cuales cuando de del desde donde e el ella ellos en
    entre es esa ese esta estar estoy este esto hay he la las le les lo los me mi mis muy no nos
    o os para pero por porque que se ser si sin sobre son su sus te ti tras tu tus u un una unas
    uno unos y ya yo estado estando tengo tiene tienen siento noto notar ha han hace ocurre pasa
    dolor dolores duele duelen doler dolorido dolorida molestia molestias molesta molestan puede
    pueden qué cuál cuáles cómo cuándo dónde mucho mucha muchos muchas"""
STOPWORDS_ES = frozenset(fold(w) for w in _STOPWORDS.split())


@cache
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("spanish")


@cache
def stem(word: str) -> str:
    """The Snowball stem of a word, accents folded: "isquiotibiales" -> "isquiotibial"."""
    return fold(str(_stemmer().stemWord(word.lower())))


def words(text: str) -> list[str]:
    return re.findall(r"[^\W\d_]+", text.lower())


class SpanishVocabulary:
    """Every word of the Spanish texts, grouped by stem, as the index will match them."""

    def __init__(self, texts: Iterable[str]) -> None:
        self._by_stem: dict[str, set[str]] = defaultdict(set)
        self._by_fold: dict[str, set[str]] = defaultdict(set)
        for text in texts:
            for w in set(words(text)):
                folded = fold(w)
                self._by_fold[folded].add(w)
                self._by_stem[stem(w)].add(folded)
        self._words = sorted(self._by_fold)
        self.known = frozenset(self._by_fold)

    def __contains__(self, word: str) -> bool:
        return fold(word) in self.known

    def _stems_of(self, word: str) -> set[str]:
        """The stem of the word as typed and of each accented spelling the texts use, so
        "inervacion" is stemmed as "inervación" would be."""
        return {stem(word), *(stem(w) for w in self._by_fold.get(fold(word), ()))}

    def forms(self, word: str) -> set[str]:
        """Words of the texts (accents folded) that share the word's stem, and its plural or
        singular where Snowball stems them apart ("lumbar" and "lumbares")."""
        folded = fold(word)
        out: set[str] = set()
        for s in self._stems_of(word):
            out |= self._by_stem.get(s, set())
        i = bisect_left(self._words, folded)
        while i < len(self._words) and self._words[i].startswith(folded):
            if len(self._words[i]) - len(folded) <= PLURAL:
                out.add(self._words[i])
            i += 1
        for suffix in ("es", "s"):
            if folded.endswith(suffix) and folded[: -len(suffix)] in self.known:
                out.add(folded[: -len(suffix)])
        return out
