"""Webinar pages: upcoming sessions, one session (register, waiting list, cancel, join link,
add to calendar), the calendar file, and "my webinars".

Every page here is rendered per request and marked private: times depend on the reader's zone
and the session page on their registration, so nothing is shared through the page cache
(``/webinars/`` is in page_cache.NEVER) or a proxy.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any
from urllib.parse import unquote

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from tpatlas.ce import calendar
from tpatlas.ce.schedule import is_zone
from tpatlas.web.credentials.models import Certificate
from tpatlas.web.learning.services import Refused
from tpatlas.web.pages.localize import page_language
from tpatlas.web.webinars import presenters, services
from tpatlas.web.webinars.models import Attendance, Registration, Webinar


def refusal(exc: Refused) -> str:
    return {
        "cancelled": _("This webinar is cancelled."),
        "started": _("Registration closed when the webinar started."),
        "buy-first": _("Buy the course first: the webinar is part of it."),
    }.get(exc.code, str(exc))


def _cookie_zone(request: HttpRequest) -> str | None:
    value = unquote(request.COOKIES.get(presenters.TZ_COOKIE, ""))
    return value if is_zone(value) else None


def _zone(request: HttpRequest, webinar: Webinar | None = None) -> str:
    zone = webinar.time_zone if webinar else None
    return presenters.reader_zone(request.user, _cookie_zone(request), zone)


def _zone_source(request: HttpRequest) -> str:
    user: Any = request.user
    if (
        user.is_authenticated
        and getattr(getattr(user, "profile", None), "time_zone", "UTC") != "UTC"
    ):
        return "profile"
    return "browser" if _cookie_zone(request) else "organiser"


def upcoming(limit: int | None = None) -> list[Webinar]:
    now = timezone.now()
    rows = Webinar.objects.filter(
        status=Webinar.SCHEDULED, starts_at__gt=now - dt.timedelta(days=1)
    ).select_related("course")
    found = [w for w in rows if w.ends_at > now]
    return found[:limit] if limit else found


@never_cache
def webinar_list(request: HttpRequest) -> HttpResponse:
    lang = page_language()
    cards = [presenters.card(w, _zone(request, w), lang) for w in upcoming()]
    context = {"cards": cards, "zone_source": _zone_source(request), "zone": _zone(request)}
    return render(request, "webinars/list.html", context)


@never_cache
def upcoming_fragment(request: HttpRequest) -> HttpResponse:
    """The next sessions for the home page, fetched by htmx so the cached home page stays
    the same for everyone."""
    lang = page_language()
    cards = [presenters.card(w, _zone(request, w), lang) for w in upcoming(3)]
    return render(request, "webinars/_upcoming.html", {"cards": cards})


def _calendar_links(webinar: Webinar, lang: str, registered: bool) -> dict[str, str]:
    event = presenters.calendar_event(webinar, lang, with_join_link=registered)
    return {
        "ics": reverse("webinar-ics", args=[webinar.pk]),
        "google": calendar.google_url(event),
        "outlook": calendar.outlook_url(event, "outlook.live.com"),
        "office": calendar.outlook_url(event, "outlook.office.com"),
    }


@never_cache
def webinar_detail(request: HttpRequest, pk: int) -> HttpResponse:
    webinar = get_object_or_404(Webinar.objects.select_related("course"), pk=pk)
    lang = page_language()
    zone = _zone(request, webinar)
    mine = services.active_registration(request.user, webinar)
    registered = bool(mine and mine.status == Registration.REGISTERED)
    now = timezone.now()
    taken = services.seats_taken(webinar)
    context = {
        "webinar": webinar,
        "card": presenters.card(webinar, zone, lang),
        "facts": presenters.course_facts(webinar, lang),
        "zone": zone,
        "zone_source": _zone_source(request),
        "registration": mine,
        "registered": registered,
        "position": services.waiting_position(mine) if mine else None,
        "join_open": registered and services.join_open(webinar, now),
        "join_opens": presenters.show_instant(webinar.join_opens_at, zone, lang),
        "started": now >= webinar.starts_at,
        "ended": now >= webinar.ends_at,
        "access": request.user.is_authenticated and services.has_access(request.user, webinar),
        "seats_left": max(webinar.capacity - taken, 0),
        "links": _calendar_links(webinar, lang, registered),
    }
    return render(request, "webinars/detail.html", context)


@login_required
@require_POST
def register(request: HttpRequest, pk: int) -> HttpResponse:
    webinar = get_object_or_404(Webinar, pk=pk)
    try:
        registration = services.register(request.user, webinar.pk, _zone(request, webinar))
    except Refused as exc:
        messages.error(request, refusal(exc))
    else:
        if registration.status == Registration.WAITING:
            messages.warning(request, _("The webinar is full: you are on the waiting list."))
        else:
            messages.success(request, _("You are registered. A confirmation email is on its way."))
    return redirect("webinar-detail", pk=pk)


@login_required
@require_POST
def cancel(request: HttpRequest, pk: int) -> HttpResponse:
    webinar = get_object_or_404(Webinar, pk=pk)
    mine = services.active_registration(request.user, webinar)
    if mine:
        services.cancel_registration(mine)
        messages.success(request, _("Your registration is cancelled."))
    return redirect("webinar-detail", pk=pk)


@never_cache
def ics(request: HttpRequest, pk: int) -> HttpResponse:
    """The calendar file; it carries the join link only for a registrant with a seat."""
    webinar = get_object_or_404(Webinar, pk=pk)
    mine = services.active_registration(request.user, webinar)
    seated = bool(mine and mine.status == Registration.REGISTERED)
    body = presenters.ics_bytes(webinar, page_language(), with_join_link=seated)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="webinar-{webinar.pk}.ics"'
    return response


@never_cache
@login_required
def my_webinars(request: HttpRequest) -> HttpResponse:
    lang = page_language()
    now = timezone.now()
    rows = []
    registrations = Registration.objects.filter(user=request.user.pk).select_related(
        "webinar", "webinar__course"
    )
    for r in registrations.order_by("-webinar__starts_at", "-created_at"):
        attended = Attendance.objects.filter(webinar=r.webinar, registration=r).first()
        rows.append(
            {
                "registration": r,
                "card": presenters.card(r.webinar, _zone(request, r.webinar), lang),
                "position": services.waiting_position(r),
                "past": r.webinar.ends_at <= now,
                "join_open": r.status == Registration.REGISTERED
                and services.join_open(r.webinar, now),
                "attendance": attended,
                "percent": f"{math.floor(attended.share * 100)}%" if attended else "",
                "certificate": Certificate.objects.filter(
                    user=request.user.pk, course=r.webinar.course, status=Certificate.VALID
                ).first(),
            }
        )
    return render(request, "webinars/mine.html", {"rows": rows})
