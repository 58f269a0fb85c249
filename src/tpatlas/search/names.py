"""Names people type as they are ("piriformis", "SCM", "glúteo medio", "isquiotibiales").

An entry named comes first, however long its text makes its bm25 score. An entry's own name wins
over another entry's alias: "hamstrings" is the group, not the member that lists its group's name
among its aliases. A group named as such (its own name, its Spanish everyday name, or a nickname
for it alone) is followed by its members; a name it shares with them ("multifidus") is not.
"""

from __future__ import annotations

from tpatlas.kb import KnowledgeBase
from tpatlas.search.documents import Document
from tpatlas.search.facets import nicknames
from tpatlas.search.query import is_stopword
from tpatlas.search.spanish import fold

# Words around a name that do not change what is named: "punto gatillo del glúteo medio" and
# "gluteus medius trigger point" name the muscle.
_NOISE = """trigger point points tp tps muscle muscles pain punto puntos gatillo gatillos pg pgm
    musculo musculos dolor contractura contracturas"""
NAME_NOISE = frozenset(_NOISE.split())
Entry = tuple[str, str, str]  # kind, id, url


def key(name: str) -> str:
    """A name as it is looked up: lower case, accents folded, spaces single."""
    return " ".join(fold(name).split())


class Names:
    def __init__(self, kb: KnowledgeBase, docs: list[Document]) -> None:
        self._names: dict[str, Entry] = {}
        named = [d for d in docs if d.kind in ("muscle", "condition", "technique")]
        for d in named:
            for name in (d.title, d.es_title):
                self._names.setdefault(key(name), (d.kind, d.ref, d.url))
        for d in named:
            for name in (*d.aliases.split("; "), *d.es_aliases.split("; ")):
                self._names.setdefault(key(name), (d.kind, d.ref, d.url))
        self._names.pop("", None)
        self.members = {m.id: m.members for m in kb.muscles.values() if m.members}
        titles = {d.ref: (d.title, d.es_title) for d in docs if d.ref in self.members}
        self._groups = {key(t): gid for gid, ts in titles.items() for t in ts if t} | {
            key(k): ids[0]
            for k, ids in nicknames().items()
            if len(ids) == 1 and ids[0] in self.members
        }
        # A group's Spanish everyday name ("epicondíleos") names it as a group, unless a member
        # is found under the same name ("abdominales" is also the rectus abdominis).
        self._groups |= {
            key(n): m.id
            for m in kb.muscles.values()
            if m.members
            for n in m.lay_names_es
            if self._names.get(key(n), ("", "", ""))[1] == m.id
        }

    def get(self, name: str) -> Entry | None:
        return self._names.get(key(name))

    def named(self, text: str) -> tuple[Entry | None, str]:
        """The entry a query names, alone or with words that change nothing ("punto gatillo"),
        and the name as it was found."""
        words = [w for w in key(text).split() if w not in NAME_NOISE]
        while words and is_stopword(words[0]):
            words.pop(0)
        for k in (key(text), " ".join(words)):
            if k in self._names:
                return self._names[k], k
        return None, ""

    def members_named(self, name: str) -> tuple[str, ...]:
        """The members of the group this name names as a group, else ()."""
        return self.members.get(self._groups.get(name, ""), ())
