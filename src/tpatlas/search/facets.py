"""Reads an anatomy question into facets, and each muscle's entry into the facts they ask about.

A facet is one thing the question constrains: the nerve ("axillary"), the roots (C5, C6), a
movement at a joint ("elbow:extension"), an attachment landmark ("coracoid process"), or the
muscle it must oppose. The words come from data/anatomy_words.yaml and data/nicknames.yaml.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from tpatlas.kb import KnowledgeBase

ROOT = re.compile(r"\b([ctls])\s?(\d{1,2})(?:\s*(?:-|–|to|through)\s*([ctls])?\s?(\d{1,2}))?\b")
LETTERS = "ctls"
GENERIC_NERVE_WORDS = {"nerve", "nerves", "of", "the", "and", "from", "with", "a", "small",
                       "also", "sometimes", "branch", "branches", "division", "rami",
                       "ramus", "nervio", "nervios", "del", "de", "la", "el", "los", "las", "y",
                       "con", "ramo", "ramos", "rama", "ramas", "porcion",
                       "par"}  # fmt: skip


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.lower().replace("’", "'"))
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\b(n|nn)\.", " nerve ", text)
    return re.sub(r"\b(m|mm)\.", " muscle ", text)


def words_of(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", normalise(text))


@cache
def lexicon() -> dict[str, Any]:
    path = resources.files("tpatlas.search") / "data" / "anatomy_words.yaml"
    data: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@cache
def _nickname_data() -> dict[str, dict[str, list[str]]]:
    path = resources.files("tpatlas.search") / "data" / "nicknames.yaml"
    data: dict[str, dict[str, list[str]]] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return data


@cache
def nicknames() -> dict[str, tuple[str, ...]]:
    """Abbreviations and nicknames, English and Spanish -> muscle ids."""
    return {k: tuple(v) for section in _nickname_data().values() for k, v in section.items()}


@cache
def spanish_nicknames() -> dict[str, tuple[str, ...]]:
    """Spanish lay names and gym words for muscles ("isquios", "gemelos") -> muscle ids."""
    return {k: tuple(v) for k, v in _nickname_data().get("spanish", {}).items()}


@cache
def abbreviations() -> frozenset[str]:
    return frozenset(_nickname_data()["abbreviations"])


@dataclass(frozen=True)
class MuscleFacts:
    id: str
    name: str
    name_norm: str
    nerve: str
    nerve_norm: str
    roots: tuple[str, ...]
    origin: str
    origin_norm: str
    insertion: str
    insertion_norm: str
    action: str
    movements: tuple[str, ...]
    assists: tuple[str, ...]
    antagonists_norm: str  # English and Spanish names
    # The same fields in Spanish ("" where the entry has no Spanish text yet)
    name_es: str = ""
    nerve_es: str = ""
    nerve_es_norm: str = ""
    origin_es: str = ""
    origin_es_norm: str = ""
    insertion_es: str = ""
    insertion_es_norm: str = ""
    action_es: str = ""

    @property
    def roots_text(self) -> str:
        return ", ".join(self.roots)

    def said(self, field: str, lang: str) -> str:
        """A field in the reader's language, or in English where it has no Spanish text."""
        return (getattr(self, f"{field}_es") if lang == "es" else "") or getattr(self, field)


@cache
def facts(kb: KnowledgeBase) -> dict[str, MuscleFacts]:
    out = {}
    for m in kb.muscles.values():
        a = m.anatomy
        if a is None:
            continue
        es = [x or "" for x in (m.name.es, a.nerve.name.es, a.origin.es, a.insertion.es)]
        out[m.id] = MuscleFacts(
            m.id, m.name.en, " ".join(words_of(m.name.en)), a.nerve.name.en,
            " ".join(words_of(a.nerve.name.en)), a.nerve.roots, a.origin.en,
            " ".join(words_of(a.origin.en)), a.insertion.en, " ".join(words_of(a.insertion.en)),
            a.action.en, a.movements, a.assists,
            " ".join(words_of(" ".join(f"{x.en} {x.es or ''}" for x in a.antagonists))),
            es[0], es[1], " ".join(words_of(es[1])), es[2], " ".join(words_of(es[2])), es[3],
            " ".join(words_of(es[3])), a.action.es or "",
        )  # fmt: skip
    return out


