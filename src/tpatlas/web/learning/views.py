"""Course pages: the catalogue, a course, a lesson (with time counted from heartbeats), the
assessment and its result, and the learner's dashboard."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.web.learning import presenters, services
from tpatlas.web.learning.models import Attempt, Course, Enrollment
from tpatlas.web.pages.localize import page_language
from tpatlas.web.store.cart import label
from tpatlas.web.store.currency import currency_for


def course_list(request: HttpRequest) -> HttpResponse:
    lang = page_language()
    rows = Course.objects.filter(active=True).order_by("-free", "title_en")
    currency = currency_for(request)
    courses = [
        {
            **presenters.course_card(load_catalogue().courses[c.id], lang),
            "price": label(c.id, currency, lang),
        }
        for c in rows
        if c.id in load_catalogue().courses
    ]
    return render(request, "learning/course_list.html", {"courses": courses})


def course_detail(request: HttpRequest, course_id: str) -> HttpResponse:
    row = get_object_or_404(Course, id=course_id, active=True)
    course = load_catalogue().courses[row.id]
    enrollment = _enrollment(request, course_id)
    context = {
        "course": presenters.course_page(course, page_language()),
        "row": row,
        "enrollment": enrollment,
        "outline": presenters.outline(course, enrollment, page_language()),
        "price": label(course_id, currency_for(request), page_language()),
        "in_cart": course_id in request.session.get("cart", []),
    }
    return render(request, "learning/course_detail.html", context)


@login_required
@require_POST
def enroll(request: HttpRequest, course_id: str) -> HttpResponse:
    try:
        services.enroll(request.user, course_id)
    except services.Refused as exc:
        messages.error(request, str(exc))
        return redirect("course-detail", course_id=course_id)
    first = services.lessons(services.definition(course_id))[0]
    return redirect("lesson", course_id=course_id, lesson_id=first.id)


def _enrollment(request: HttpRequest, course_id: str) -> Enrollment | None:
    if not request.user.is_authenticated:
        return None
    return Enrollment.objects.filter(user=request.user, course_id=course_id, active=True).first()


def _required(request: HttpRequest, course_id: str) -> Enrollment:
    enrollment = _enrollment(request, course_id)
    if enrollment is None:
        raise Http404("not enrolled")
    return enrollment


@login_required
def lesson(request: HttpRequest, course_id: str, lesson_id: str) -> HttpResponse:
    enrollment = _required(request, course_id)
    course = services.definition(course_id)
    if request.method == "POST":
        services.complete_lesson(enrollment, lesson_id)
        following = presenters.next_lesson(course, lesson_id)
        if following:
            return redirect("lesson", course_id=course_id, lesson_id=following)
        return redirect("course-detail", course_id=course_id)
    context = presenters.lesson_page(course, lesson_id, enrollment, page_language())
    if context is None:
        raise Http404(lesson_id)
    services.beat(enrollment, lesson_id)  # opening the lesson starts its clock
    return render(request, "learning/lesson.html", context)


@login_required
@require_POST
def heartbeat(request: HttpRequest, course_id: str, lesson_id: str) -> JsonResponse:
    enrollment = _required(request, course_id)
    if lesson_id not in {x.id for x in services.lessons(services.definition(course_id))}:
        raise Http404(lesson_id)
    return JsonResponse({"seconds": services.beat(enrollment, lesson_id)})


@login_required
def assessment(request: HttpRequest, course_id: str) -> HttpResponse:
    enrollment = _required(request, course_id)
    open_attempt = enrollment.attempts.filter(submitted_at__isnull=True).first()
    if request.method == "POST" and request.POST.get("action") == "start" and not open_attempt:
        try:
            open_attempt = services.start_attempt(enrollment)
        except services.Refused as exc:
            messages.error(request, str(exc))
    elif request.method == "POST" and open_attempt:
        answers = {qid: request.POST.getlist(qid) for qid in open_attempt.question_ids}
        done = services.submit_attempt(open_attempt, answers)
        return redirect("attempt-result", course_id=course_id, number=done.number)
    context: dict[str, Any] = {
        "course": presenters.course_page(services.definition(course_id), page_language()),
        "attempt": presenters.attempt_form(open_attempt, page_language()) if open_attempt else None,
        "past": enrollment.attempts.exclude(submitted_at__isnull=True),
    }
    return render(request, "learning/assessment.html", context)


@login_required
def attempt_result(request: HttpRequest, course_id: str, number: int) -> HttpResponse:
    enrollment = _required(request, course_id)
    attempt = get_object_or_404(
        Attempt, enrollment=enrollment, number=number, submitted_at__isnull=False
    )
    context = {
        "course": presenters.course_page(services.definition(course_id), page_language()),
        "result": presenters.result(attempt, page_language()),
        "attempt": attempt,
    }
    return render(request, "learning/result.html", context)


@login_required
def dashboard(request: HttpRequest) -> HttpResponse:
    lang = page_language()
    rows = [
        presenters.dashboard_row(e, lang)
        for e in Enrollment.objects.filter(user=request.user.pk).select_related("course")
    ]
    certificates = request.user.certificates.all()  # type: ignore[union-attr]
    return render(request, "learning/dashboard.html", {"rows": rows, "certificates": certificates})
