"""The continuing-education API: the public catalogue (with approvals and hours), public
certificate verification, and a learner's own records under /me/, authenticated with the session
token that django-allauth's app API (/_allauth/app/v1/) hands out (header X-Session-Token)."""

from __future__ import annotations

from enum import Enum
from typing import Any

from allauth.headless.contrib.ninja.security import XSessionTokenAuth
from django.http import HttpRequest
from ninja import Router, Schema
from ninja.responses import Status
from pydantic import Field

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.money import format_money
from tpatlas.ce.schema import Course
from tpatlas.ce.store import price_in
from tpatlas.web.api.schemas import ErrorOut
from tpatlas.web.credentials.models import Certificate
from tpatlas.web.languages.paths import localize_url
from tpatlas.web.learning import services
from tpatlas.web.learning.models import Enrollment
from tpatlas.web.store.currency import anonymous_currency


class SessionToken(XSessionTokenAuth):  # type: ignore[misc]
    """allauth's session token, described fully in the OpenAPI schema (where and under what
    name clients send it)."""

    openapi_type = "apiKey"
    openapi_in = "header"
    openapi_name = "X-Session-Token"


router = Router()
me = Router(auth=SessionToken())


class ApprovalOut(Schema):
    accreditor: str
    accreditor_name: str
    title: str = Field(description="The course title as this body approved it")
    hours: float
    unit: str
    format: str
    category: str | None
    number: str | None
    valid_from: str
    valid_until: str


class PriceOut(Schema):
    amount: int = Field(description="Minor units of the currency (cents; yen have none)")
    currency: str = Field(description="ISO 4217 code")
    formatted: str = Field(description="As the page shows it, in the request's language")
    tax_included: bool
    fallback: bool = Field(
        description="True when the course has no price in the asked currency and this is "
        "the store's default currency's price"
    )


# The currencies the store offers (store.yaml), as an enum so the schema lists them.
CurrencyCode = Enum(  # type: ignore[misc]
    "CurrencyCode", {c: c for c in load_catalogue().store.currencies}, type=str
)


class CourseOut(Schema):
    id: str
    title: str
    summary: str
    delivery: str
    hours: float
    free: bool
    objectives: list[str]
    instructors: list[dict[str, str]]
    approvals: list[ApprovalOut]
    muscles: list[str]
    url: str
    price: PriceOut | None = Field(description="None for a free course")


class CertificateOut(Schema):
    code: str
    status: str = Field(description="valid, revoked or reissued")
    status_reason: str
    replaced_by: str | None
    kind: str
    legal_name: str
    course: str
    approvals: list[dict[str, Any]]
    hours: float
    completed_on: str
    time_zone: str
    delivery: str
    issued_at: str
    verify_url: str


def _price(c: Course, currency: str, lang: str) -> dict[str, Any] | None:
    cat = load_catalogue()
    shown = price_in(cat.prices(c.id), currency, cat.store)
    if shown is None:
        return None
    return {
        "amount": shown.money.amount,
        "currency": shown.money.currency,
        "formatted": format_money(shown.money, lang),
        "tax_included": shown.tax_included,
        "fallback": shown.fallback,
    }


def _course(c: Course, currency: str, lang: str) -> dict[str, Any]:
    cat = load_catalogue()
    return {
        "price": _price(c, currency, lang),
        "id": c.id, "title": c.title.get(lang)[0], "summary": c.summary.get(lang)[0],
        "delivery": c.delivery, "hours": c.hours, "free": c.free,
        "objectives": [o.get(lang)[0] for o in c.objectives],
        "instructors": [{"name": cat.instructors[i].name,
                         "credentials": cat.instructors[i].credentials} for i in c.instructors],
        "approvals": [
            {"accreditor": a.accreditor, "accreditor_name": cat.accreditors[a.accreditor].name,
             "title": a.title, "hours": a.hours, "unit": cat.accreditors[a.accreditor].unit.en,
             "format": a.format, "category": a.category, "number": a.number,
             "valid_from": a.valid_from.isoformat(), "valid_until": a.valid_until.isoformat()}
            for a in c.approvals
        ],
        "muscles": list(c.muscles), "url": localize_url(f"/courses/{c.id}/", lang),
    }  # fmt: skip


