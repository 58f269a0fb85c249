"""Buying a course: a cart before an account, checkout after signing in, an invoice that staff
mark paid (enrolment follows, once, with a receipt by email), coupons, refunds that end access
but keep certificates, and the written policies."""

from __future__ import annotations

import re
import subprocess
from typing import Any

import pytest
from django.test import Client

from tests.platform.smtp import Inbox
from tests.store.conftest import OTHER, PAID
from tpatlas.ce.money import Money
from tpatlas.web.learning.models import Enrollment
from tpatlas.web.store import services
from tpatlas.web.store.models import Coupon, Order


def place(client: Client, **extra: str) -> Any:
    data = {"action": "place", "method": "invoice", "policies": "1", **extra}
    return client.post("/checkout/", data)


def test_a_visitor_fills_a_cart_before_having_an_account(synced: None, learner: Any) -> None:
    client = Client()
    client.post(f"/cart/add/{PAID}/")
    cart = client.get("/cart/").content.decode()
    assert "US$49.00" in cart and "Checkout" in cart
    login = client.get("/checkout/")
    assert login.status_code == 302 and "/accounts/login/" in login["Location"]
    client.force_login(learner)  # signing in keeps the session's cart
    assert "US$49.00" in client.get("/checkout/").content.decode()


def test_an_invoice_order_waits_then_staff_mark_it_paid_and_the_buyer_is_enrolled_once(
    signed_in: Client, learner: Any, inbox: Inbox, staff: Any, committed: Any
) -> None:
    signed_in.post(f"/cart/add/{PAID}/")
    answer = place(signed_in)
    order = Order.objects.get()
    assert answer.status_code == 302 and answer["Location"] == f"/me/orders/{order.reference}/"
    assert order.status == "pending" and order.total == 4900 and order.currency == "USD"
    assert not Enrollment.objects.filter(user=learner).exists()
    assert order.reference in inbox.text(0) and "bank transfer" in inbox.text(0)
    page = signed_in.get(answer["Location"]).content.decode()
    assert "Awaiting payment" in page and order.reference in page

    admin = Client()
    admin.force_login(staff)
    with committed(execute=True):  # emails go after the transaction commits
        for _ in range(2):  # clicked twice: enrolled once, one receipt
            admin.post(
                "/admin/store/order/",
                {"action": "mark_paid", "_selected_action": [order.pk], "index": 0},
            )
        services.confirm_paid(order.reference, "again")  # and a late duplicate confirmation
    order.refresh_from_db()
    assert order.status == "paid" and order.paid_at is not None
    assert Enrollment.objects.filter(user=learner, course_id=PAID, active=True).count() == 1
    receipts = [m for m in inbox.messages if "Receipt" in m["Subject"]]
    assert len(receipts) == 1
    attachment = next(p for p in receipts[0].walk() if p.get_content_type() == "application/pdf")
    text = pdftotext(attachment.get_payload(decode=True))
    assert order.reference in text and "US$49.00" in text and "Paid" in text


def pdftotext(pdf: bytes) -> str:
    done = subprocess.run(["pdftotext", "-", "-"], input=pdf, capture_output=True, check=True)
    return done.stdout.decode()


def test_checkout_keeps_what_was_typed_and_says_what_is_missing(signed_in: Client) -> None:
    signed_in.post(f"/cart/add/{PAID}/")
    answer = signed_in.post("/checkout/", {"action": "place", "method": "invoice",
                                           "coupon": "NOPE"})  # fmt: skip
    page = answer.content.decode()
    assert answer.status_code == 400
    assert "No coupon has this code" in page and "refund policies" in page
    assert 'value="NOPE"' in page and not Order.objects.exists()


