"""Issuing, revoking and reissuing certificates: the only ways a certificate changes.

``facts_for`` gathers what the rules need from the database; ``issue`` asks tpatlas.ce.rules and
either refuses, naming every rule that failed, or writes a certificate that copies everything it
prints: the approvals in force on the completion date (per accreditor: the title, hours, unit,
format and category as approved, the provider's number and statement), the instructors and the
provider.
"""

from __future__ import annotations

import datetime as dt
import secrets
import zoneinfo
from typing import Any

from allauth.account.models import EmailAddress
from django.conf import settings
from django.db import transaction
from django.utils import timezone

from tpatlas.ce.catalogue import Catalogue, load_catalogue
from tpatlas.ce.rules import Decision, Facts, decide
from tpatlas.web.accounts.models import Profile
from tpatlas.web.credentials.models import Certificate, CertificateEvent
from tpatlas.web.learning import services
from tpatlas.web.learning.models import Enrollment
from tpatlas.web.webinars.records import attendance_facts

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O or 1/I: read aloud and typed by people


class NotIssued(Exception):
    def __init__(self, decision: Decision) -> None:
        super().__init__(", ".join(decision.refusals))
        self.decision = decision


def new_code() -> str:
    """TPA-XXXX-XXXX-XXXX: 60 random bits, so a code cannot be guessed."""
    chars = "".join(secrets.choice(ALPHABET) for _ in range(12))
    return f"TPA-{chars[:4]}-{chars[4:8]}-{chars[8:]}"


def facts_for(enrollment: Enrollment) -> Facts:
    course = services.definition(enrollment.course_id)
    user = enrollment.user
    profile = Profile.objects.get(user=user)
    verified = EmailAddress.objects.filter(user=user, verified=True).exists()
    total = len(services.lessons(course))
    passed = enrollment.attempts.filter(passed=True).exists()
    return Facts(
        email_verified=verified,
        legal_name=profile.legal_name,
        lessons_total=total,
        lessons_done=len(services.lessons_done(enrollment)),
        seconds_spent=services.seconds_spent(enrollment),
        hours=course.hours,
        min_time_factor=settings.CE_MIN_TIME_FACTOR,
        delivery=course.delivery,
        assessment_passed=passed,
        **attendance_facts(user, course),  # live and webinar courses: the imported attendance
    )


def approvals_in_force(
    catalogue: Catalogue, course_id: str, on: dt.date, lang: str
) -> list[dict[str, Any]]:
    """Every approval of the course, and of its provider, valid on the completion date."""
    out = []
    for a in catalogue.courses[course_id].approvals:
        body = catalogue.accreditors[a.accreditor]
        provider = body.approval
        if not a.valid_from <= on <= a.valid_until:
            continue
        if provider and not provider.valid_from <= on <= provider.valid_until:
            continue
        out.append(
            {
                "accreditor": body.id,
                "name": body.name,
                "short_name": body.short_name,
                "title": a.title,
                "hours": a.hours,
                "unit": body.unit.get(lang)[0],
                "format": a.format,
                "category": a.category,
                "course_number": a.number,
                "provider_number": provider.number if provider else None,
                "statement": provider.statement.get(lang)[0] if provider else "",
            }
        )
    return out


@transaction.atomic
def issue(enrollment: Enrollment, now: dt.datetime | None = None) -> Certificate:
    """The learner's certificate for this course: the existing valid one, or a new one if every
    rule holds; otherwise NotIssued with the rules that failed."""
    existing = Certificate.objects.filter(
        user=enrollment.user, course=enrollment.course, status=Certificate.VALID
    ).first()
    if existing:
        return existing
    decision = decide(facts_for(enrollment))
    if not decision.issue:
        raise NotIssued(decision)
    now = now or timezone.now()
    profile = Profile.objects.get(user=enrollment.user)
    zone = zoneinfo.ZoneInfo(profile.time_zone)
    catalogue = load_catalogue()
    course = catalogue.courses[enrollment.course_id]
    lang = profile.language
    completed_on = now.astimezone(zone).date()
    certificate = Certificate.objects.create(
        code=new_code(),
        user=enrollment.user,
        course=enrollment.course,
        kind=decision.kind,
        delivery=course.delivery,
        legal_name=profile.legal_name.strip(),
        licences=[
            {"board": x.board, "jurisdiction": x.jurisdiction, "number": x.number}
            for x in profile.licences.all()
        ],
        completed_at=now,
        time_zone=profile.time_zone,
        completed_on=completed_on,
        hours=course.hours,
        approvals=approvals_in_force(catalogue, course.id, completed_on, lang),
        instructors=[
            {"name": i.name, "credentials": i.credentials}
            for i in (catalogue.instructors[x] for x in course.instructors)
        ],
        provider=catalogue.provider.model_dump(mode="json"),
        language=lang,
    )
    CertificateEvent.objects.create(certificate=certificate, kind="issued")
    if enrollment.completed_at is None:
        enrollment.completed_at = now
        enrollment.save(update_fields=["completed_at"])
    return certificate


@transaction.atomic
def revoke(certificate: Certificate, reason: str, actor: Any = None) -> None:
    if not reason.strip():
        raise ValueError("a revocation needs a reason")
    certificate.status, certificate.status_reason = Certificate.REVOKED, reason
    certificate.save(update_fields=["status", "status_reason"])
    CertificateEvent.objects.create(
        certificate=certificate, kind="revoked", reason=reason, actor=actor
    )


@transaction.atomic
def reissue(
    certificate: Certificate, legal_name: str, reason: str, actor: Any = None
) -> Certificate:
    """A corrected copy under a new code (e.g. after a name correction); the old one points to it
    and its verification page says it was reissued."""
    if certificate.status != Certificate.VALID:
        raise ValueError("only a valid certificate can be reissued")
    copy = Certificate.objects.get(pk=certificate.pk)
    copy.pk = None
    copy.code = new_code()
    copy.legal_name = legal_name.strip()
    copy.replaced_by = None
    copy.save()
    certificate.status, certificate.status_reason = Certificate.REISSUED, reason
    certificate.replaced_by = copy
    certificate.save(update_fields=["status", "status_reason", "replaced_by"])
    CertificateEvent.objects.create(
        certificate=certificate, kind="reissued", reason=reason, actor=actor
    )
    CertificateEvent.objects.create(
        certificate=copy,
        kind="issued",
        reason=f"Reissue of {certificate.code}: {reason}",
        actor=actor,
    )
    return copy
