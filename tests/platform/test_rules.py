"""The certificate rules, drawing and scoring: pure functions, no database."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tpatlas.ce.attempts import PastAttempt, draw, is_right, may_start, score
from tpatlas.ce.questions import Item, Option
from tpatlas.ce.rules import RULES, Facts, decide
from tpatlas.kb.schema import Text

ALL_MET = Facts(
    email_verified=True,
    legal_name="Ana Ruiz",
    lessons_total=4,
    lessons_done=4,
    seconds_spent=7200,
    hours=2.0,
    min_time_factor=1.0,
    delivery="home-study",
    assessment_passed=True,
    attendance_share=None,
    attendance_needed=1.0,
)


def test_every_rule_met_issues_a_certificate_of_achievement() -> None:
    decision = decide(ALL_MET)
    assert decision.issue and decision.kind == "achievement" and decision.refusals == ()


@pytest.mark.parametrize(
    ("change", "rule"),
    [
        ({"email_verified": False}, "email-unverified"),
        ({"legal_name": "  "}, "no-legal-name"),
        ({"lessons_done": 3}, "lessons-incomplete"),
        ({"seconds_spent": 7199}, "time-not-met"),
        ({"assessment_passed": False}, "assessment-not-passed"),
        ({"delivery": "live", "attendance_share": 0.95}, "attendance-short"),
    ],
)
def test_each_missing_condition_refuses_with_its_message(
    change: dict[str, object], rule: str
) -> None:
    decision = decide(dataclasses.replace(ALL_MET, **change))  # type: ignore[arg-type]
    assert not decision.issue and decision.refusals == (rule,)
    assert RULES[rule]  # every refusal has a sentence to show


def test_every_failed_rule_is_named_at_once() -> None:
    nothing = Facts(False, "", 3, 0, 0, 1.0, 1.0, "home-study", False, None, 1.0)
    assert set(decide(nothing).refusals) == {
        "email-unverified",
        "no-legal-name",
        "lessons-incomplete",
        "time-not-met",
        "assessment-not-passed",
    }


def test_the_time_factor_scales_the_approved_hours() -> None:
    half = dataclasses.replace(ALL_MET, seconds_spent=3600, min_time_factor=0.5)
    assert decide(half).issue and decide(half).seconds_needed == 3600


def test_full_attendance_at_a_live_course_is_a_certificate_of_completion() -> None:
    live = dataclasses.replace(
        ALL_MET, delivery="live", attendance_share=1.0, assessment_passed=False
    )
    assert decide(live).issue and decide(live).kind == "completion"


def _item(qid: str, right: set[str], n: int = 4) -> Item:
    options = tuple(Option(chr(97 + i), Text(en=str(i)), chr(97 + i) in right) for i in range(n))
    kind = "multiple" if len(right) > 1 else "single"
    return Item(qid, kind, Text(en="q"), options, frozenset(), Text(en="e"), ())


@given(
    ids=st.lists(st.text("abcdefghij", min_size=1, max_size=5), min_size=1, max_size=40),
    count=st.integers(1, 50),
    seed=st.integers(0, 2**48),
)
def test_a_draw_never_repeats_and_the_same_seed_draws_the_same(
    ids: list[str], count: int, seed: int
) -> None:
    options = {i: ("a", "b", "c") for i in ids}
    drawn = draw(ids, options, count, seed)
    assert len(drawn.question_ids) == len(set(drawn.question_ids)) == min(count, len(set(ids)))
    assert drawn == draw(list(reversed(ids)), options, count, seed)
    assert all(sorted(drawn.option_orders[q]) == ["a", "b", "c"] for q in drawn.question_ids)


@given(
    ids=st.lists(st.text("abcdefghij", min_size=1, max_size=5), min_size=1, max_size=40),
    count=st.integers(1, 50),
    seed=st.integers(0, 2**48),
)
def test_a_stratified_draw_covers_every_kind_it_has_room_for(
    ids: list[str], count: int, seed: int
) -> None:
    kinds = {i: ("chart", "single", "which-muscle")[len(i) % 3] for i in ids}
    drawn = draw(ids, {}, count, seed, kinds)
    assert len(drawn.question_ids) == len(set(drawn.question_ids)) == min(count, len(set(ids)))
    present = {kinds[i] for i in set(ids)}
    drawn_kinds = {kinds[q] for q in drawn.question_ids}
    assert drawn_kinds == present if count >= len(present) else len(drawn_kinds) == count
    assert drawn == draw(list(reversed(ids)), {}, count, seed, kinds)


@given(
    answers=st.dictionaries(st.sampled_from(["q1", "q2", "q3"]), st.lists(st.sampled_from("abcd")))
)
def test_a_score_never_exceeds_the_maximum(answers: dict[str, list[str]]) -> None:
    bank = {"q1": _item("q1", {"a"}), "q2": _item("q2", {"b", "c"}), "q3": _item("q3", {"d"})}
    result = score(bank, ["q1", "q2", "q3"], answers, 0.8)
    assert 0 <= result.points <= result.maximum == 3
    assert result.passed == (result.points >= 3)


def test_a_multiple_answer_needs_every_right_option_and_no_wrong_one() -> None:
    item = _item("q", {"a", "b"})
    assert (
        is_right(item, ["b", "a"])
        and not is_right(item, ["a"])
        and not is_right(item, ["a", "b", "c"])
    )


def test_a_chart_answer_allows_one_zone_beside_the_pattern() -> None:
    chart = Item("c", "chart", Text(en="q"), (), frozenset({"temple", "eye"}), Text(en="e"), ())
    assert is_right(chart, ["temple", "eye", "forehead"])
    assert not is_right(chart, ["temple"]) and not is_right(chart, ["temple", "eye", "jaw", "ear"])


NOW = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(
    ("past", "ok", "reason"),
    [
        ([], True, "ok"),
        ([PastAttempt(NOW - dt.timedelta(minutes=5), False)], False, "wait"),
        ([PastAttempt(NOW - dt.timedelta(minutes=61), False)], True, "ok"),
        ([PastAttempt(None, False)], False, "open"),
        ([PastAttempt(NOW - dt.timedelta(days=1), True)], False, "passed"),
        (
            [PastAttempt(NOW - dt.timedelta(days=d), False) for d in (1, 2, 3)],
            False,
            "no-attempts-left",
        ),
    ],
)
def test_attempt_limits_and_waits(past: list[PastAttempt], ok: bool, reason: str) -> None:
    allowed, why, _when = may_start(past, max_attempts=3, wait_minutes=60, now=NOW)
    assert (allowed, why) == (ok, reason)
