"""When a certificate may be issued: a function from facts to "issue" or "refuse", naming every
rule that failed. Pure: the web layer gathers the facts from the database and shows the reasons.

Rules (ce-platform.md): the email address is verified; the legal name to print is present; every
lesson is complete; the time spent is at least the approved hours times CE_MIN_TIME_FACTOR; a
home-study course's assessment is passed; a live course's attendance reaches the share the
accreditor requires (NCBTMB: all of it, no partial credit). A passed assessment makes it a
Certificate of Achievement, otherwise of Completion.

>>> decide(Facts(True, "Ana Ruiz", 3, 3, 1800, 0.5, 1.0, "home-study", True, None, 1.0)).issue
True
"""

from __future__ import annotations

import math
from dataclasses import dataclass

RULES = {
    "email-unverified": "Verify your email address first.",
    "no-legal-name": "Add your legal name to your profile: it is printed on the certificate.",
    "lessons-incomplete": "Complete every lesson.",
    "time-not-met": "Spend the course's approved time on its lessons.",
    "assessment-not-passed": "Pass the assessment.",
    "attendance-short": "Attend the whole live session.",
}


@dataclass(frozen=True)
class Facts:
    email_verified: bool
    legal_name: str
    lessons_total: int
    lessons_done: int
    seconds_spent: int
    hours: float
    min_time_factor: float
    delivery: str  # home-study, live, webinar
    assessment_passed: bool
    attendance_share: float | None  # live and webinar: share of the session attended
    attendance_needed: float


@dataclass(frozen=True)
class Decision:
    issue: bool
    kind: str  # "achievement" or "completion"
    refusals: tuple[str, ...]  # rule codes (RULES), in order
    seconds_needed: int


def required_seconds(hours: float, factor: float) -> int:
    return math.ceil(hours * 3600 * factor)


def decide(f: Facts) -> Decision:
    refusals = []
    needed = required_seconds(f.hours, f.min_time_factor)
    if not f.email_verified:
        refusals.append("email-unverified")
    if not f.legal_name.strip():
        refusals.append("no-legal-name")
    if f.lessons_done < f.lessons_total:
        refusals.append("lessons-incomplete")
    if f.delivery == "home-study":
        if f.seconds_spent < needed:
            refusals.append("time-not-met")
        if not f.assessment_passed:
            refusals.append("assessment-not-passed")
    elif (f.attendance_share or 0.0) < f.attendance_needed:
        refusals.append("attendance-short")
    kind = "achievement" if f.assessment_passed else "completion"
    return Decision(not refusals, kind, tuple(refusals), needed)
