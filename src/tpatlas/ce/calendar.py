"""Calendar entries for a live session: an iCalendar (.ics) file and "add event" links.

The .ics file carries times in UTC (DTSTART:20260310T230000Z), never a floating local time, so
every calendar shows the session at the right instant in its own zone: "calendar files an hour
off" is what users of other systems complain about. The UID is stable for a session, and
SEQUENCE goes up whenever its time changes or it is cancelled, so a calendar that imports the new
file updates the entry it already has instead of adding a second one. The join link (LOCATION)
is only put in files made for registrants.

Google Calendar and Outlook on the web have no official "add event" URL documentation; the
parameters used here (Google ``action=TEMPLATE&dates=START/END`` in UTC with a trailing Z;
Outlook ``/calendar/deeplink/compose?path=/calendar/action/compose&rru=addevent&startdt=...Z``
on outlook.live.com for personal and outlook.office.com for work accounts) are the ones collected
in https://github.com/InteractionDesignFoundation/add-event-to-calendar-docs (services/google.md,
services/outlook-web.md).

>>> import datetime as dt
>>> e = CalendarEvent("w1@example.org", 0, dt.datetime(2026, 3, 10, 23, tzinfo=dt.UTC),
...                   dt.datetime(2026, 3, 11, 0, tzinfo=dt.UTC), "Clinic", "", "")
>>> b"DTSTART:20260310T230000Z" in ics(e, stamp=e.start)
True
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from urllib.parse import urlencode

from icalendar import Calendar, Event

PRODID = "-//Trigger Point Atlas//Live webinars//EN"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str  # stable for the session, e.g. "<uuid>@host"
    sequence: int  # bumped on every change of time, and on cancellation
    start: dt.datetime  # aware
    end: dt.datetime  # aware
    summary: str
    description: str
    url: str  # the session's page
    location: str = ""  # the join link, only for registrants
    cancelled: bool = False
    organizer_name: str = ""
    organizer_email: str = ""


def _utc(value: dt.datetime) -> dt.datetime:
    if value.tzinfo is None:
        raise ValueError("calendar times must be aware datetimes")
    return value.astimezone(dt.UTC)


def ics(event: CalendarEvent, stamp: dt.datetime) -> bytes:
    """The .ics file (RFC 5545) for one session; ``stamp`` is DTSTAMP, when it was made."""
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    entry = Event()
    entry.add("uid", event.uid)
    entry.add("sequence", event.sequence)
    entry.add("dtstamp", _utc(stamp))
    entry.add("dtstart", _utc(event.start))
    entry.add("dtend", _utc(event.end))
    entry.add("summary", event.summary)
    if event.description:
        entry.add("description", event.description)
    if event.url:
        entry.add("url", event.url)
    if event.location:
        entry.add("location", event.location)
    if event.organizer_email:
        entry.add(
            "organizer",
            f"mailto:{event.organizer_email}",
            parameters={"CN": event.organizer_name} if event.organizer_name else {},
        )
    entry.add("status", "CANCELLED" if event.cancelled else "CONFIRMED")
    entry.add("transp", "OPAQUE")
    cal.add_component(entry)
    return bytes(cal.to_ical())


def _basic(value: dt.datetime) -> str:
    return _utc(value).strftime("%Y%m%dT%H%M%SZ")


def _extended(value: dt.datetime) -> str:
    return _utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def _details(event: CalendarEvent) -> str:
    return "\n\n".join(x for x in (event.description, event.url) if x)


def google_url(event: CalendarEvent) -> str:
    query = {
        "action": "TEMPLATE",
        "text": event.summary,
        "dates": f"{_basic(event.start)}/{_basic(event.end)}",
        "details": _details(event),
    }
    if event.location:
        query["location"] = event.location
    return "https://calendar.google.com/calendar/render?" + urlencode(query)


def outlook_url(event: CalendarEvent, host: str = "outlook.live.com") -> str:
    """Outlook on the web: ``outlook.live.com`` (personal) or ``outlook.office.com`` (work)."""
    query = {
        "path": "/calendar/action/compose",
        "rru": "addevent",
        "subject": event.summary,
        "startdt": _extended(event.start),
        "enddt": _extended(event.end),
        "body": _details(event),
    }
    if event.location:
        query["location"] = event.location
    return f"https://{host}/calendar/deeplink/compose?" + urlencode(query)
