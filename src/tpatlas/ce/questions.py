"""A course's question bank: the written questions and those generated from the knowledge base
(nerve, roots, attachments, where a trigger point refers, which condition is an emergency).

Generated questions are built from the entries, so they change when the atlas changes, and each
cites the monograph section that teaches it. Distractors are picked with a seed made from the
question's own id, so the same question keeps the same options from one sync to the next.

>>> from tpatlas.ce.catalogue import load_catalogue
>>> bank = question_bank(load_catalogue().courses["reading-referral-charts"])
>>> sorted(bank["gen-referral-chart-upper-trapezius-anterior"].zones)
['ear-mastoid', 'posterolateral-neck', 'temple']
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass

from tpatlas.ce.schema import Cite, Course, Question, QuestionSource
from tpatlas.kb import KnowledgeBase, load_knowledge_base
from tpatlas.kb.schema import Muscle, Text

LETTERS = "abcdefgh"


@dataclass(frozen=True)
class Option:
    id: str  # a letter, stable within the question
    text: Text
    correct: bool


@dataclass(frozen=True)
class Item:
    """One question as an attempt uses it."""

    id: str
    kind: str  # single, multiple, chart, which-muscle
    prompt: Text
    options: tuple[Option, ...]
    zones: frozenset[str]
    explanation: Text
    cites: tuple[Cite, ...]
    mark: str | None = None  # chart questions: the zone kind where the trigger point lies

    @property
    def right(self) -> frozenset[str]:
        """The right answer: option ids, or zone kinds for a chart question."""
        return (
            self.zones
            if self.kind == "chart"
            else frozenset(o.id for o in self.options if o.correct)
        )


def _text(en: str, es: str) -> Text:
    return Text(en=en, es=es)


def _written(q: Question) -> Item:
    options = tuple(Option(LETTERS[i], o.text, o.correct) for i, o in enumerate(q.options))
    return Item(q.id, q.kind, q.prompt, options, frozenset(q.zones), q.explanation, q.cites)


def _choice(qid: str, right: Text, pool: list[Text], right_key: str) -> tuple[Option, ...]:
    """The right option and three distractors that say something else, stably chosen."""
    others = sorted({t.en: t for t in pool if t.en != right_key}.values(), key=lambda t: t.en)
    picked = random.Random(qid).sample(others, min(3, len(others)))
    return tuple(Option(LETTERS[i], t, t.en == right_key) for i, t in enumerate([right, *picked]))


def _individuals(kb: KnowledgeBase, ids: tuple[str, ...]) -> Iterator[Muscle]:
    """The muscles named, groups opened into their members: questions are about one muscle."""
    for mid in ids:
        m = kb.muscles[mid]
        yield from (kb.members(m) if m.is_group else [m])


def _anatomy_item(kb: KnowledgeBase, kind: str, m: Muscle) -> Item | None:
    if m.anatomy is None:
        return None
    a = m.anatomy
    others = [x for x in kb.muscles.values() if x.anatomy and x.id != m.id]
    qid = f"gen-{kind}-{m.id}"
    name_en, name_es = m.name.en, m.name.es or m.name.en
    if kind == "nerve":
        prompt = _text(f"Which nerve supplies {name_en}?", f"¿Qué nervio inerva el {name_es}?")
        right, pool, key = (
            a.nerve.name,
            [x.anatomy.nerve.name for x in others if x.anatomy],
            a.nerve.name.en,
        )
        explanation = _text(
            f"{name_en}: {a.nerve.name.en}.", f"{name_es}: {a.nerve.name.es or a.nerve.name.en}."
        )
    elif kind == "roots":
        roots = ", ".join(a.nerve.roots)
        prompt = _text(
            f"Which spinal segments supply {name_en}?",
            f"¿Qué segmentos medulares inervan el {name_es}?",
        )
        right = Text(en=roots)
        pool = [Text(en=", ".join(x.anatomy.nerve.roots)) for x in others if x.anatomy]
        key, explanation = roots, _text(f"{name_en}: {roots}.", f"{name_es}: {roots}.")
    else:
        prompt = _text(f"Where does {name_en} insert?", f"¿Dónde se inserta el {name_es}?")
        right, pool, key = (
            a.insertion,
            [x.anatomy.insertion for x in others if x.anatomy],
            a.insertion.en,
        )
        explanation = _text(
            f"{name_en} inserts on: {a.insertion.en}",
            f"{name_es} se inserta en: {a.insertion.es or a.insertion.en}",
        )
    options = _choice(qid, right, pool, key)
    cites = (Cite(muscle=m.id, section="anatomy"),)
    return Item(qid, "single", prompt, options, frozenset(), explanation, cites)


def _chart_items(m: Muscle) -> Iterator[Item]:
    for tp in m.trigger_points:
        name_en, name_es = tp.name.en, tp.name.es or tp.name.en
        yield Item(
            f"gen-referral-chart-{tp.id}",
            "chart",
            _text(
                f"Click the zones where this trigger point refers its pain (essential zone): "
                f"{name_en}.",
                f"Haga clic en las zonas donde este punto gatillo refiere su "
                f"dolor (zona esencial): {name_es}.",
            ),
            (),
            frozenset(tp.essential),
            _text(
                f"{name_en}: {tp.description.en}",
                f"{name_es}: {tp.description.es or tp.description.en}",
            ),
            (Cite(muscle=m.id, section="trigger_points"),),
            mark=tp.zone,
        )


def _red_flag_item(kb: KnowledgeBase, m: Muscle) -> Item | None:
    conditions = [kb.conditions[d.condition] for d in m.differentials]
    urgent = [c for c in conditions if c.urgency == "emergency"]
    calm = [c for c in kb.conditions.values() if c.urgency is None]
    if not urgent or len(calm) < 3:
        return None
    qid = f"gen-red-flags-{m.id}"
    right = urgent[0]
    name_en, name_es = m.name.en, m.name.es or m.name.en
    options = _choice(qid, right.name, [c.name for c in calm], right.name.en)
    return Item(
        qid,
        "single",
        _text(
            f"Pain in the pattern of {name_en} can mimic several conditions. Which of these "
            f"needs emergency care when suspected?",
            f"El dolor con el patrón del {name_es} "
            f"puede imitar varias afecciones. ¿Cuál de estas requiere atención urgente si se "
            f"sospecha?",
        ),
        options,
        frozenset(),
        right.see_clinician or right.summary,
        (Cite(condition=right.id), Cite(muscle=m.id, section="differentials")),
    )


def _generated(kb: KnowledgeBase, source: QuestionSource) -> Iterator[Item]:
    for m in _individuals(kb, source.muscles):
        if source.kind in ("nerve", "roots", "attachments"):
            item = _anatomy_item(kb, source.kind, m)
            if item:
                yield item
        elif source.kind == "referral-chart":
            yield from _chart_items(m)
        else:
            item = _red_flag_item(kb, m)
            if item:
                yield item


def question_bank(course: Course, kb: KnowledgeBase | None = None) -> dict[str, Item]:
    """Every question a course's attempts draw from: written first, then generated."""
    kb = kb or load_knowledge_base()
    if course.assessment is None:
        return {}
    bank = {q.id: _written(q) for q in course.assessment.questions}
    for source in course.assessment.generated:
        for item in _generated(kb, source):
            bank.setdefault(item.id, item)
    return bank
