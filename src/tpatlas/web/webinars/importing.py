"""Staff import a session's participant report; attendance is recorded and certificates are
issued to every registrant who qualifies.

Rows are matched to registrations by email address (the account's address or any other
address on the account, case ignored). A registrant whose attended share reaches what the
course's accreditors require has the course's live lessons marked done and is issued a
Certificate of Completion, dated the day the session ended in their own zone, if the other rules
hold (verified email, legal name); otherwise the refusal is listed for staff. Importing again
replaces the earlier figures and never issues a second certificate.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Any

from allauth.account.models import EmailAddress
from django.db import transaction

from tpatlas.ce.attendance import Attendee, attendees, parse_report
from tpatlas.ce.catalogue import load_catalogue
from tpatlas.web.credentials.issue import NotIssued, issue
from tpatlas.web.learning import services as learning
from tpatlas.web.learning.models import Enrollment
from tpatlas.web.webinars.models import Attendance, Registration, Webinar
from tpatlas.web.webinars.records import required_share


@dataclass
class Outcome:
    attendee: Attendee
    registration: Registration | None
    certificate: str = ""  # the code, when issued (or already held)
    refusals: tuple[str, ...] = ()

    @property
    def minutes(self) -> str:
        return f"{self.attendee.seconds / 60:.1f}"

    @property
    def percent(self) -> str:
        return f"{math.floor(self.attendee.share * 1000) / 10:.1f}%"  # 99.96% is not 100%


@dataclass
class ImportResult:
    format: str
    needed: float
    outcomes: list[Outcome] = field(default_factory=list)
    skipped: tuple[str, ...] = ()

    @property
    def needed_percent(self) -> str:
        return f"{self.needed * 100:.0f}%"

    @property
    def matched(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.registration is not None]

    @property
    def unmatched(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.registration is None]


def _registrations_by_email(webinar: Webinar) -> dict[str, Registration]:
    found: dict[str, Registration] = {}
    active = webinar.registrations.exclude(status=Registration.CANCELLED).select_related("user")
    for r in active:
        found[r.user.email.lower()] = r
        for address in EmailAddress.objects.filter(user=r.user):
            found.setdefault(address.email.lower(), r)
    return found


def _certify(registration: Registration, webinar: Webinar) -> tuple[str, tuple[str, ...]]:
    course = load_catalogue().courses[webinar.course_id]
    enrollment = Enrollment.objects.filter(
        user=registration.user, course=webinar.course, active=True
    ).first()
    if enrollment is None and course.free:
        enrollment, _ = Enrollment.objects.get_or_create(
            user=registration.user, course=webinar.course
        )
    if enrollment is None:
        return "", ("not-enrolled",)
    for lesson in learning.lessons(course):
        if lesson.kind == "live":
            learning.complete_lesson(enrollment, lesson.id)
    try:
        return issue(enrollment, now=webinar.ends_at).code, ()
    except NotIssued as refused:
        return "", refused.decision.refusals


def import_report(webinar: Webinar, text: str, report_zone: str, actor: Any) -> ImportResult:
    report = parse_report(text, report_zone)
    course = load_catalogue().courses[webinar.course_id]
    result = ImportResult(report.format, required_share(course), skipped=report.skipped)
    by_email = _registrations_by_email(webinar)
    with transaction.atomic():
        for person in attendees(report, webinar.starts_at, webinar.ends_at):
            registration = by_email.get(person.email)
            Attendance.objects.update_or_create(
                webinar=webinar,
                email=person.email,
                defaults={
                    "registration": registration,
                    "name": person.name[:200],
                    "intervals": [[a.isoformat(), b.isoformat()] for a, b in person.intervals],
                    "seconds": person.seconds,
                    "share": person.share,
                    "source": report.format,
                    "imported_by": actor if getattr(actor, "pk", None) else None,
                },
            )
            outcome = Outcome(person, registration)
            if registration is not None and person.share >= result.needed:
                outcome.certificate, outcome.refusals = _certify(registration, webinar)
            elif registration is not None:
                outcome.refusals = ("attendance-short",)
            result.outcomes.append(outcome)
    return result
