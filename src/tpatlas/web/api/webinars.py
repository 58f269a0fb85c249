"""The webinar API: upcoming live sessions with their start in UTC and, with ``?tz=``, in a
given IANA zone (labelled, daylight saving included). Public: nothing about registrants.

Not kept by the page cache (``/api/v1/webinars`` is in page_cache.NEVER): sessions are
scheduled, moved and cancelled in the database at any time, unlike the knowledge base.
"""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest
from ninja import Router, Schema
from ninja.params.functions import Query
from ninja.responses import Status
from pydantic import Field

from tpatlas.ce.schedule import is_zone
from tpatlas.web.api.schemas import ErrorOut
from tpatlas.web.languages.paths import localize_url
from tpatlas.web.webinars import presenters, services
from tpatlas.web.webinars.models import Webinar
from tpatlas.web.webinars.views import upcoming

router = Router()


class LocalTimesOut(Schema):
    time_zone: str = Field(description="The IANA zone asked for with ?tz=")
    starts_at: str = Field(description="ISO 8601 with the zone's offset on that date")
    ends_at: str
    zone_name: str = Field(description="e.g. Eastern Daylight Time (in the Accept-Language)")
    label: str = Field(description="The whole line as the pages show it, zone included")


class WebinarOut(Schema):
    id: int
    title: str
    description: str
    course: str
    delivery: str
    hours: float
    free: bool
    starts_at: str = Field(description="UTC, ISO 8601 with Z")
    ends_at: str = Field(description="UTC, ISO 8601 with Z")
    duration_minutes: int
    organiser_time_zone: str
    local: LocalTimesOut | None = Field(description="Only with ?tz=")
    capacity: int
    seats_left: int
    status: str
    url: str
    ics_url: str


class WebinarPage(Schema):
    items: list[WebinarOut]
    count: int


def _lang(request: HttpRequest) -> str:
    return "es" if (getattr(request, "LANGUAGE_CODE", "") or "").startswith("es") else "en"


def _utc(value: Any) -> str:
    return str(value.isoformat()).replace("+00:00", "Z")


def _webinar(w: Webinar, tz: str | None, lang: str) -> dict[str, Any]:
    local = None
    if tz:
        shown = presenters.times(w, tz, lang)
        local = {
            "time_zone": tz,
            "starts_at": w.starts_at.astimezone(presenters.zone_info(tz)).isoformat(),
            "ends_at": w.ends_at.astimezone(presenters.zone_info(tz)).isoformat(),
            "zone_name": shown.zone_name,
            "label": shown.text,
        }
    return {
        "id": w.pk, "title": w.title(lang), "description": w.description(lang),
        "course": w.course_id, "delivery": w.course.delivery, "hours": float(w.course.hours),
        "free": w.course.free, "starts_at": _utc(w.starts_at), "ends_at": _utc(w.ends_at),
        "duration_minutes": w.duration_minutes, "organiser_time_zone": w.time_zone,
        "local": local, "capacity": w.capacity,
        "seats_left": max(w.capacity - services.seats_taken(w), 0), "status": w.status,
        "url": localize_url(f"/webinars/{w.pk}/", lang),
        "ics_url": localize_url(f"/webinars/{w.pk}.ics", lang),
    }  # fmt: skip


@router.get("/webinars", response={200: WebinarPage, 422: ErrorOut}, tags=["webinars"])
def webinars(
    request: HttpRequest,
    tz: str | None = None,
    limit: int = Query(20, ge=1, le=100),
    offset: int = Query(0, ge=0),
) -> Any:
    """Upcoming live webinars, soonest first. ``tz`` (an IANA zone such as America/New_York)
    adds each session's times in that zone; a name the tz database does not know is a 422."""
    if tz is not None and not is_zone(tz):
        return Status(422, {"detail": f"{tz!r} is not an IANA time zone such as "
                            "America/New_York", "field": "tz", "allowed": []})  # fmt: skip
    found = upcoming()
    lang = _lang(request)
    items = [_webinar(w, tz, lang) for w in found[offset : offset + limit]]
    return {"items": items, "count": len(found)}
