"""Times of live sessions, shown in the reader's own zone and always labelled with it.

A session is stored as an instant in UTC plus the organiser's IANA zone (the zone it was planned
in). Showing it converts the instant to the reader's zone with zoneinfo, so daylight-saving time
is whatever the tz database says for that date, and labels it with the zone's name for that
instant ("Eastern Daylight Time", "hora de verano británica"), its UTC offset and the IANA id: a
time without its zone is the complaint users of other systems make most (times shown in UTC or
the server's zone, calendar files an hour off). Dates are written by Babel (CLDR) in the page's
language. A session that spans a daylight-saving change labels its end with the end's own zone
name and offset.

Entering a time works the other way: a wall-clock time in the organiser's zone becomes an
instant, and a time that does not exist (the hour skipped in spring) or exists twice (the hour
repeated in autumn) is refused rather than guessed.

>>> import datetime as dt
>>> s = show(dt.datetime(2026, 7, 1, 23, 0, tzinfo=dt.UTC), 60, "America/New_York", "en")
>>> s.start_time.replace("\\u202f", " "), s.zone_name, s.offset
('7:00 PM', 'Eastern Daylight Time', 'GMT-04:00')
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from dataclasses import dataclass
from functools import cache

from babel.dates import format_date, format_datetime, format_time, get_timezone_name

DEFAULT_ZONE = "UTC"


@cache
def _zones() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def is_zone(name: str | None) -> bool:
    """An IANA zone name the tz database knows (never a path, never a guess)."""
    return bool(name) and name in _zones()


def all_zones() -> list[str]:
    return sorted(_zones())


def pick_zone(*candidates: str | None) -> str:
    """The first candidate that is a real zone name (profile, browser cookie, organiser)."""
    return next((c for c in candidates if c and is_zone(c)), DEFAULT_ZONE)


class LocalTimeError(ValueError):
    """A wall-clock time that does not name one instant in its zone."""

    def __init__(self, kind: str, local: dt.datetime, zone: str) -> None:
        self.kind = kind  # "nonexistent" or "ambiguous"
        super().__init__(f"{local:%Y-%m-%d %H:%M} is {kind} in {zone}")


def to_utc(local: dt.datetime, zone: str) -> dt.datetime:
    """The instant a naive wall-clock time in ``zone`` names, in UTC.

    >>> to_utc(dt.datetime(2026, 3, 10, 19, 0), "America/New_York").isoformat()
    '2026-03-10T23:00:00+00:00'
    >>> to_utc(dt.datetime(2026, 3, 8, 2, 30), "America/New_York")
    Traceback (most recent call last):
    ...
    tpatlas.ce.schedule.LocalTimeError: 2026-03-08 02:30 is nonexistent in America/New_York
    """
    tz = zoneinfo.ZoneInfo(zone)
    naive = local.replace(tzinfo=None)
    first = naive.replace(tzinfo=tz, fold=0)
    second = naive.replace(tzinfo=tz, fold=1)
    back = first.astimezone(dt.UTC).astimezone(tz).replace(tzinfo=None)
    if back != naive:
        raise LocalTimeError("nonexistent", naive, zone)
    if first.utcoffset() != second.utcoffset():
        raise LocalTimeError("ambiguous", naive, zone)
    return first.astimezone(dt.UTC)


def to_local(instant: dt.datetime, zone: str) -> dt.datetime:
    return instant.astimezone(zoneinfo.ZoneInfo(zone))


@dataclass(frozen=True)
class Shown:
    """A session's times in one zone and language, every part ready to print."""

    zone: str  # IANA id
    start_date: str
    start_time: str
    end_date: str  # empty when the session ends on the day it starts
    end_time: str
    zone_name: str  # at the start, e.g. "Eastern Standard Time"
    offset: str  # at the start, e.g. "GMT-05:00"
    end_zone_name: str  # empty unless a daylight-saving change falls inside the session
    end_offset: str
    start_iso: str  # the instant, for <time datetime>
    end_iso: str

    @property
    def label(self) -> str:
        """The zone as shown next to the times: "Eastern Daylight Time (America/New_York,
        GMT-04:00)"."""
        return f"{self.zone_name} ({self.zone}, {self.offset})"

    @property
    def text(self) -> str:
        """One line for emails and lists, zone included."""
        end = f"{self.end_date}, {self.end_time}" if self.end_date else self.end_time
        if self.end_zone_name:
            return (
                f"{self.start_date}, {self.start_time} {self.zone_name} ({self.offset}) – "
                f"{end} {self.end_zone_name} ({self.end_offset}), {self.zone}"
            )
        return f"{self.start_date}, {self.start_time} – {end} {self.label}"


def show(start: dt.datetime, minutes: int, zone: str, lang: str) -> Shown:
    """``start`` (aware) and the session's length as seen in ``zone``, written in ``lang``."""
    if start.tzinfo is None:
        raise ValueError("start must be an aware datetime (UTC)")
    locale = "es" if lang.startswith("es") else "en"
    begin = to_local(start, zone)
    finish = to_local(start + dt.timedelta(minutes=minutes), zone)
    zone_name = get_timezone_name(begin, "long", locale=locale)
    end_zone_name = get_timezone_name(finish, "long", locale=locale)
    offset = format_datetime(begin, "ZZZZ", locale=locale)
    end_offset = format_datetime(finish, "ZZZZ", locale=locale)
    changed = begin.utcoffset() != finish.utcoffset()
    return Shown(
        zone=zone,
        start_date=format_date(begin, "full", locale=locale),
        start_time=format_time(begin, "short", locale=locale),
        end_date=format_date(finish, "full", locale=locale)
        if finish.date() != begin.date()
        else "",
        end_time=format_time(finish, "short", locale=locale),
        zone_name=zone_name,
        offset=offset,
        end_zone_name=end_zone_name if changed else "",
        end_offset=end_offset if changed else "",
        start_iso=start.astimezone(dt.UTC).isoformat().replace("+00:00", "Z"),
        end_iso=(start + dt.timedelta(minutes=minutes))
        .astimezone(dt.UTC)
        .isoformat()
        .replace("+00:00", "Z"),
    )
