"""Drawing and scoring an attempt, and when the next one may start. Pure functions.

An attempt draws its questions once, at random without repeats, and fixes the order of each
question's options; both are stored when it starts, so a reload never changes them. The same
seed always gives the same draw. A chart question is right when every zone of the pattern is
clicked and at most one zone besides.

>>> drawn = draw(["q1", "q2", "q3"], {"q1": ("a", "b")}, 2, seed=7)
>>> drawn == draw(["q1", "q2", "q3"], {"q1": ("a", "b")}, 2, seed=7)
True
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tpatlas.ce.questions import Item

CHART_EXTRA_ALLOWED = 1  # a clicked zone next to the pattern is not a wrong answer


@dataclass(frozen=True)
class Drawn:
    question_ids: tuple[str, ...]
    option_orders: Mapping[str, tuple[str, ...]]


def draw(
    bank_ids: Sequence[str],
    options: Mapping[str, Sequence[str]],
    count: int,
    seed: int,
    kinds: Mapping[str, str] | None = None,
) -> Drawn:
    """``count`` questions (all if fewer) in random order, each with its options shuffled.

    With ``kinds`` (question id -> kind) the draw is stratified: it takes the kinds in turn, so
    an attempt of at least as many questions as there are kinds has one of each (a chart
    question, a "which muscle", single and multiple answer) instead of, by chance, five
    questions about nerves."""
    rng = random.Random(seed)
    ids = sorted(set(bank_ids))
    groups: dict[str, list[str]] = {}
    for qid in ids:
        groups.setdefault((kinds or {}).get(qid, ""), []).append(qid)
    for group in groups.values():
        rng.shuffle(group)
    turn = sorted(groups)
    rng.shuffle(turn)
    picked: list[str] = []
    while len(picked) < min(count, len(ids)):
        for kind in turn:
            if groups[kind] and len(picked) < count:
                picked.append(groups[kind].pop())
    rng.shuffle(picked)
    chosen = tuple(picked)
    orders = {}
    for qid in chosen:
        order = list(options.get(qid, ()))
        rng.shuffle(order)
        orders[qid] = tuple(order)
    return Drawn(chosen, orders)


def is_right(item: Item, answer: Sequence[str]) -> bool:
    given = frozenset(answer)
    if item.kind == "chart":
        return item.zones <= given and len(given - item.zones) <= CHART_EXTRA_ALLOWED
    return given == item.right


@dataclass(frozen=True)
class Score:
    points: int
    maximum: int
    passed: bool
    right: Mapping[str, bool]

    @property
    def share(self) -> float:
        return self.points / self.maximum if self.maximum else 0.0


def score(
    bank: Mapping[str, Item],
    question_ids: Sequence[str],
    answers: Mapping[str, Sequence[str]],
    pass_mark: float,
) -> Score:
    """One point per right answer; an unanswered question scores nothing."""
    right = {qid: is_right(bank[qid], answers.get(qid, ())) for qid in question_ids}
    points = sum(right.values())
    maximum = len(question_ids)
    return Score(points, maximum, maximum > 0 and points / maximum >= pass_mark, right)


@dataclass(frozen=True)
class PastAttempt:
    submitted_at: dt.datetime | None  # None while it is still open
    passed: bool


def may_start(
    past: Sequence[PastAttempt], max_attempts: int, wait_minutes: int, now: dt.datetime
) -> tuple[bool, str, dt.datetime | None]:
    """Whether a new attempt may start: (yes, reason code, when it may if not now)."""
    if any(a.passed for a in past):
        return False, "passed", None
    if any(a.submitted_at is None for a in past):
        return False, "open", None
    if len(past) >= max_attempts:
        return False, "no-attempts-left", None
    if past:
        last = max(a.submitted_at for a in past if a.submitted_at)
        ready = last + dt.timedelta(minutes=wait_minutes)
        if now < ready:
            return False, "wait", ready
    return True, "ok", None
