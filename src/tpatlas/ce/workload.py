"""How many CE hours a course's material can honestly support.

Accreditors approve home-study hours that match the average completion time; NCBTMB's rule of
thumb is about 12,000 words read, or one hour of video, per CE hour. A course that claims more
hours than its material fills is the first thing an auditor refuses, so the catalogue check
counts the words a learner actually reads (the course's own sentences and the monograph
sections its lessons show, in English), adds video and live minutes, and the assessment at a
minute per question, and refuses hours above that.

>>> round(supported_hours(Workload(words=12_000, media_minutes=0, assessment_minutes=0)), 2)
1.0
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from tpatlas.ce.schema import Course
from tpatlas.kb import KnowledgeBase
from tpatlas.kb.schema import Text

WORDS_PER_HOUR = 12_000
MINUTES_PER_QUESTION = 1
# Rounding the claim to the quarter hour below the material is the provider's job; the check
# allows a claim up to this share above the estimate, since reading speeds differ.
TOLERANCE = 0.10
WORD = re.compile(r"[^\W\d_][\w'’-]*")


@dataclass(frozen=True)
class Workload:
    words: int
    media_minutes: int
    assessment_minutes: int


def supported_hours(w: Workload) -> float:
    return w.words / WORDS_PER_HOUR + (w.media_minutes + w.assessment_minutes) / 60


def count_words(value: Any) -> int:
    """English words in a piece of the knowledge base or a course: every Text's English, every
    other string (names, notes); identifiers (slugs) are not prose and are skipped."""
    if isinstance(value, Text):
        return len(WORD.findall(value.en))
    if isinstance(value, BaseModel):
        return sum(count_words(getattr(value, f)) for f in type(value).model_fields)
    if isinstance(value, tuple | list):
        return sum(count_words(v) for v in value)
    if isinstance(value, str) and " " in value:
        return len(WORD.findall(value))
    return 0


def workload(course: Course, kb: KnowledgeBase) -> Workload:
    words = media = 0
    for module in course.modules:
        for lesson in module.lessons:
            if lesson.kind in ("video", "live"):
                media += lesson.minutes
            words += count_words(lesson.transcript) if lesson.kind == "reading" else 0
            for block in lesson.blocks:
                words += count_words(block.text)
                muscle = kb.muscles.get(block.monograph or "")
                if muscle is not None:
                    words += sum(count_words(getattr(muscle, s)) for s in block.sections)
    questions = course.assessment.questions_per_attempt if course.assessment else 0
    return Workload(words, media, questions * MINUTES_PER_QUESTION)


def hours_problem(course: Course, kb: KnowledgeBase) -> str | None:
    """A sentence for the catalogue check when the hours claimed exceed the material."""
    w = workload(course, kb)
    supported = supported_hours(w)
    if course.hours <= supported * (1 + TOLERANCE):
        return None
    return (
        f"claims {course.hours} h but its material supports about {supported:.2f} h "
        f"({w.words} words read at {WORDS_PER_HOUR} per hour, {w.media_minutes} min of video "
        f"or live teaching, {w.assessment_minutes} min of assessment): add material or "
        "claim fewer hours"
    )


def minutes_problem(course: Course) -> str | None:
    """Lesson minutes are what learners are told to expect; they must add up to the hours
    claimed (within a fifth), or the outline and the certificate disagree."""
    lessons = sum(lesson.minutes for m in course.modules for lesson in m.lessons)
    questions = course.assessment.questions_per_attempt if course.assessment else 0
    total = lessons + questions * MINUTES_PER_QUESTION
    claimed = course.hours * 60
    if abs(total - claimed) <= claimed / 5:
        return None
    return (
        f"lessons take {lessons} min and the assessment {questions * MINUTES_PER_QUESTION} min, "
        f"but the course claims {claimed:.0f} min"
    )
