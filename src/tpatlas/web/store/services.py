"""Placing an order, confirming its payment, cancelling and refunding it.

Enrolment follows payment in the same database transaction: an order is never paid without
its enrolments, and confirming a payment twice (a webhook delivered again, staff clicking
twice) enrols once. Emails are sent after the transaction commits.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone

from tpatlas.ce.money import Money
from tpatlas.ce.orders import CouponSpec, Priced, refundable
from tpatlas.web.learning.models import Course, Enrollment
from tpatlas.web.store.models import Coupon, Order, OrderLine, Refund


class StoreError(Exception):
    """A refusal with a code the page turns into a sentence."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


def coupon_spec(coupon: Coupon) -> CouponSpec:
    return CouponSpec(
        code=coupon.code,
        percent=coupon.percent,
        fixed={str(k).upper(): int(v) for k, v in (coupon.fixed or {}).items()},
        valid_until=coupon.valid_until,
        max_uses=coupon.max_uses,
        uses=coupon.uses,
        courses=frozenset(coupon.courses or []),
        active=coupon.active,
    )


def find_coupon(code: str) -> Coupon | None:
    code = code.strip()
    return Coupon.objects.filter(code__iexact=code).first() if code else None


@transaction.atomic
def place_order(
    user: Any, priced: Priced, provider: str, lang: str, coupon: Coupon | None
) -> Order:
    """A pending order with the prices as shown at checkout; a free total is paid at once."""
    if not priced.lines:
        raise StoreError("empty")
    owned = set(
        Enrollment.objects.filter(
            user=user, course_id__in=[line.course_id for line in priced.lines], active=True
        ).values_list("course_id", flat=True)
    )
    if owned:
        raise StoreError("already-enrolled")
    order = Order.objects.create(
        user=user,
        email=user.email,
        currency=priced.currency,
        subtotal=priced.subtotal.amount,
        discount=priced.discount.amount,
        total=priced.total.amount,
        coupon=coupon if priced.coupon_refusal is None else None,
        provider="free" if priced.total.is_zero else provider,
        language=lang,
    )
    for line in priced.lines:
        OrderLine.objects.create(
            order=order,
            course_id=line.course_id,
            title=line.title,
            price=line.price.amount,
            discount=line.discount.amount,
            amount=line.amount.amount,
        )
    if priced.total.is_zero:
        confirm_paid(order.reference, "free")
        order.refresh_from_db()
    return order


def confirm_paid(
    reference: str, provider_reference: str, expected: Money | None = None
) -> tuple[Order, bool]:
    """Mark the order paid and enrol its buyer in every course, once. Returns the order and
    whether this call changed it (False for a repeat). ``expected``: the amount the provider
    says it took; an order is never marked paid for a different amount or currency."""
    with transaction.atomic():
        order = Order.objects.select_for_update().get(reference=reference)
        if order.status == "paid" or order.status == "refunded":
            return order, False
        if expected is not None and expected != order.money("total"):
            raise StoreError("amount-mismatch")
        order.move_to("paid")  # a cancelled order raises: it is not silently revived
        order.provider_reference = provider_reference or order.provider_reference
        order.save()
        for line in order.lines.all():
            enrollment, created = Enrollment.objects.get_or_create(
                user=order.user, course_id=line.course_id
            )
            if not created and not enrollment.active:
                enrollment.active = True
                enrollment.save(update_fields=["active"])
        transaction.on_commit(lambda: _send_receipt(order.pk))
    return order, True


def _send_receipt(order_pk: int) -> None:
    from tpatlas.web.store.emails import send_receipt

    send_receipt(Order.objects.get(pk=order_pk))


@transaction.atomic
def cancel(order: Order) -> None:
    order = Order.objects.select_for_update().get(pk=order.pk)
    order.move_to("cancelled")
    order.save()


@transaction.atomic
def refund(
    order: Order, amount: Money, reason: str, by: Any = None, line: OrderLine | None = None
) -> Refund:
    """Record a refund (the money itself goes back through the provider's dashboard or the
    bank). Access ends to each refunded course the buyer has not completed; certificates
    already issued stay, and the refund is noted on the order. A refund that brings the total
    refunded to the amount paid moves the order to refunded."""
    order = Order.objects.select_for_update().get(pk=order.pk)
    if order.status != "paid":
        raise StoreError("not-paid")
    why = refundable(order.money("total"), order.money("refunded"), amount)
    if why is not None:
        raise StoreError(why)
    lines = [line] if line is not None else list(order.lines.all())
    ended = []
    for ln in lines:
        enrollment = Enrollment.objects.filter(user=order.user, course_id=ln.course_id).first()
        if enrollment and enrollment.completed_at is None and enrollment.active:
            enrollment.active = False
            enrollment.save(update_fields=["active"])
            ended.append(ln.course_id)
    record = Refund.objects.create(
        order=order, line=line, amount=amount.amount, reason=reason, by=by, access_ended=ended
    )
    if line is not None:
        line.refunded += amount.amount
        line.save(update_fields=["refunded"])
    order.refunded += amount.amount
    if order.refunded == order.total:
        order.move_to("refunded")
    order.save()
    return record


def owned_courses(user: Any) -> set[str]:
    if not user.is_authenticated:
        return set()
    return set(
        Enrollment.objects.filter(user=user, active=True).values_list("course_id", flat=True)
    )


def sellable(course_id: str) -> bool:
    return Course.objects.filter(id=course_id, active=True, free=False).exists()


def now() -> dt.datetime:
    return timezone.now()
