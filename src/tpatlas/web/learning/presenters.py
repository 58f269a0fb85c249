"""Course definitions and learners' records as plain data in one language, for the templates.

A reading lesson's monograph blocks are rendered from the knowledge base with the monograph's
own section templates (pages/sections/*), so a lesson always shows what the atlas shows.
"""

from __future__ import annotations

from typing import Any

from django.urls import reverse

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.questions import Item
from tpatlas.ce.schema import Cite, Course, Lesson
from tpatlas.kb import load_knowledge_base
from tpatlas.web.learning import services
from tpatlas.web.learning.answer_charts import answer_charts
from tpatlas.web.learning.models import Attempt, Enrollment
from tpatlas.web.pages.localize import Localizer
from tpatlas.web.pages.monograph import monograph

SECTION_TEMPLATES = {
    "summary": None,
    "anatomy": "anatomy",
    "trigger_points": "trigger_points",
    "indications": "indications",
    "causes": "causes",
    "differentials": "differentials",
    "connections": "connections",
    "self_help": "self_help",
    "techniques": "techniques",
    "sources": "sources",
    "functional_movement": "anatomy",
}


def course_card(course: Course, lang: str) -> dict[str, Any]:
    loc = Localizer(lang)
    return {
        "id": course.id,
        "title": loc.text(course.title),
        "summary": loc.text(course.summary),
        "hours": course.hours,
        "free": course.free,
        "delivery": course.delivery,
        "approvals": [a.accreditor for a in course.approvals],
    }


def course_page(course: Course, lang: str) -> dict[str, Any]:
    loc = Localizer(lang)
    cat = load_catalogue()
    kb = load_knowledge_base()
    from tpatlas.web.pages.monograph import cite

    return {
        **course_card(course, lang),
        "objectives": [loc.text(o) for o in course.objectives],
        "instructors": [
            {"name": i.name, "credentials": i.credentials, "bio": loc.text(i.bio)}
            for i in (cat.instructors[x] for x in course.instructors)
        ],
        "references": [cite(kb.sources[r.source], r) for r in course.references],
        "approval_rows": [
            {
                "body": cat.accreditors[a.accreditor].name,
                "title": a.title,
                "hours": a.hours,
                "unit": loc.text(cat.accreditors[a.accreditor].unit),
                "format": a.format,
                "number": a.number,
                "until": a.valid_until,
            }
            for a in course.approvals
        ],
        "muscles": [{"id": m, "name": loc.text(kb.muscles[m].name)} for m in course.muscles],
        "assessment": course.assessment,
    }


def outline(course: Course, enrollment: Enrollment | None, lang: str) -> list[dict[str, Any]]:
    loc = Localizer(lang)
    done = services.lessons_done(enrollment) if enrollment else set()
    return [
        {
            "title": loc.text(m.title),
            "lessons": [
                {"id": x.id, "title": loc.text(x.title), "minutes": x.minutes, "done": x.id in done}
                for x in m.lessons
            ],
        }
        for m in course.modules
    ]


def next_lesson(course: Course, lesson_id: str) -> str | None:
    ids = [x.id for x in services.lessons(course)]
    i = ids.index(lesson_id) if lesson_id in ids else -1
    return ids[i + 1] if 0 <= i < len(ids) - 1 else None


def _cite_link(cite: Cite, loc: Localizer) -> dict[str, str]:
    kb = load_knowledge_base()
    if cite.muscle:
        anchor = (cite.section or "").replace("_", "-")
        return {
            "url": reverse("muscle-detail", args=[cite.muscle]) + f"#{anchor}",
            "label": f"{loc.text(kb.muscles[cite.muscle].name)}: {anchor.replace('-', ' ')}",
        }
    if cite.condition:
        return {
            "url": reverse("conditions") + f"#{cite.condition}",
            "label": loc.text(kb.conditions[cite.condition].name),
        }
    technique = cite.technique or ""
    return {
        "url": reverse("techniques") + f"#{technique}",
        "label": loc.text(kb.techniques[technique].name),
    }


