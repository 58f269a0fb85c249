"""Attendance at a live session from the meeting platform's participant report.

Live credit needs evidence of attendance, not a ticked box (NCBTMB: "Certificate of Completion"
for live courses with full participation, no partial credit for arriving late). The evidence is
the participant report the meeting platform exports after the session: one row per connection,
with join and leave times. A person who drops out and reconnects has several rows, and one who
joins from a phone and a laptop has overlapping rows; the attended share is the length of the
union of their intervals, clipped to the scheduled session, over the session's length. So
overlapping connections never count twice and time before the start or after the end never
counts.

Two report formats are read:

* Zoom's participant export (Reports > Usage > Participants > Export). Its columns are
  ``Name (Original Name)``, ``User Email``, ``Join Time``, ``Leave Time``, ``Duration (Minutes)``,
  ``Guest`` (newer exports add ``Recording Consent`` and ``In Waiting Room``), with times such as
  ``11/19/2021 9:54:15 AM`` in the report's time zone, and, when exported "with meeting data",
  a first block (``Meeting ID,Topic,Start Time,...``) and a blank row before the participant
  header. Zoom describes the report at
  https://support.zoom.com/hc/pb/article?id=zm_kb&sysparm_article=KB0082659 (names, email
  addresses, join and leave times); the column names are those of a real export published at
  https://github.com/Lightbridge-KS/zoomclass/blob/main/inst/extdata/participants_heroes_full.csv.
  Header case varies between Zoom versions ("User email"), so headers are matched ignoring case.
* A generic ``email,join,leave`` CSV (any platform), with ISO 8601 times (``2026-03-10T19:02:00``
  or with an offset such as ``-05:00`` or ``Z``).

A time without an offset is read in the zone the staff member says the report uses.

>>> import datetime as dt
>>> t = lambda m: dt.datetime(2026, 3, 10, 19, 0, tzinfo=dt.UTC) + dt.timedelta(minutes=m)
>>> share([(t(-5), t(30)), (t(20), t(60))], t(0), t(60))
1.0
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import zoneinfo
from collections.abc import Iterable
from dataclasses import dataclass

Interval = tuple[dt.datetime, dt.datetime]

EMAIL_HEADERS = ("user email", "email", "e-mail", "email address", "attendee email")
JOIN_HEADERS = ("join time", "join", "joined", "join time (utc)")
LEAVE_HEADERS = ("leave time", "leave", "left", "leave time (utc)")
NAME_HEADERS = ("name (original name)", "name", "user name", "display name")
ZOOM_FORMATS = (
    "%m/%d/%Y %I:%M:%S %p",
    "%m/%d/%Y %I:%M %p",
    "%m/%d/%Y %H:%M:%S",
    "%m/%d/%Y %H:%M",
)


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """The union of the intervals as sorted, disjoint intervals (empty ones dropped)."""
    out: list[Interval] = []
    for start, end in sorted((a, b) for a, b in intervals if b > a):
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


def clip(intervals: Iterable[Interval], start: dt.datetime, end: dt.datetime) -> list[Interval]:
    """The merged intervals cut to [start, end]."""
    return [
        (max(a, start), min(b, end)) for a, b in merge(intervals) if min(b, end) > max(a, start)
    ]


def attended_seconds(intervals: Iterable[Interval], start: dt.datetime, end: dt.datetime) -> int:
    return int(sum((b - a).total_seconds() for a, b in clip(intervals, start, end)))


def share(intervals: Iterable[Interval], start: dt.datetime, end: dt.datetime) -> float:
    """The attended share of the session [start, end], between 0 and 1."""
    length = (end - start).total_seconds()
    if length <= 0:
        raise ValueError("a session ends after it starts")
    return min(1.0, attended_seconds(intervals, start, end) / length)


@dataclass(frozen=True)
class Row:
    email: str  # lower case
    name: str
    join: dt.datetime  # aware, UTC
    leave: dt.datetime


@dataclass(frozen=True)
class Report:
    format: str  # "zoom" or "generic"
    rows: tuple[Row, ...]
    skipped: tuple[str, ...]  # "line 7: no email", ...


class ReportError(ValueError):
    """A file that is not a participant report we can read; the message says why."""


def parse_time(text: str, zone: str) -> dt.datetime:
    """A report's time as an aware UTC datetime; naive times are read in ``zone``."""
    value = text.strip()
    parsed: dt.datetime | None = None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        for fmt in ZOOM_FORMATS:
            try:
                parsed = dt.datetime.strptime(value, fmt)
                break
            except ValueError:
                continue
    if parsed is None:
        raise ValueError(f"unreadable time {value!r}")
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=zoneinfo.ZoneInfo(zone))
    return parsed.astimezone(dt.UTC)


def _column(header: list[str], names: tuple[str, ...]) -> int | None:
    lowered = [h.strip().lower() for h in header]
    return next((lowered.index(n) for n in names if n in lowered), None)


def _find_header(rows: list[list[str]]) -> tuple[int, dict[str, int | None]]:
    """The participant header: the first row naming an email, a join and a leave column."""
    for i, row in enumerate(rows):
        columns = {
            "email": _column(row, EMAIL_HEADERS),
            "join": _column(row, JOIN_HEADERS),
            "leave": _column(row, LEAVE_HEADERS),
            "name": _column(row, NAME_HEADERS),
        }
        if None not in (columns["email"], columns["join"], columns["leave"]):
            return i, columns
    raise ReportError(
        "no participant header found: expected Zoom's columns (User Email, Join Time, "
        "Leave Time) or email,join,leave"
    )


def parse_report(text: str, zone: str) -> Report:
    """Read a Zoom participant export or a generic email,join,leave CSV."""
    rows = list(csv.reader(io.StringIO(text.lstrip("\ufeff"))))
    at, cols = _find_header(rows)
    header = [h.strip().lower() for h in rows[at]]
    kind = "zoom" if "user email" in header or "join time" in header else "generic"
    out: list[Row] = []
    skipped: list[str] = []
    for number, raw in enumerate(rows[at + 1 :], start=at + 2):
        if not any(cell.strip() for cell in raw):
            continue
        cell = {
            k: raw[v].strip() if v is not None and v < len(raw) else "" for k, v in cols.items()
        }
        if "@" not in cell["email"]:
            skipped.append(f"line {number}: no email ({cell['name'] or 'unnamed'})")
            continue
        try:
            join, leave = parse_time(cell["join"], zone), parse_time(cell["leave"], zone)
        except ValueError as exc:
            skipped.append(f"line {number}: {exc}")
            continue
        if leave < join:
            skipped.append(f"line {number}: leaves before joining")
            continue
        out.append(Row(cell["email"].lower(), cell["name"], join, leave))
    return Report(kind, tuple(out), tuple(skipped))


@dataclass(frozen=True)
class Attendee:
    email: str
    name: str
    intervals: tuple[Interval, ...]  # merged and clipped to the session
    seconds: int
    share: float


def attendees(report: Report, start: dt.datetime, end: dt.datetime) -> list[Attendee]:
    """One entry per email address, with every connection merged and clipped to the session."""
    by_email: dict[str, list[Row]] = {}
    for row in report.rows:
        by_email.setdefault(row.email, []).append(row)
    out = []
    for email, rows in sorted(by_email.items()):
        spans = [(r.join, r.leave) for r in rows]
        out.append(
            Attendee(
                email=email,
                name=next((r.name for r in rows if r.name), ""),
                intervals=tuple(clip(spans, start, end)),
                seconds=attended_seconds(spans, start, end),
                share=share(spans, start, end),
            )
        )
    return out
