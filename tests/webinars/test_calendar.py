"""The .ics file and the "add event" links (no database)."""

from __future__ import annotations

import datetime as dt
from urllib.parse import parse_qs, urlparse

from icalendar import Calendar

from tpatlas.ce.calendar import CalendarEvent, google_url, ics, outlook_url

START = dt.datetime(2026, 3, 8, 6, 30, tzinfo=dt.UTC)
EVENT = CalendarEvent(
    uid="0b7c0d6e@tpatlas",
    sequence=0,
    start=START,
    end=START + dt.timedelta(minutes=60),
    summary="Live clinic: reading referral charts, together",
    description="Bring a pain drawing; we read it with the atlas.",
    url="https://atlas.example.org/webinars/1/",
    location="https://meet.example.org/j/123",
    organizer_name="Trigger Point Atlas",
    organizer_email="ce@example.org",
)


def event_of(data: bytes) -> object:
    return Calendar.from_ical(data).walk("VEVENT")[0]


def test_times_are_utc_and_the_uid_and_sequence_are_carried() -> None:
    data = ics(EVENT, stamp=START)
    assert b"DTSTART:20260308T063000Z" in data and b"DTEND:20260308T073000Z" in data
    entry = event_of(data)
    assert entry.decoded("dtstart") == START  # type: ignore[attr-defined]
    assert str(entry["uid"]) == "0b7c0d6e@tpatlas"  # type: ignore[index]
    assert int(entry["sequence"]) == 0  # type: ignore[index]
    assert b"METHOD:PUBLISH" in data and b"STATUS:CONFIRMED" in data
    assert b"LOCATION:https://meet.example.org/j/123" in data


def test_an_aware_local_start_is_written_as_the_same_utc_instant() -> None:
    import zoneinfo

    local = START.astimezone(zoneinfo.ZoneInfo("America/New_York"))
    other = CalendarEvent(
        **{**EVENT.__dict__, "start": local, "end": local + dt.timedelta(hours=1)}
    )
    assert b"DTSTART:20260308T063000Z" in ics(other, stamp=START)


def test_without_the_join_link_there_is_no_location_and_a_change_bumps_the_sequence() -> None:
    moved = CalendarEvent(**{**EVENT.__dict__, "location": "", "sequence": 2, "cancelled": True})
    data = ics(moved, stamp=START)
    assert b"LOCATION" not in data and b"meet.example.org" not in data
    assert b"SEQUENCE:2" in data and b"STATUS:CANCELLED" in data
    assert b"UID:0b7c0d6e@tpatlas" in data  # the same entry, updated


def test_google_and_outlook_links_carry_utc_times_and_escaped_text() -> None:
    google = urlparse(google_url(EVENT))
    q = parse_qs(google.query)
    assert google.netloc == "calendar.google.com"
    assert q["action"] == ["TEMPLATE"] and q["dates"] == ["20260308T063000Z/20260308T073000Z"]
    assert q["text"] == [EVENT.summary] and q["location"] == [EVENT.location]
    for host in ("outlook.live.com", "outlook.office.com"):
        link = urlparse(outlook_url(EVENT, host))
        o = parse_qs(link.query)
        assert link.netloc == host and link.path == "/calendar/deeplink/compose"
        assert o["rru"] == ["addevent"] and o["path"] == ["/calendar/action/compose"]
        assert o["startdt"] == ["2026-03-08T06:30:00Z"] and o["enddt"] == ["2026-03-08T07:30:00Z"]
        assert o["subject"] == [EVENT.summary]
    bare = CalendarEvent(**{**EVENT.__dict__, "location": ""})
    assert "location" not in parse_qs(urlparse(google_url(bare)).query)