def _blocks(lesson: Lesson, lang: str) -> list[dict[str, Any]]:
    loc = Localizer(lang)
    kb = load_knowledge_base()
    out: list[dict[str, Any]] = []
    for i, block in enumerate(lesson.blocks):
        if block.text:
            out.append(
                {"text": loc.text(block.text), "cites": [_cite_link(c, loc) for c in block.cites]}
            )
            continue
        assert block.monograph
        context = monograph(kb, block.monograph, lang)
        templates = [
            f"pages/sections/{SECTION_TEMPLATES[s]}.html"
            for s in block.sections
            if SECTION_TEMPLATES.get(s)
        ]
        out.append(
            {
                "monograph": {**context, "prefix": f"b{i}-"},
                "templates": templates,
                "summary": "summary" in block.sections,
            }
        )
    return out


def lesson_page(
    course: Course, lesson_id: str, enrollment: Enrollment, lang: str
) -> dict[str, Any] | None:
    lesson = next((x for x in services.lessons(course) if x.id == lesson_id), None)
    if lesson is None:
        return None
    loc = Localizer(lang)
    return {
        "course": course_card(course, lang),
        "lesson": {
            "id": lesson.id,
            "title": loc.text(lesson.title),
            "kind": lesson.kind,
            "minutes": lesson.minutes,
            "video_url": lesson.video_url,
            "transcript": loc.text(lesson.transcript),
        },
        "blocks": _blocks(lesson, lang),
        "done": lesson.id in services.lessons_done(enrollment),
        "outline": outline(course, enrollment, lang),
        "beat_url": reverse("heartbeat", args=[course.id, lesson.id]),
        "beat_seconds": services.BEAT_EVERY_SECONDS,
        "next": next_lesson(course, lesson.id),
    }


def _question(
    item: Item, order: list[str], lang: str, answer: list[str] | None = None
) -> dict[str, Any]:
    loc = Localizer(lang)
    kb = load_knowledge_base()
    from tpatlas.bodychart.names import kind_name

    by_id = {o.id: o for o in item.options}
    options = [
        {
            "id": oid,
            "text": loc.text(by_id[oid].text),
            "correct": by_id[oid].correct,
            "chosen": oid in (answer or []),
        }
        for oid in order
        if oid in by_id
    ]
    zones = []
    if item.kind == "chart":
        # Every zone kind of the regions the pattern touches, named in the page's language.
        regions = {kb.chart.kinds[z].region for z in item.zones}
        zones = [
            {
                "id": k,
                "name": kind_name(kb.chart, k, lang),
                "right": k in item.zones,
                "chosen": k in (answer or []),
            }
            for k, z in kb.chart.kinds.items()
            if z.region in regions or k in item.zones
        ]
        zones.sort(key=lambda z: str(z["name"]))
    return {
        "chosen_zones": [z for z in zones if z["chosen"]],
        "charts": answer_charts(item, answer, lang) if item.kind == "chart" else [],
        "id": item.id,
        "kind": item.kind,
        "prompt": loc.text(item.prompt),
        "options": options,
        "zones": zones,
        "multiple": item.kind in ("multiple", "chart"),
        "explanation": loc.text(item.explanation),
        "cites": [_cite_link(c, loc) for c in item.cites],
    }


def attempt_form(attempt: Attempt, lang: str) -> dict[str, Any]:
    bank = services.bank(attempt.enrollment.course_id)
    return {
        "number": attempt.number,
        "questions": [
            _question(bank[q], attempt.option_orders.get(q, []), lang)
            for q in attempt.question_ids
            if q in bank
        ],
    }


def result(attempt: Attempt, lang: str) -> dict[str, Any]:
    bank = services.bank(attempt.enrollment.course_id)
    from tpatlas.ce.attempts import is_right

    rows = []
    for qid in attempt.question_ids:
        if qid not in bank:
            continue
        answer = attempt.answers.get(qid, [])
        row = _question(bank[qid], attempt.option_orders.get(qid, []), lang, answer)
        row["right"] = is_right(bank[qid], answer)
        rows.append(row)
    return {
        "rows": rows,
        "points": attempt.points,
        "maximum": attempt.maximum,
        "passed": attempt.passed,
    }


def dashboard_row(enrollment: Enrollment, lang: str) -> dict[str, Any]:
    course = services.definition(enrollment.course_id)
    total = len(services.lessons(course))
    done = len(services.lessons_done(enrollment))
    return {
        "course": course_card(course, lang),
        "done": done,
        "total": total,
        "minutes": services.seconds_spent(enrollment) // 60,
        "passed": enrollment.attempts.filter(passed=True).exists(),
        "completed_at": enrollment.completed_at,
    }
