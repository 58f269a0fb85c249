"""Orders as plain rules: the status machine, the lines and totals of a cart in one currency,
coupons and refunds. The store's Django models store what these functions decide.

Status changes only along these edges; anything else is a bug and raises:

    pending -> paid | cancelled        paid -> refunded

>>> next_status("pending", "paid")
'paid'
>>> next_status("refunded", "paid")  # doctest: +IGNORE_EXCEPTION_DETAIL
Traceback (most recent call last):
...
tpatlas.ce.orders.TransitionError: an order that is refunded cannot become paid
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from tpatlas.ce.money import Money, MoneyError, percent_off

TRANSITIONS: Mapping[str, frozenset[str]] = {
    "pending": frozenset({"paid", "cancelled"}),
    "paid": frozenset({"refunded"}),
    "refunded": frozenset(),
    "cancelled": frozenset(),
}


class TransitionError(ValueError):
    pass


def next_status(current: str, target: str) -> str:
    if target not in TRANSITIONS.get(current, frozenset()):
        raise TransitionError(f"an order that is {current} cannot become {target}")
    return target


@dataclass(frozen=True)
class CouponSpec:
    """What a coupon grants: a percentage, or a fixed amount per currency (a coupon with no
    amount in the order's currency does not apply to it)."""

    code: str
    percent: int | None
    fixed: Mapping[str, int]  # currency -> minor units
    valid_until: dt.datetime | None
    max_uses: int | None
    uses: int
    courses: frozenset[str]  # empty: every course
    active: bool = True


# Why a coupon does not apply, as a code the web layer turns into a sentence.
COUPON_REFUSALS = ("inactive", "expired", "used-up", "not-for-these-courses", "not-in-currency")


@dataclass(frozen=True)
class Line:
    course_id: str
    title: str
    price: Money
    discount: Money

    @property
    def amount(self) -> Money:
        return self.price - self.discount


@dataclass(frozen=True)
class Priced:
    currency: str
    lines: tuple[Line, ...]
    coupon_refusal: str | None = None

    @property
    def subtotal(self) -> Money:
        return _sum([line.price for line in self.lines], self.currency)

    @property
    def discount(self) -> Money:
        return _sum([line.discount for line in self.lines], self.currency)

    @property
    def total(self) -> Money:
        return self.subtotal - self.discount


def _sum(items: Sequence[Money], currency: str) -> Money:
    total = Money(0, currency)
    for m in items:
        total = total + m
    return total


def coupon_refusal(
    coupon: CouponSpec, course_ids: Sequence[str], currency: str, now: dt.datetime
) -> str | None:
    if not coupon.active:
        return "inactive"
    if coupon.valid_until is not None and now >= coupon.valid_until:
        return "expired"
    if coupon.max_uses is not None and coupon.uses >= coupon.max_uses:
        return "used-up"
    if coupon.courses and not coupon.courses & set(course_ids):
        return "not-for-these-courses"
    if coupon.percent is None and currency not in coupon.fixed:
        return "not-in-currency"
    return None


def price_cart(
    items: Sequence[tuple[str, str, Money]],
    currency: str,
    coupon: CouponSpec | None = None,
    now: dt.datetime | None = None,
) -> Priced:
    """Lines (course id, title, price in ``currency``) with the coupon's discount spread over
    the lines it applies to, largest first, never below zero. Every price must already be in
    ``currency``: one order, one currency, the same on the cart and the charge."""
    for _, _, price in items:
        if price.currency != currency:
            raise MoneyError(f"a {price.currency} price in a {currency} cart")
    discounts = {cid: 0 for cid, _, _ in items}
    refusal = None
    if coupon is not None:
        refusal = coupon_refusal(coupon, [i[0] for i in items], currency, now or _now())
        if refusal is None:
            eligible = [
                (cid, p) for cid, _, p in items if not coupon.courses or cid in coupon.courses
            ]
            if coupon.percent is not None:
                for cid, p in eligible:
                    discounts[cid] = percent_off(p, coupon.percent).amount
            else:
                left = coupon.fixed[currency]
                for cid, p in sorted(eligible, key=lambda e: -e[1].amount):
                    take = min(left, p.amount)
                    discounts[cid] = take
                    left -= take
    lines = tuple(
        Line(cid, title, price, Money(discounts[cid], currency)) for cid, title, price in items
    )
    return Priced(currency, lines, refusal)


def refundable(paid: Money, refunded: Money, asked: Money) -> str | None:
    """Why a refund of ``asked`` cannot be made, or None: positive, same currency, and never
    more than what is left of the payment."""
    if asked.currency != paid.currency:
        return "currency"
    if asked.amount <= 0:
        return "not-positive"
    if refunded.amount + asked.amount > paid.amount:
        return "more-than-paid"
    return None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
