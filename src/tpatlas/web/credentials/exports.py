"""Completion exports for staff, as CSV: a general export of every certificate, a CE Broker
roster and a PACE attendance file. The columns, and where each was sourced or is unverified,
are in docs/ce/reporting.md. One row per learner licence per completion; dates are the
learner's local completion date; hours with a dot.

/staff/completions.csv?format=general|cebroker|pace&course=<id>&from=YYYY-MM-DD&to=YYYY-MM-DD
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Iterable, Iterator
from typing import Any

from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.urls import reverse

from tpatlas.web.credentials.models import Certificate

GENERAL = [
    "certificate_code",
    "certificate_status",
    "certificate_kind",
    "verification_url",
    "learner_legal_name",
    "licence_board",
    "licence_jurisdiction",
    "licence_number",
    "accreditor_id",
    "provider_approval_number",
    "course_id",
    "course_title_as_approved",
    "course_approval_number",
    "category",
    "delivery_format",
    "credit",
    "credit_unit",
    "completion_date_local",
    "learner_time_zone",
    "completed_at_utc",
    "issued_at_utc",
]
PACE = [
    "pace_provider_number",
    "pace_course_number",
    "course_title",
    "legal_name",
    "license_jurisdiction",
    "license_number",
    "completion_date",
    "hours",
    "delivery_format",
    "certificate_code",
]


def _licences(c: Certificate) -> list[dict[str, str]]:
    return list(c.licences) or [{"board": "", "jurisdiction": "", "number": ""}]


def general_rows(certs: Iterable[Certificate], base: str) -> Iterator[list[Any]]:
    for c in certs:
        verify = base + reverse("verify", args=[c.code])
        for a in c.approvals or [{}]:
            for lic in _licences(c):
                yield [
                    c.code,
                    c.status,
                    c.kind,
                    verify,
                    c.legal_name,
                    lic["board"],
                    lic["jurisdiction"],
                    lic["number"],
                    a.get("accreditor", ""),
                    a.get("provider_number", ""),
                    c.course_id,
                    a.get("title", ""),
                    a.get("course_number", ""),
                    a.get("category", ""),
                    c.delivery,
                    _hours(a.get("hours", c.hours)),
                    a.get("unit", ""),
                    c.completed_on.isoformat(),
                    c.time_zone,
                    c.completed_at.isoformat(),
                    c.issued_at.isoformat(),
                ]


def cebroker_rows(certs: Iterable[Certificate]) -> Iterator[list[Any]]:
    """CE Broker's positional columns A-J, no header (Florida approvals, FL licences)."""
    for c in certs:
        if c.status != Certificate.VALID:
            continue
        for a in c.approvals:
            if not str(a.get("accreditor", "")).startswith("fl-"):
                continue
            for lic in c.licences:
                if lic.get("jurisdiction", "").upper() not in ("FL", "FLORIDA"):
                    continue
                yield [
                    str(a.get("provider_number") or "").removeprefix("50-"),
                    str(a.get("course_number") or "").removeprefix("20-"),
                    "",
                    "",
                    lic["number"],
                    f"{c.completed_on.month}/{c.completed_on.day}/{c.completed_on.year}",
                    "State=FL",
                    "Profession=",
                    "",
                    "",
                ]


def pace_rows(certs: Iterable[Certificate]) -> Iterator[list[Any]]:
    for c in certs:
        if c.status != Certificate.VALID:
            continue
        for a in c.approvals:
            if a.get("accreditor") != "pace-fclb":
                continue
            for lic in _licences(c):
                yield [
                    a.get("provider_number", ""),
                    a.get("course_number", ""),
                    a.get("title"),
                    c.legal_name,
                    lic["jurisdiction"],
                    lic["number"],
                    c.completed_on.isoformat(),
                    _hours(a.get("hours", c.hours)),
                    c.delivery,
                    c.code,
                ]


def _hours(value: Any) -> str:
    return f"{float(value):.2f}".rstrip("0").rstrip(".")


def _csv(rows: Iterable[list[Any]], header: list[str] | None) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    if header:
        writer.writerow(header)
    writer.writerows(rows)
    return out.getvalue()


def _date(text: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


@staff_member_required
def completions_csv(request: HttpRequest) -> HttpResponse:
    certs = Certificate.objects.all().order_by("completed_on", "code")
    if request.GET.get("course"):
        certs = certs.filter(course_id=request.GET["course"])
    if start := _date(request.GET.get("from")):
        certs = certs.filter(completed_on__gte=start)
    if end := _date(request.GET.get("to")):
        certs = certs.filter(completed_on__lte=end)
    kind = request.GET.get("format", "general")
    base = request.build_absolute_uri("/").rstrip("/")
    if kind == "cebroker":
        body = _csv(cebroker_rows(certs), None)
    elif kind == "pace":
        body = _csv(pace_rows(certs), PACE)
    else:
        kind, body = "general", _csv(general_rows(certs, base), GENERAL)
    response = HttpResponse(body, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{kind}-completions.csv"'
    return response