def _certificate(c: Certificate) -> dict[str, Any]:
    return {
        "code": c.code, "status": c.status, "status_reason": c.status_reason,
        "replaced_by": c.replaced_by.code if c.replaced_by else None, "kind": c.kind,
        "legal_name": c.legal_name, "course": c.course_id, "approvals": c.approvals,
        "hours": float(c.hours), "completed_on": c.completed_on.isoformat(),
        "time_zone": c.time_zone, "delivery": c.delivery, "issued_at": c.issued_at.isoformat(),
        "verify_url": f"/verify/{c.code}/",
    }  # fmt: skip


def _currency(request: HttpRequest, asked: Enum | None) -> str:
    return str(asked.value) if asked is not None else anonymous_currency(request)


@router.get("/courses", response=list[CourseOut], tags=["courses"])
def courses(
    request: HttpRequest,
    currency: CurrencyCode | None = None,
) -> list[dict[str, Any]]:
    """The public catalogue, with every approval (title, hours and unit as approved) and the
    price in ``currency`` (default: the visitor's, from the currency cookie or the languages)."""
    code, lang = _currency(request, currency), _lang(request)
    return [_course(c, code, lang) for c in load_catalogue().courses.values()]


@router.get("/courses/{course_id}", response={200: CourseOut, 404: ErrorOut}, tags=["courses"])
def course(
    request: HttpRequest,
    course_id: str,
    currency: CurrencyCode | None = None,
) -> Any:
    found = load_catalogue().courses.get(course_id)
    if found is None:
        known = sorted(load_catalogue().courses)
        return Status(404, {"detail": f"unknown course {course_id!r}", "field": "course_id",
                            "allowed": known})  # fmt: skip
    return _course(found, _currency(request, currency), _lang(request))


def _lang(request: HttpRequest) -> str:
    return "es" if (getattr(request, "LANGUAGE_CODE", "") or "").startswith("es") else "en"


@router.get(
    "/certificates/{code}", response={200: CertificateOut, 404: ErrorOut}, tags=["certificates"]
)
def certificate(request: HttpRequest, code: str) -> Any:
    """Public verification: the certificate as issued and its status; nothing more personal."""
    found = Certificate.objects.filter(code=code.strip().upper()).first()
    if found is None:
        return Status(404, {"detail": "no certificate has this code", "field": "code",
                            "allowed": []})  # fmt: skip
    return _certificate(found)


@me.get("/me/enrollments", tags=["me"])
def my_enrollments(request: HttpRequest) -> list[dict[str, Any]]:
    """Each course the signed-in learner takes, with progress, time and attempts."""
    out = []
    for e in Enrollment.objects.filter(user=request.user.pk).select_related("course"):
        course_def = services.definition(e.course_id)
        out.append({
            "course": e.course_id, "started_at": e.started_at.isoformat(),
            "completed_at": e.completed_at.isoformat() if e.completed_at else None,
            "lessons_total": len(services.lessons(course_def)),
            "lessons_done": sorted(services.lessons_done(e)),
            "seconds_spent": services.seconds_spent(e),
            "attempts": [{"number": a.number, "points": a.points, "maximum": a.maximum,
                          "passed": a.passed,
                          "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None}
                         for a in e.attempts.all()],
        })  # fmt: skip
    return out


@me.get("/me/certificates", response=list[CertificateOut], tags=["me"])
def my_certificates(request: HttpRequest) -> list[dict[str, Any]]:
    return [_certificate(c) for c in Certificate.objects.filter(user=request.user.pk)]