@cache
def _vocabularies(kb: KnowledgeBase) -> tuple[list[str], list[str], dict[str, str]]:
    """Nerve words, attachment words, and every muscle name or alias -> its id."""
    nerve: set[str] = set()
    attach: set[str] = set()
    for f in facts(kb).values():
        nerve |= set(f"{f.nerve_norm} {f.nerve_es_norm}".split()) - GENERIC_NERVE_WORDS
        for norm in (f.origin_norm, f.insertion_norm, f.origin_es_norm, f.insertion_es_norm):
            attach |= set(norm.split())
    names: dict[str, str] = {}
    for m in kb.muscles.values():
        for alias in (m.name.en, m.latin or "", *m.synonyms, m.name.es or ""):
            if alias:
                names.setdefault(" ".join(words_of(alias)), m.id)
    return sorted(nerve), sorted(attach), names


def _closest(word: str, vocabulary: list[str]) -> str:
    if word in vocabulary or len(word) < 5:
        return word
    hit = process.extractOne(word, vocabulary, scorer=fuzz.ratio, score_cutoff=80)
    return str(hit[0]) if hit else word


def _roots(text: str) -> frozenset[str]:
    roots: set[str] = set()
    for m in ROOT.finditer(text):
        first, start = m.group(1), int(m.group(2))
        last = m.group(3) or first
        end = int(m.group(4)) if m.group(4) else start
        i, n = LETTERS.index(first), start
        while (LETTERS[i], n) != (last, end) and len(roots) < 12:
            roots.add(f"{LETTERS[i].upper()}{n}")
            n += 1
            limit = {"c": 8, "t": 12, "l": 5, "s": 5}[LETTERS[i]]
            if n > limit and LETTERS[i] != last:
                i, n = i + 1, 1
            elif n > limit:
                break
        roots.add(f"{last.upper()}{end}")
    return frozenset(roots)


@cache
def phrase_pattern(section: str) -> tuple[re.Pattern[str], dict[str, str]]:
    """One regex for every phrase of a lexicon section (longest first), and phrase -> name."""
    table: dict[str, list[str]] = lexicon()[section]
    names = {p: name for name, ps in table.items() for p in ps}
    alternatives = "|".join(re.escape(p) for p in sorted(names, key=len, reverse=True))
    return re.compile(rf"\b(?:{alternatives})\b"), names


def _phrases(text: str, section: str) -> tuple[set[str], str]:
    """Names whose phrases occur in ``text`` (longest first); the text with them blanked."""
    pattern, names = phrase_pattern(section)
    found = {names[m.group(0)] for m in pattern.finditer(text)}
    return found, pattern.sub(" ", text)


def any_word(words: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    """A regex for any of ``words`` at the start of a word."""
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + ")")


@dataclass
class Facets:
    nicknamed: tuple[str, ...] = ()
    nickname_reason: str = ""
    nerve_words: tuple[str, ...] = ()
    roots: frozenset[str] = frozenset()
    movements: frozenset[str] = frozenset()
    landmarks: tuple[str, ...] = ()
    wants_origin: bool = False
    wants_insertion: bool = False
    antagonist: bool = False
    targets: tuple[str, ...] = ()
    target_family: set[str] = field(default_factory=set)
    named: set[str] = field(default_factory=set)  # muscle names said in the question
    landmark_only: bool = False  # "sitting bone": a place as much as a question
    target_names: tuple[str, ...] = ()
    referral: dict[str, float] = field(default_factory=dict)  # muscle -> how common there
    referral_place: str = ""
    lang: str = "en"  # the language of the reasons

    @property
    def is_question(self) -> bool:
        return any(self.asked())

    def asked(self) -> tuple[bool, bool, bool, bool, bool, bool]:
        moving = bool(self.movements) and not self.antagonist
        return (bool(self.nerve_words), bool(self.roots), moving, bool(self.landmarks),
                self.antagonist and bool(self.targets), bool(self.referral))  # fmt: skip

    @staticmethod
    def opposite(movement: str) -> str | None:
        joint, name = movement.split(":", 1)
        table = lexicon()["opposites"]
        other = table.get(name) or next((k for k, v in table.items() if v == name), None)
        return f"{joint}:{other}" if other else None


# How an attachment is said in a reason ("arises from ...", "se inserta en ...").
VERBS = {"origin": {"en": "arises from", "es": "se origina en"},
         "insertion": {"en": "inserts on", "es": "se inserta en"}}  # fmt: skip


def lower_first(text: str) -> str:
    """A field as the middle of a reason: "Axillary nerve" -> "axillary nerve"."""
    return text[:1].lower() + text[1:]
