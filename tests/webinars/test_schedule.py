"""Times in the reader's zone, labelled, across daylight-saving changes (no database)."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tpatlas.ce.schedule import LocalTimeError, is_zone, pick_zone, show, to_local, to_utc

UTC = dt.UTC


def plain(text: str) -> str:
    """Babel puts narrow no-break spaces before AM/PM; compare with plain spaces."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


def test_a_session_across_the_new_york_spring_change_labels_each_end_with_its_own_zone() -> None:
    # 8 March 2026: New York clocks jump from 02:00 EST to 03:00 EDT.
    s = show(dt.datetime(2026, 3, 8, 6, 30, tzinfo=UTC), 60, "America/New_York", "en")
    assert plain(s.start_time) == "1:30 AM" and plain(s.end_time) == "3:30 AM"
    assert (s.zone_name, s.offset) == ("Eastern Standard Time", "GMT-05:00")
    assert (s.end_zone_name, s.end_offset) == ("Eastern Daylight Time", "GMT-04:00")
    assert "Eastern Standard Time" in s.text and "Eastern Daylight Time" in s.text
    assert "America/New_York" in s.text
    assert s.start_iso == "2026-03-08T06:30:00Z" and s.end_iso == "2026-03-08T07:30:00Z"


def test_a_session_in_london_across_the_autumn_change_ends_at_the_same_clock_time() -> None:
    # 25 October 2026: London clocks go back from 02:00 BST to 01:00 GMT.
    s = show(dt.datetime(2026, 10, 25, 0, 30, tzinfo=UTC), 60, "Europe/London", "en")
    assert plain(s.start_time) == plain(s.end_time) == "1:30 AM"
    assert s.zone_name == "British Summer Time" and s.end_zone_name == "Greenwich Mean Time"
    assert (s.offset, s.end_offset) == ("GMT+01:00", "GMT+00:00")


def test_london_in_spring_is_labelled_summer_time_after_the_change() -> None:
    before = show(dt.datetime(2026, 3, 28, 18, 0, tzinfo=UTC), 60, "Europe/London", "en")
    after = show(dt.datetime(2026, 3, 29, 18, 0, tzinfo=UTC), 60, "Europe/London", "en")
    assert plain(before.start_time) == "6:00 PM" and before.zone_name == "Greenwich Mean Time"
    assert plain(after.start_time) == "7:00 PM" and after.zone_name == "British Summer Time"
    assert before.end_zone_name == after.end_zone_name == ""  # no change inside either session


def test_the_same_new_york_evening_is_a_different_utc_instant_either_side_of_the_change() -> None:
    before = to_utc(dt.datetime(2026, 3, 5, 19, 0), "America/New_York")
    after = to_utc(dt.datetime(2026, 3, 12, 19, 0), "America/New_York")
    assert before == dt.datetime(2026, 3, 6, 0, 0, tzinfo=UTC)
    assert after == dt.datetime(2026, 3, 12, 23, 0, tzinfo=UTC)
    # In the weeks when New York has changed and London has not, the gap is four hours.
    london = show(after, 60, "Europe/London", "en")
    assert plain(london.start_time) == "11:00 PM" and london.zone_name == "Greenwich Mean Time"


def test_a_wall_clock_time_skipped_or_repeated_is_refused() -> None:
    with pytest.raises(LocalTimeError) as skipped:
        to_utc(dt.datetime(2026, 3, 8, 2, 30), "America/New_York")
    assert skipped.value.kind == "nonexistent"
    with pytest.raises(LocalTimeError) as twice:
        to_utc(dt.datetime(2026, 10, 25, 1, 30), "Europe/London")
    assert twice.value.kind == "ambiguous"


def test_spanish_dates_and_zone_names_come_from_babel() -> None:
    s = show(dt.datetime(2026, 3, 8, 6, 30, tzinfo=UTC), 60, "America/New_York", "es")
    assert s.start_date == "domingo, 8 de marzo de 2026"
    assert s.zone_name == "hora estándar oriental" and s.end_zone_name == "hora de verano oriental"
    assert s.start_time == "1:30"


def test_a_session_past_midnight_shows_the_end_date() -> None:
    s = show(dt.datetime(2026, 6, 1, 3, 30, tzinfo=UTC), 60, "America/Los_Angeles", "en")
    assert s.end_date == "" and plain(s.start_time) == "8:30 PM"
    tokyo = show(dt.datetime(2026, 6, 1, 14, 30, tzinfo=UTC), 60, "Asia/Tokyo", "en")
    assert tokyo.end_date == "Tuesday, June 2, 2026" and tokyo.start_date == "Monday, June 1, 2026"


def test_only_real_zone_names_are_used() -> None:
    assert is_zone("Europe/London") and not is_zone("Mars/Olympus")
    assert not is_zone("../../etc/passwd") and not is_zone("") and not is_zone(None)
    assert pick_zone(None, "Mars/Olympus", "../etc", "Asia/Tokyo") == "Asia/Tokyo"
    assert pick_zone(None, "") == "UTC"


ZONES = st.sampled_from(
    ["UTC", "America/New_York", "Europe/London", "Australia/Sydney", "Asia/Kolkata",
     "America/Sao_Paulo", "Pacific/Chatham", "America/St_Johns"]
)  # fmt: skip
INSTANTS = st.datetimes(
    min_value=dt.datetime(2020, 1, 1), max_value=dt.datetime(2035, 1, 1), timezones=st.just(UTC)
)


@given(INSTANTS, ZONES, st.integers(min_value=1, max_value=600))
def test_whatever_the_zone_the_instant_shown_is_the_instant_stored(
    instant: dt.datetime, zone: str, minutes: int
) -> None:
    s = show(instant, minutes, zone, "en")
    assert dt.datetime.fromisoformat(s.start_iso) == instant
    assert dt.datetime.fromisoformat(s.end_iso) - dt.datetime.fromisoformat(s.start_iso) == (
        dt.timedelta(minutes=minutes)
    )
    assert zone in s.text


@given(INSTANTS, ZONES)
def test_a_wall_clock_time_read_back_gives_the_same_instant_unless_refused(
    instant: dt.datetime, zone: str
) -> None:
    local = to_local(instant, zone).replace(tzinfo=None)
    try:
        assert to_utc(local, zone) == instant.replace(microsecond=instant.microsecond)
    except LocalTimeError as exc:
        assert exc.kind == "ambiguous"  # a time that was shown exists; it may exist twice
