"""Participant reports and attended shares (no database): Zoom's export and a generic CSV,
connections merged and clipped to the session, overlapping time never counted twice."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tpatlas.ce.attendance import (
    ReportError,
    attendees,
    clip,
    merge,
    parse_report,
    parse_time,
    share,
)

UTC = dt.UTC
# 19:00-20:00 in New York on 10 March 2026 (after the change to daylight time): 23:00-00:00 UTC.
START = dt.datetime(2026, 3, 10, 23, 0, tzinfo=UTC)
END = START + dt.timedelta(hours=1)

# Shaped like Zoom's export "with meeting data": a meeting block, a blank row, then one row per
# connection; times in the account's zone, 12-hour clock. Names and addresses are invented.
ZOOM = """\ufeffMeeting ID,Topic,Start Time,End Time,User Email,Duration (Minutes),Participants
81234567890,Live clinic,03/10/2026 06:55:02 PM,03/10/2026 08:01:10 PM,host@example.org,67,4
,,,,,,
Name (Original Name),User Email,Join Time,Leave Time,Duration (Minutes),Guest,\
Recording Consent,In Waiting Room
Ana Ruiz,ANA@example.org,03/10/2026 06:58:10 PM,03/10/2026 07:31:00 PM,33,Yes,Y,No
Ana Ruiz (phone),ana@example.org,03/10/2026 07:20:00 PM,03/10/2026 08:00:30 PM,41,Yes,Y,No
Ben Ode,ben@example.org,03/10/2026 07:05:00 PM,03/10/2026 08:00:00 PM,55,Yes,Y,No
Dial-in user,,03/10/2026 07:00:00 PM,03/10/2026 08:00:00 PM,60,Yes,,No
"""


def t(minutes: float) -> dt.datetime:
    return START + dt.timedelta(minutes=minutes)


def test_zoom_export_with_meeting_data_is_read_in_the_report_zone() -> None:
    report = parse_report(ZOOM, "America/New_York")
    assert report.format == "zoom"
    assert [r.email for r in report.rows] == [
        "ana@example.org",
        "ana@example.org",
        "ben@example.org",
    ]
    assert report.rows[0].join == dt.datetime(2026, 3, 10, 22, 58, 10, tzinfo=UTC)
    assert report.skipped == ("line 8: no email (Dial-in user)",)


def test_reconnections_merge_and_time_outside_the_session_never_counts() -> None:
    people = {a.email: a for a in attendees(parse_report(ZOOM, "America/New_York"), START, END)}
    ana, ben = people["ana@example.org"], people["ben@example.org"]
    assert ana.share == 1.0 and ana.seconds == 3600 and ana.intervals == ((START, END),)
    assert ben.seconds == 55 * 60 and ben.share == pytest.approx(55 / 60)
    assert ana.name == "Ana Ruiz"


def test_lower_case_headers_and_a_24_hour_clock_are_read_too() -> None:
    text = (
        "Name (original name),User email,Join time,Leave time,Duration (minutes),Guest\n"
        "Cy,cy@example.org,03/10/2026 19:00:00,03/10/2026 20:00:00,60,No\n"
    )
    (cy,) = attendees(parse_report(text, "America/New_York"), START, END)
    assert cy.share == 1.0


def test_a_generic_csv_takes_iso_times_with_or_without_an_offset() -> None:
    text = (
        "email,join,leave\n"
        "dee@example.org,2026-03-10T23:00:00Z,2026-03-10T23:30:00Z\n"
        "dee@example.org,2026-03-10T19:30:00-04:00,2026-03-10T20:00:00-04:00\n"
        "eve@example.org,2026-03-10 19:10:00,2026-03-10 20:00:00\n"
        "fay@example.org,yesterday,today\n"
        "gus@example.org,2026-03-10T23:30:00Z,2026-03-10T23:00:00Z\n"
    )
    report = parse_report(text, "America/New_York")
    assert report.format == "generic"
    people = {a.email: a for a in attendees(report, START, END)}
    assert people["dee@example.org"].share == 1.0
    assert people["eve@example.org"].seconds == 50 * 60
    assert report.skipped == (
        "line 5: unreadable time 'yesterday'",
        "line 6: leaves before joining",
    )


def test_a_file_without_a_participant_header_is_refused_with_the_reason() -> None:
    with pytest.raises(ReportError, match="no participant header"):
        parse_report("name,score\nAna,10\n", "UTC")


def test_times_in_the_report_zone_follow_daylight_saving() -> None:
    winter = parse_time("03/05/2026 07:00:00 PM", "America/New_York")
    summer = parse_time("03/12/2026 07:00:00 PM", "America/New_York")
    assert (winter.hour, summer.hour) == (0, 23)


# Intervals within two hours around a one-hour session, to the second.
OFFSETS = st.integers(min_value=-3600, max_value=2 * 3600)
INTERVALS = st.lists(
    st.tuples(OFFSETS, OFFSETS).map(
        lambda p: (START + dt.timedelta(seconds=min(p)), START + dt.timedelta(seconds=max(p)))
    ),
    max_size=12,
)


@given(INTERVALS)
def test_the_share_is_between_0_and_1(intervals: list[tuple[dt.datetime, dt.datetime]]) -> None:
    assert 0.0 <= share(intervals, START, END) <= 1.0


@given(INTERVALS)
def test_overlapping_intervals_never_count_twice(
    intervals: list[tuple[dt.datetime, dt.datetime]],
) -> None:
    once = share(intervals, START, END)
    assert share(intervals + intervals, START, END) == once
    assert share(list(reversed(intervals)), START, END) == once
    assert share(merge(intervals), START, END) == once
    total = sum((b - a).total_seconds() for a, b in clip(intervals, START, END))
    assert total <= (END - START).total_seconds()


@given(INTERVALS)
def test_clipped_intervals_are_sorted_disjoint_and_inside_the_session(
    intervals: list[tuple[dt.datetime, dt.datetime]],
) -> None:
    parts = clip(intervals, START, END)
    for a, b in parts:
        assert START <= a < b <= END
    for (_, end), (start, _) in itertools.pairwise(parts):
        assert end < start


@given(INTERVALS, st.tuples(OFFSETS, OFFSETS))
def test_adding_a_connection_never_lowers_the_share(
    intervals: list[tuple[dt.datetime, dt.datetime]], extra: tuple[int, int]
) -> None:
    more = (START + dt.timedelta(seconds=min(extra)), START + dt.timedelta(seconds=max(extra)))
    assert share([*intervals, more], START, END) >= share(intervals, START, END)


def test_a_session_must_have_a_length() -> None:
    with pytest.raises(ValueError):
        share([], START, START)
