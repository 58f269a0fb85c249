"""The order rules without a database: every status transition, coupons, one currency per
order, refunds never above what was paid."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tpatlas.ce.money import Money, MoneyError
from tpatlas.ce.orders import (
    TRANSITIONS,
    CouponSpec,
    TransitionError,
    next_status,
    price_cart,
    refundable,
)

ALLOWED = {("pending", "paid"), ("pending", "cancelled"), ("paid", "refunded")}
NOW = dt.datetime(2026, 11, 30, 12, tzinfo=dt.UTC)


@pytest.mark.parametrize(("current", "target"), list(itertools.product(TRANSITIONS, repeat=2)))
def test_every_transition_is_allowed_or_refused(current: str, target: str) -> None:
    if (current, target) in ALLOWED:
        assert next_status(current, target) == target
    else:
        with pytest.raises(TransitionError):
            next_status(current, target)


def coupon(**kw: object) -> CouponSpec:
    base: dict[str, object] = {"code": "X", "percent": None, "fixed": {}, "valid_until": None,
                               "max_uses": None, "uses": 0, "courses": frozenset()}  # fmt: skip
    return CouponSpec(**{**base, **kw})  # type: ignore[arg-type]


ITEMS = [("a", "Course A", Money(4900, "USD")), ("b", "Course B", Money(2900, "USD"))]


def test_a_percentage_coupon_discounts_each_line() -> None:
    priced = price_cart(ITEMS, "USD", coupon(percent=10), NOW)
    assert [line.discount.amount for line in priced.lines] == [490, 290]
    assert priced.total == Money(7020, "USD") and priced.coupon_refusal is None


def test_a_fixed_coupon_is_per_currency_and_never_goes_below_zero() -> None:
    priced = price_cart(ITEMS, "USD", coupon(fixed={"USD": 6000}), NOW)
    assert priced.discount == Money(6000, "USD") and priced.total == Money(1800, "USD")
    everything = price_cart(ITEMS, "USD", coupon(fixed={"USD": 99999}), NOW)
    assert everything.total == Money(0, "USD")
    euros = price_cart([("a", "A", Money(4500, "EUR"))], "EUR", coupon(fixed={"USD": 1000}), NOW)
    assert euros.coupon_refusal == "not-in-currency" and euros.discount.amount == 0


@pytest.mark.parametrize(
    ("spec", "refusal"),
    [
        (coupon(percent=10, valid_until=NOW - dt.timedelta(seconds=1)), "expired"),
        (coupon(percent=10, max_uses=3, uses=3), "used-up"),
        (coupon(percent=10, courses=frozenset({"z"})), "not-for-these-courses"),
        (coupon(percent=10, active=False), "inactive"),
    ],
)
def test_a_coupon_that_does_not_apply_says_why(spec: CouponSpec, refusal: str) -> None:
    priced = price_cart(ITEMS, "USD", spec, NOW)
    assert priced.coupon_refusal == refusal and priced.discount.amount == 0


def test_a_coupon_for_one_course_discounts_only_that_line() -> None:
    priced = price_cart(ITEMS, "USD", coupon(percent=50, courses=frozenset({"b"})), NOW)
    assert [line.discount.amount for line in priced.lines] == [0, 1450]


def test_one_order_has_one_currency() -> None:
    with pytest.raises(MoneyError):
        price_cart([("a", "A", Money(4900, "USD")), ("b", "B", Money(4500, "EUR"))], "USD")


@given(st.integers(1, 10**6), st.integers(0, 10**6), st.integers(-5, 10**6))
def test_refunds_never_exceed_the_payment(paid: int, refunded: int, asked: int) -> None:
    why = refundable(Money(paid, "USD"), Money(refunded, "USD"), Money(asked, "USD"))
    assert (why is None) == (asked > 0 and refunded + asked <= paid)
