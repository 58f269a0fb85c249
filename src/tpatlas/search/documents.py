"""Turns the knowledge base into search documents, one per thing a reader may look for."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from tpatlas.bodychart.names import kind_name
from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Muscle

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
    # Spanish names and places: searched, but a snippet comes from here only on Spanish pages,
    # so an English reader never sees a Spanish fragment.
    es: str = ""


def _muscle(kb: KnowledgeBase, m: Muscle) -> Document:
    names = [m.latin or "", *m.synonyms, *m.lay_names]
    if m.group:
        names.append(kb.muscles[m.group].name.en)
    names += [kb.muscles[x].name.en for x in m.members]
    places = []
    spanish = [m.name.es or ""]  # so a Spanish reader finds "isquiotibiales" or "rodilla"
    for _, tp in kb.trigger_points(m):
        kinds = (tp.zone, *tp.essential, *tp.spillover)
        places += [kb.chart.kinds[z].name for z in kinds]
        spanish += [kind_name(kb.chart, z, "es") for z in kinds]
    body = [m.summary.en, m.functional_movement.en if m.functional_movement else ""]
    if m.anatomy:
        a = m.anatomy
        body += [a.origin.en, a.insertion.en, a.action.en, a.nerve.name.en, " ".join(a.nerve.roots)]
    body += [tp.description.en + " " + tp.location.en for _, tp in kb.trigger_points(m)]
    # Symptoms and causes also find the muscle itself ("teeth grinding" -> masseter), not only
    # the one sentence that mentions them.
    body += [x.en for x in (*m.indications, *m.causes)]
    return Document(
        "muscle",
        m.id,
        f"/muscles/{m.id}/",
        m.name.en,
        "; ".join(filter(None, names)),
        "; ".join(dict.fromkeys(places)),
        " ".join(body),
        "; ".join(dict.fromkeys(filter(None, spanish))),
    )


def _sections(kb: KnowledgeBase, m: Muscle) -> Iterator[Document]:
    """Indications, causes and self-help the entry itself states (not those a member inherits)."""
    inherited = kb.inherited.get(m.id, frozenset())
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
                )
    if "self_help" not in inherited:
        for i, item in enumerate(m.self_help):
            steps = " ".join(s.en for s in (*item.steps, *item.cautions))
            yield Document(
                "self-help",
                f"{m.id}/self-help/{i}",
                f"/muscles/{m.id}/#self-help",
                f"{item.title.en} ({m.name.en})",
                "",
                "",
                steps,
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
            " ".join([*c.icd10, *c.icd10cm]),
            "",
            c.summary.en + " " + (c.see_clinician.en if c.see_clinician else ""),
            c.name.es or "",
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
        )
