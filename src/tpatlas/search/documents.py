"""Turns the knowledge base into search documents, one per thing a reader may look for.

Each document has English fields and the same fields in Spanish (empty where the knowledge base
has no Spanish text yet): a Spanish page shows the Spanish title and a Spanish snippet, an
English page never shows a Spanish fragment, and either language finds the entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tpatlas.bodychart.names import kind_name
from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Muscle, Text
from tpatlas.search.facets import spanish_nicknames

KINDS = ("muscle", "indication", "cause", "condition", "self-help", "technique")


@dataclass(frozen=True)
class Document:
    kind: str
    ref: str  # the result id: a muscle, condition or technique id, or "muscle-id/section/n"
    url: str
    title: str
    aliases: str  # names, synonyms, lay names, codes: weighted high
    places: str  # where it lies and where it refers pain
    body: str
    es_title: str = ""
    es_aliases: str = ""  # Spanish everyday names (lay_names_es) and data/nicknames.yaml `spanish`
    es_places: str = ""
    es_body: str = ""


def es(text: Text | None) -> str:
    return (text.es or "") if text else ""


def en(text: Text | None) -> str:
    return text.en if text else ""


def _nicknames_es(mid: str) -> list[str]:
    """Spanish nicknames and gym words for the muscle from search data ("isquios", "gemelos")."""
    return [name for name, ids in spanish_nicknames().items() if mid in ids]


def _muscle(kb: KnowledgeBase, m: Muscle) -> Document:
    names = [m.latin or "", *m.synonyms, *m.lay_names]
    names_es = [*m.lay_names_es, *_nicknames_es(m.id)]
    if m.group:
        names.append(kb.muscles[m.group].name.en)
        names_es.append(es(kb.muscles[m.group].name))
    names += [kb.muscles[x].name.en for x in m.members]
    names_es += [es(kb.muscles[x].name) for x in m.members]
    places: list[str] = []
    places_es: list[str] = []  # so a Spanish reader finds "rodilla" or "nalga"
    for _, tp in kb.trigger_points(m):
        kinds = (tp.zone, *tp.essential, *tp.spillover)
        places += [kb.chart.kinds[z].name for z in kinds]
        places_es += [kind_name(kb.chart, z, "es") for z in kinds]
    texts = [m.summary, m.functional_movement]
    if m.anatomy:
        a = m.anatomy
        texts += [a.origin, a.insertion, a.action, a.nerve.name]
    body = [*map(en, texts), " ".join(m.anatomy.nerve.roots) if m.anatomy else ""]
    body_es = [*map(es, texts)]
    for _, tp in kb.trigger_points(m):
        body += [tp.description.en + " " + tp.location.en]
        body_es += [es(tp.description) + " " + es(tp.location)]
    # Symptoms and causes also find the muscle itself ("teeth grinding" -> masseter), not only
    # the one sentence that mentions them.
    body += [x.en for x in (*m.indications, *m.causes)]
    body_es += [es(x) for x in (*m.indications, *m.causes)]
    return Document(
        "muscle",
        m.id,
        f"/muscles/{m.id}/",
        m.name.en,
        "; ".join(filter(None, names)),
        "; ".join(dict.fromkeys(places)),
        " ".join(body),
        es(m.name),
        "; ".join(dict.fromkeys(filter(None, names_es))),
        "; ".join(dict.fromkeys(filter(None, places_es))),
        " ".join(filter(None, body_es)),
    )


def _sections(kb: KnowledgeBase, m: Muscle) -> Iterator[Document]:
    """Indications, causes and self-help the entry itself states (not those a member inherits)."""
    inherited = kb.inherited.get(m.id, frozenset())
    name_es = es(m.name)
    for section, kind in (("indications", "indication"), ("causes", "cause")):
        if section not in inherited:
            for i, text in enumerate(getattr(m, section)):
                yield Document(
                    kind,
                    f"{m.id}/{section}/{i}",
                    f"/muscles/{m.id}/#{section}",
                    text.en,
                    "",
                    "",
                    m.name.en,
                    es(text),
                    es_body=name_es,
                )
    if "self_help" not in inherited:
        for i, item in enumerate(m.self_help):
            steps = (*item.steps, *item.cautions)
            title_es = es(item.title)
            yield Document(
                "self-help",
                f"{m.id}/self-help/{i}",
                f"/muscles/{m.id}/#self-help",
                f"{item.title.en} ({m.name.en})",
                "",
                "",
                " ".join(s.en for s in steps),
                f"{title_es} ({name_es or m.name.en})" if title_es else "",
                es_body=" ".join(filter(None, map(es, steps))),
            )


def documents(kb: KnowledgeBase) -> Iterator[Document]:
    for m in kb.muscles.values():
        yield _muscle(kb, m)
        yield from _sections(kb, m)
    for c in kb.conditions.values():
        yield Document(
            "condition",
            c.id,
            f"/conditions/#{c.id}",
            c.name.en,
            "; ".join([" ".join([*c.icd10, *c.icd10cm]), *_abbreviations(c.summary.en)]),
            "",
            c.summary.en + " " + en(c.see_clinician),
            es(c.name),
            es_body=" ".join(filter(None, (es(c.summary), es(c.see_clinician)))),
        )
    for t in kb.techniques.values():
        yield Document(
            "technique",
            t.id,
            f"/techniques/#{t.id}",
            t.name.en,
            "",
            "",
            " ".join([t.summary.en, t.evidence.en, *(x.en for x in t.cautions)]),
            es(t.name),
            es_body=" ".join(filter(None, (es(t.summary), es(t.evidence), *map(es, t.cautions)))),
        )


def _abbreviations(text: str) -> list[str]:
    """Abbreviations a summary defines in brackets ("the jaw joint (TMJ, TMD)"): a condition is
    searched by them as by its name."""
    return [
        a
        for group in re.findall(r"\(([^)]*)\)", text)
        for a in re.findall(r"\b[A-Z]{2,6}\b", group)
    ]
