"""Webinars as plain data for the templates, the emails and the API: times in the reader's zone
(always labelled with it), calendar entries, the course's hours and approvals."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from tpatlas.ce import calendar
from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.schedule import Shown, pick_zone, show
from tpatlas.web.webinars.models import Webinar

TZ_COOKIE = "tz"


def reader_zone(user: Any, cookie: str | None, webinar_zone: str | None = None) -> str:
    """The zone a person reads times in: their profile's, if they chose one (the profile's
    untouched default is UTC, which nobody chose), else the browser's (the ``tz`` cookie a
    small script sets), else the organiser's."""
    profile_zone = None
    if getattr(user, "is_authenticated", False):
        profile = getattr(user, "profile", None)
        profile_zone = getattr(profile, "time_zone", None)
        if profile_zone == "UTC":
            profile_zone = None
    return pick_zone(profile_zone, cookie, webinar_zone, "UTC")


def times(webinar: Webinar, zone: str, lang: str) -> Shown:
    return show(webinar.starts_at, webinar.duration_minutes, zone, lang)


def page_url(webinar: Webinar) -> str:
    return settings.SITE_URL + reverse("webinar-detail", args=[webinar.pk])


def calendar_event(webinar: Webinar, lang: str, with_join_link: bool) -> calendar.CalendarEvent:
    """The session as a calendar entry; the join link only for registrants."""
    provider = load_catalogue().provider
    return calendar.CalendarEvent(
        uid=f"{webinar.uid}@tpatlas",
        sequence=webinar.sequence,
        start=webinar.starts_at,
        end=webinar.ends_at,
        summary=webinar.title(lang),
        description=webinar.description(lang),
        url=page_url(webinar),
        location=webinar.join_url if with_join_link else "",
        cancelled=webinar.status == Webinar.CANCELLED,
        organizer_name=provider.name,
        organizer_email=provider.email,
    )


def ics_bytes(webinar: Webinar, lang: str, with_join_link: bool) -> bytes:
    return calendar.ics(calendar_event(webinar, lang, with_join_link), stamp=timezone.now())


def course_facts(webinar: Webinar, lang: str) -> dict[str, Any]:
    """Hours, delivery, approvals and instructors, from the course definition."""
    cat = load_catalogue()
    course = cat.courses.get(webinar.course_id)
    if course is None:
        return {
            "title": str(webinar.course),
            "hours": float(webinar.course.hours),
            "approvals": [],
            "instructors": [],
        }
    ids = webinar.instructors or list(course.instructors)
    return {
        "title": course.title.get(lang)[0],
        "hours": course.hours,
        "delivery": course.delivery,
        "free": course.free,
        "approvals": [
            {
                "body": cat.accreditors[a.accreditor].short_name,
                "hours": a.hours,
                "unit": cat.accreditors[a.accreditor].unit.get(lang)[0],
                "format": a.format,
                "number": a.number,
            }
            for a in course.approvals
        ],
        "instructors": [
            {"name": cat.instructors[i].name, "credentials": cat.instructors[i].credentials}
            for i in ids
            if i in cat.instructors
        ],
    }


def card(webinar: Webinar, zone: str, lang: str) -> dict[str, Any]:
    return {
        "id": webinar.pk,
        "title": webinar.title(lang),
        "description": webinar.description(lang),
        "times": times(webinar, zone, lang),
        "cancelled": webinar.status == Webinar.CANCELLED,
        "course_id": webinar.course_id,
        "free": webinar.course.free,
        "hours": webinar.course.hours,
        "duration": webinar.duration_minutes,
    }


def show_instant(instant: dt.datetime, zone: str, lang: str) -> Shown:
    """A single moment (e.g. when the join link opens), in the reader's zone."""
    return show(instant, 0, zone, lang)


def zone_info(zone: str) -> zoneinfo.ZoneInfo:
    return zoneinfo.ZoneInfo(zone)
