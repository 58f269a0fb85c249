"""Getting a certificate, downloading it, verifying it in public, and the transcript."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from decimal import Decimal
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from tpatlas.ce.rules import RULES
from tpatlas.web.credentials.issue import NotIssued, issue
from tpatlas.web.credentials.models import Certificate
from tpatlas.web.credentials.pdf import qr_svg, render_pdf
from tpatlas.web.learning.models import Enrollment

# The rules' refusals in the reader's language. Literal strings, so makemessages finds them;
# a test checks every rule code in tpatlas.ce.rules has one.
RULE_TEXT = {
    "email-unverified": gettext_lazy("Verify your email address first."),
    "no-legal-name": gettext_lazy(
        "Add your legal name to your profile: it is printed on the certificate."
    ),
    "lessons-incomplete": gettext_lazy("Complete every lesson."),
    "time-not-met": gettext_lazy("Spend the course's approved time on its lessons."),
    "assessment-not-passed": gettext_lazy("Pass the assessment."),
    "attendance-short": gettext_lazy("Attend the whole live session."),
}


@login_required
@require_POST
def request_certificate(request: HttpRequest, course_id: str) -> HttpResponse:
    enrollment = get_object_or_404(Enrollment, user=request.user, course_id=course_id, active=True)
    try:
        certificate = issue(enrollment)
    except NotIssued as exc:
        for code in exc.decision.refusals:
            messages.error(request, RULE_TEXT.get(code, RULES[code]))
        return redirect("course-detail", course_id=course_id)
    return redirect("certificate", code=certificate.code)


def _context(request: HttpRequest, c: Certificate) -> dict[str, Any]:
    verify = request.build_absolute_uri(reverse("verify", args=[c.code]))
    return {"c": c, "verify_url": verify, "qr": qr_svg(verify), "events": c.events.all()}


@login_required
def certificate(request: HttpRequest, code: str) -> HttpResponse:
    c = get_object_or_404(Certificate, code=code, user=request.user)
    return render(request, "credentials/certificate.html", _context(request, c))


@login_required
def certificate_pdf(request: HttpRequest, code: str) -> HttpResponse:
    c = get_object_or_404(Certificate, code=code, user=request.user)
    pdf = render_pdf(
        "credentials/certificate_pdf.html",
        _context(request, c),
        c.language,
        request.build_absolute_uri("/"),
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="certificate-{c.code}.pdf"'
    return response


def verify_lookup(request: HttpRequest) -> HttpResponse:
    """Public: a box to type the code printed on a certificate (a board auditor has paper,
    not a link). Codes are read forgivingly: case, spaces and a missing prefix do not matter."""
    raw = request.GET.get("code", "")
    code = "".join(ch for ch in raw.upper() if ch.isalnum())
    if code:
        if not code.startswith("TPA"):
            code = "TPA" + code
        body = code[3:]
        if len(body) == 12:
            return redirect("verify", code="TPA-" + "-".join(body[i : i + 4] for i in (0, 4, 8)))
        return render(
            request, "credentials/verify.html", {"code": raw, "c": None, "form": True}, status=404
        )
    return render(request, "credentials/verify.html", {"form": True, "c": None, "code": ""})


def verify(request: HttpRequest, code: str) -> HttpResponse:
    """Public: the certificate as issued, its status and history; nothing more personal than
    the certificate itself shows (no email, no account)."""
    c = Certificate.objects.filter(code=code.strip().upper()).first()
    if c is None:
        return render(request, "credentials/verify.html", {"code": code, "c": None}, status=404)
    return render(request, "credentials/verify.html", _context(request, c))


def transcript_data(user: Any) -> dict[str, Any]:
    certificates = list(Certificate.objects.filter(user=user).order_by("completed_on"))
    by_body: dict[str, Decimal] = defaultdict(Decimal)
    by_year: dict[int, Decimal] = defaultdict(Decimal)
    for c in certificates:
        if c.status != Certificate.VALID:
            continue
        by_year[c.completed_on.year] += c.hours
        for a in c.approvals:
            by_body[f"{a['short_name']} ({a['unit']})"] += Decimal(str(a["hours"]))
    return {
        "certificates": certificates,
        "by_body": dict(by_body),
        "by_year": dict(by_year),
        "today": dt.date.today(),
    }


@login_required
def transcript(request: HttpRequest) -> HttpResponse:
    return render(request, "credentials/transcript.html", transcript_data(request.user))


@login_required
def transcript_pdf(request: HttpRequest) -> HttpResponse:
    lang = getattr(getattr(request.user, "profile", None), "language", "en")
    context = {**transcript_data(request.user), "profile": getattr(request.user, "profile", None)}
    pdf = render_pdf(
        "credentials/transcript_pdf.html", context, lang, request.build_absolute_uri("/")
    )
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = 'attachment; filename="transcript.pdf"'
    return response


def not_found(code: str) -> Http404:
    return Http404(code)
