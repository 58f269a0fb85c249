"""What learners do, as operations the views call: enrol, count time, complete a lesson, start
and submit an attempt. Each checks its own preconditions and raises ``Refused`` with a message.
"""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Mapping, Sequence

from django.db import transaction
from django.utils import timezone

from tpatlas.ce.attempts import PastAttempt, draw, may_start, score
from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.questions import Item, question_bank
from tpatlas.ce.schema import Course as CourseDef
from tpatlas.ce.schema import Lesson
from tpatlas.web.learning.models import Attempt, Course, Enrollment, LessonProgress

MAX_BEAT_SECONDS = 60  # a heartbeat adds at most this much, however long since the last one
BEAT_EVERY_SECONDS = 30  # what the lesson page sends while visible


class Refused(Exception):
    """An operation that may not happen now; ``code`` for tests, the message for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


def definition(course_id: str) -> CourseDef:
    return load_catalogue().courses[course_id]


def lessons(course: CourseDef) -> list[Lesson]:
    return [lesson for module in course.modules for lesson in module.lessons]


@transaction.atomic
def enroll(user: object, course_id: str) -> Enrollment:
    course = Course.objects.get(id=course_id, active=True)
    if not course.free:
        raise Refused("not-free", "This course is sold in the store; it cannot be joined free.")
    enrollment, _ = Enrollment.objects.get_or_create(user=user, course=course)
    return enrollment


def beat(enrollment: Enrollment, lesson_id: str, now: dt.datetime | None = None) -> int:
    """Count time on a lesson: the seconds since the last beat, at most MAX_BEAT_SECONDS."""
    now = now or timezone.now()
    progress, _ = LessonProgress.objects.get_or_create(enrollment=enrollment, lesson_id=lesson_id)
    if progress.last_beat_at is not None:
        elapsed = (now - progress.last_beat_at).total_seconds()
        progress.seconds += int(max(0, min(elapsed, MAX_BEAT_SECONDS)))
    progress.last_beat_at = now
    progress.save(update_fields=["seconds", "last_beat_at"])
    return progress.seconds


def complete_lesson(enrollment: Enrollment, lesson_id: str) -> None:
    progress, _ = LessonProgress.objects.get_or_create(enrollment=enrollment, lesson_id=lesson_id)
    if progress.completed_at is None:
        progress.completed_at = timezone.now()
        progress.save(update_fields=["completed_at"])


def seconds_spent(enrollment: Enrollment) -> int:
    return sum(p.seconds for p in enrollment.lessons.all())


def lessons_done(enrollment: Enrollment) -> set[str]:
    return {p.lesson_id for p in enrollment.lessons.all() if p.completed_at}


def bank(course_id: str) -> dict[str, Item]:
    return question_bank(definition(course_id))


def _past(enrollment: Enrollment) -> list[PastAttempt]:
    return [PastAttempt(a.submitted_at, a.passed) for a in enrollment.attempts.all()]


@transaction.atomic
def start_attempt(enrollment: Enrollment, now: dt.datetime | None = None) -> Attempt:
    """A new attempt with its draw stored, if the course's rules allow one now."""
    Enrollment.objects.select_for_update().get(pk=enrollment.pk)  # one start at a time
    course = definition(enrollment.course_id)
    if course.assessment is None:
        raise Refused("no-assessment", "This course has no assessment.")
    rules = course.assessment
    ok, reason, when = may_start(
        _past(enrollment), rules.max_attempts, rules.wait_minutes, now or timezone.now()
    )
    if not ok:
        raise Refused(reason, _why(reason, when))
    items = bank(enrollment.course_id)
    options = {qid: [o.id for o in item.options] for qid, item in items.items()}
    seed = secrets.randbits(48)
    kinds = {qid: item.kind for qid, item in items.items()}
    drawn = draw(list(items), options, rules.questions_per_attempt, seed, kinds)
    return Attempt.objects.create(
        enrollment=enrollment,
        number=enrollment.attempts.count() + 1,
        seed=seed,
        question_ids=list(drawn.question_ids),
        option_orders={k: list(v) for k, v in drawn.option_orders.items()},
    )


def _why(reason: str, when: dt.datetime | None) -> str:
    return {
        "passed": "You have already passed this assessment.",
        "open": "Finish the attempt you have started.",
        "no-attempts-left": "You have used every attempt this course allows.",
        "wait": f"You may try again after {when:%Y-%m-%d %H:%M} UTC." if when else "Please wait.",
    }.get(reason, "An attempt cannot start now.")


@transaction.atomic
def submit_attempt(attempt: Attempt, answers: Mapping[str, Sequence[str]]) -> Attempt:
    """Score an open attempt once; answers to questions not drawn are ignored."""
    attempt = Attempt.objects.select_for_update().get(pk=attempt.pk)
    if attempt.submitted_at is not None:
        return attempt  # submitting twice changes nothing
    course = definition(attempt.enrollment.course_id)
    assert course.assessment is not None
    kept = {qid: list(answers.get(qid, ())) for qid in attempt.question_ids}
    result = score(
        bank(attempt.enrollment.course_id), attempt.question_ids, kept, course.assessment.pass_mark
    )
    attempt.answers = kept
    attempt.points, attempt.maximum, attempt.passed = result.points, result.maximum, result.passed
    attempt.submitted_at = timezone.now()
    attempt.save()
    return attempt
