"""The learner's own account: the profile certificates print, everything we hold about them as
JSON, and deleting the account (certificates stay verifiable as records of issue)."""

from __future__ import annotations

import json
from typing import Any

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _

from tpatlas.web.accounts.forms import LicenceFormSet, ProfileForm
from tpatlas.web.accounts.models import Profile


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    me, _created = Profile.objects.get_or_create(user=request.user)
    form = ProfileForm(request.POST or None, instance=me)
    licences = LicenceFormSet(request.POST or None, instance=me)
    if request.method == "POST" and form.is_valid() and licences.is_valid():
        form.save()
        licences.save()
        messages.success(request, _("Your profile is saved."))
        return redirect("profile")
    return render(request, "accounts/profile.html", {"form": form, "licences": licences})


def everything_about(user: Any) -> dict[str, Any]:
    """All we hold about a person, in one JSON document (a data-portability request)."""
    me = Profile.objects.filter(user=user).first()
    return {
        "account": {
            "email": user.email,
            "joined": user.date_joined.isoformat(),
            "last_login": user.last_login.isoformat() if user.last_login else None,
        },
        "email_addresses": [
            {"email": e.email, "verified": e.verified, "primary": e.primary}
            for e in user.emailaddress_set.all()
        ],
        "profile": {
            "legal_name": me.legal_name,
            "profession": me.profession,
            "time_zone": me.time_zone,
            "language": me.language,
            "currency": me.currency,
            "licences": [
                {"board": x.board, "jurisdiction": x.jurisdiction, "number": x.number}
                for x in me.licences.all()
            ],
        }
        if me
        else None,
        "enrollments": [
            {
                "course": e.course_id,
                "started_at": e.started_at.isoformat(),
                "completed_at": e.completed_at.isoformat() if e.completed_at else None,
                "lessons": [
                    {
                        "lesson": p.lesson_id,
                        "seconds": p.seconds,
                        "completed_at": p.completed_at.isoformat() if p.completed_at else None,
                    }
                    for p in e.lessons.all()
                ],
                "attempts": [
                    {
                        "number": a.number,
                        "started_at": a.started_at.isoformat(),
                        "submitted_at": a.submitted_at.isoformat() if a.submitted_at else None,
                        "points": a.points,
                        "maximum": a.maximum,
                        "passed": a.passed,
                        "answers": a.answers,
                    }
                    for a in e.attempts.all()
                ],
            }
            for e in user.enrollments.all()
        ],
        "webinar_registrations": [
            {
                "webinar": r.webinar.title_en,
                "starts_at": r.webinar.starts_at.isoformat(),
                "status": r.status,
                "registered_at": r.created_at.isoformat(),
                "time_zone": r.time_zone,
                "attendance": [
                    {"share": a.share, "intervals": a.intervals} for a in r.attendance.all()
                ],
            }
            for r in user.webinar_registrations.select_related("webinar")
        ],
        "certificates": [
            {
                "code": c.code,
                "course": c.course_id,
                "status": c.status,
                "completed_on": c.completed_on.isoformat(),
                "legal_name": c.legal_name,
            }
            for c in user.certificates.all()
        ],
    }


@login_required
def data_export(request: HttpRequest) -> HttpResponse:
    body = json.dumps(everything_about(request.user), indent=2, ensure_ascii=False)
    response = HttpResponse(body, content_type="application/json")
    response["Content-Disposition"] = 'attachment; filename="my-trigger-point-atlas-data.json"'
    return response


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    email = getattr(request.user, "email", "")
    if request.method == "POST" and request.POST.get("confirm") == email:
        with transaction.atomic():
            user = request.user
            logout(request)
            user.delete()  # certificates keep their record of issue (user set to null)
        messages.success(request, _("Your account is deleted."))
        return redirect("home")
    if request.method == "POST":
        messages.error(request, _("Type your email address to confirm."))
    return render(request, "accounts/delete.html")


def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/privacy.html")