def test_coupons_discount_in_the_orders_currency(signed_in: Client, inbox: Inbox) -> None:
    Coupon.objects.create(code="SPRING10", percent=10)
    signed_in.post("/currency/", {"currency": "EUR"})
    signed_in.post(f"/cart/add/{PAID}/")
    signed_in.post(f"/cart/add/{OTHER}/")
    page = signed_in.post("/checkout/", {"coupon": "spring10", "action": "apply"})
    assert "−€9.00" in page.content.decode() and "€81.00" in page.content.decode()
    place(signed_in, coupon="spring10")
    order = Order.objects.get()
    assert (order.currency, order.subtotal, order.discount, order.total) == ("EUR", 9000, 900,
                                                                              8100)  # fmt: skip
    assert order.coupon is not None and order.coupon.code == "SPRING10"


def test_a_full_coupon_makes_a_free_order_that_enrols_at_once(
    signed_in: Client, learner: Any, inbox: Inbox
) -> None:
    Coupon.objects.create(code="SPEAKER", percent=100, max_uses=1)
    signed_in.post(f"/cart/add/{PAID}/")
    place(signed_in, coupon="SPEAKER", method="")
    order = Order.objects.get()
    assert order.status == "paid" and order.provider == "free" and order.total == 0
    assert Enrollment.objects.filter(user=learner, course_id=PAID).exists()
    assert Coupon.objects.get().uses == 1


def test_refunds_end_access_to_unfinished_courses_and_are_recorded(
    signed_in: Client, learner: Any, inbox: Inbox, staff: Any
) -> None:
    signed_in.post(f"/cart/add/{PAID}/")
    signed_in.post(f"/cart/add/{OTHER}/")
    place(signed_in)
    order = Order.objects.get()
    services.confirm_paid(order.reference, "bank")
    finished = Enrollment.objects.get(user=learner, course_id=OTHER)
    finished.completed_at = finished.started_at
    finished.save()
    # Partial: one line, part of its price.
    line = order.lines.get(course_id=PAID)
    services.refund(order, Money(2000, "USD"), "Could not attend", staff, line)
    order.refresh_from_db()
    assert order.status == "paid" and order.refunded == 2000
    assert not Enrollment.objects.get(user=learner, course_id=PAID).active
    # Too much is refused; the rest ends the order; a finished course keeps its access.
    with pytest.raises(services.StoreError):
        services.refund(order, Money(99999, "USD"), "x", staff)
    services.refund(order, Money(7800, "USD"), "Goodwill", staff)
    order.refresh_from_db()
    assert order.status == "refunded" and order.refunds.count() == 2
    assert Enrollment.objects.get(user=learner, course_id=OTHER).active
    page = signed_in.get(f"/me/orders/{order.reference}/").content.decode()
    assert "Refunded" in page and "Could not attend" in page
    # Access ended means the course's lessons are closed.
    assert signed_in.get(f"/learn/{PAID}/assessment/").status_code == 404


def test_a_cancelled_order_is_never_paid_later(signed_in: Client, inbox: Inbox) -> None:
    from tpatlas.ce.orders import TransitionError

    signed_in.post(f"/cart/add/{PAID}/")
    place(signed_in)
    order = Order.objects.get()
    services.cancel(order)
    with pytest.raises(TransitionError):
        services.confirm_paid(order.reference, "late")


def test_the_policies_are_written_pages_linked_from_checkout(signed_in: Client) -> None:
    signed_in.post(f"/cart/add/{PAID}/")
    checkout = signed_in.get("/checkout/").content.decode()
    for kind in ("registration", "cancellation", "refund"):
        assert f"/policies/{kind}/" in checkout
        page = Client().get(f"/policies/{kind}/").content.decode()
        assert re.search(r"<h1>\w+ policy</h1>", page)
    spanish = Client().get("/es/policies/refund/").content.decode()
    assert "Política de reembolso" in spanish


def test_a_course_already_owned_cannot_be_bought_again(signed_in: Client, learner: Any) -> None:
    Enrollment.objects.create(user=learner, course_id=PAID)
    answer = signed_in.post(f"/cart/add/{PAID}/")
    assert answer.status_code == 302 and "cart" not in answer["Location"]
    assert signed_in.get("/cart/").content.decode().count("US$49.00") == 0
