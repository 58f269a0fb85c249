"""Attendance as facts for the certificate rules (tpatlas.ce.rules): the best share a learner
attended of any session of the course, and the share the course's accreditors require.

Imported by tpatlas.web.credentials.issue; it imports nothing from credentials.
"""

from __future__ import annotations

from typing import Any

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.schema import Course
from tpatlas.web.webinars.models import Attendance


def required_share(course: Course) -> float:
    """The strictest ``attendance_share_for_live`` among the bodies that approved the course
    (NCBTMB: 1.0, no partial credit); 1.0 when it has no approval. No grace minutes: a late
    arrival is short of the whole session, which is the rule the certificate has to meet."""
    accreditors = load_catalogue().accreditors
    shares = [
        accreditors[a.accreditor].attendance_share_for_live
        for a in course.approvals
        if a.accreditor in accreditors
    ]
    return max(shares, default=1.0)


def best_share(user: Any, course_id: str) -> float | None:
    """The highest attended share of any session of the course, or None if none was recorded."""
    shares = Attendance.objects.filter(
        registration__user=user.pk, webinar__course_id=course_id
    ).values_list("share", flat=True)
    return max(shares, default=None)


def attendance_facts(user: Any, course: Course) -> dict[str, Any]:
    """The two attendance fields of rules.Facts: only live and webinar courses have a share."""
    live = course.delivery in ("live", "webinar")
    return {
        "attendance_share": best_share(user, course.id) if live else None,
        "attendance_needed": required_share(course),
    }
