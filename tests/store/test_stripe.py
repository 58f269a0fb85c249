"""Stripe Checkout through the official SDK, without ever calling Stripe: a local HTTP server
stands in for the API and records what the SDK sends; webhooks are signed with a test secret
exactly as Stripe signs them (HMAC-SHA256 over "timestamp.body")."""

from __future__ import annotations

import hashlib
import hmac
import json
import threading
import time
import urllib.parse
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from django.test import Client

from tests.platform.smtp import Inbox
from tests.store.conftest import PAID
from tpatlas.web.learning.models import Enrollment
from tpatlas.web.store.models import Order, PaymentEvent

SECRET = "whsec_test_secret"


class FakeStripe(BaseHTTPRequestHandler):
    calls: list[dict[str, Any]] = []

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["Content-Length"])).decode()
        FakeStripe.calls.append({"path": self.path, "form": urllib.parse.parse_qs(body),
                                 "idempotency": self.headers.get("Idempotency-Key")})  # fmt: skip
        reply = json.dumps({"id": "cs_test_123", "object": "checkout.session",
                            "url": "https://checkout.stripe.test/pay/cs_test_123"})  # fmt: skip
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply)))
        self.end_headers()
        self.wfile.write(reply.encode())

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def stripe_on(settings: Any) -> Iterator[list[dict[str, Any]]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), FakeStripe)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    FakeStripe.calls = []
    settings.STRIPE_SECRET_KEY = "sk_test_local"
    settings.STRIPE_WEBHOOK_SECRET = SECRET
    settings.STRIPE_API_BASE = f"http://127.0.0.1:{server.server_address[1]}"
    yield FakeStripe.calls
    server.shutdown()


def signed(payload: dict[str, Any], at: int | None = None, secret: str = SECRET) -> dict[str, Any]:
    body = json.dumps(payload)
    stamp = at if at is not None else int(time.time())
    mac = hmac.new(secret.encode(), f"{stamp}.{body}".encode(), hashlib.sha256).hexdigest()
    return {"data": body, "content_type": "application/json",
            "HTTP_STRIPE_SIGNATURE": f"t={stamp},v1={mac}"}  # fmt: skip


def completed(order: Order, event_id: str = "evt_1", amount: int | None = None) -> dict[str, Any]:
    session = {"id": "cs_test_123", "object": "checkout.session", "payment_status": "paid",
               "amount_total": order.total if amount is None else amount,
               "currency": order.currency.lower(), "client_reference_id": order.reference,
               "metadata": {"order": order.reference}}  # fmt: skip
    return {"id": event_id, "object": "event", "type": "checkout.session.completed",
            "data": {"object": session}}  # fmt: skip


def start_card_payment(client: Client) -> Any:
    client.post("/currency/", {"currency": "MXN"})
    client.post(f"/cart/add/{PAID}/")
    return client.post("/checkout/", {"action": "place", "method": "stripe", "policies": "1"})


def test_checkout_creates_a_session_for_the_exact_amount_and_currency(
    signed_in: Client, stripe_on: list[dict[str, Any]]
) -> None:
    answer = start_card_payment(signed_in)
    assert answer.status_code == 302
    assert answer["Location"] == "https://checkout.stripe.test/pay/cs_test_123"
    (call,) = stripe_on
    form = call["form"]
    assert call["path"] == "/v1/checkout/sessions"
    assert form["line_items[0][price_data][currency]"] == ["mxn"]
    assert form["line_items[0][price_data][unit_amount]"] == ["89900"]
    order = Order.objects.get()
    assert form["client_reference_id"] == [order.reference]
    assert call["idempotency"] == f"checkout-{order.reference}"
    assert order.status == "pending" and order.provider_reference == "cs_test_123"


def test_a_signed_webhook_enrols_once_even_when_delivered_twice(
    signed_in: Client,
    learner: Any,
    stripe_on: list[dict[str, Any]],
    inbox: Inbox,
    committed: Any,
) -> None:
    start_card_payment(signed_in)
    order = Order.objects.get()
    hook = Client()
    with committed(execute=True):
        first = hook.post("/store/webhooks/stripe/", **signed(completed(order)))
        again = hook.post("/store/webhooks/stripe/", **signed(completed(order)))
        other_id = hook.post("/store/webhooks/stripe/", **signed(completed(order, "evt_2")))
    assert (first.status_code, again.status_code, other_id.status_code) == (200, 200, 200)
    assert first.content == b"paid" and again.content == b"already handled"
    assert other_id.content == b"already paid"
    order.refresh_from_db()
    assert order.status == "paid"
    assert Enrollment.objects.filter(user=learner, course_id=PAID).count() == 1
    assert len([m for m in inbox.messages if "Receipt" in m["Subject"]]) == 1


def test_forged_and_replayed_webhooks_are_refused(
    signed_in: Client, stripe_on: list[dict[str, Any]]
) -> None:
    start_card_payment(signed_in)
    order = Order.objects.get()
    hook = Client()
    forged = hook.post("/store/webhooks/stripe/", **signed(completed(order), secret="whsec_x"))
    unsigned = hook.post("/store/webhooks/stripe/", data=json.dumps(completed(order)),
                         content_type="application/json")  # fmt: skip
    replayed = hook.post(
        "/store/webhooks/stripe/", **signed(completed(order), at=int(time.time()) - 3600)
    )
    assert forged.status_code == unsigned.status_code == replayed.status_code == 400
    order.refresh_from_db()
    assert order.status == "pending" and not PaymentEvent.objects.exists()


def test_a_payment_for_another_amount_does_not_enrol(
    signed_in: Client, learner: Any, stripe_on: list[dict[str, Any]]
) -> None:
    start_card_payment(signed_in)
    order = Order.objects.get()
    answer = Client().post("/store/webhooks/stripe/", **signed(completed(order, amount=100)))
    assert answer.status_code == 200 and b"amount-mismatch" in answer.content
    assert not Enrollment.objects.filter(user=learner).exists()


def test_without_keys_the_card_option_is_hidden_and_invoices_still_work(
    signed_in: Client, settings: Any
) -> None:
    settings.STRIPE_SECRET_KEY = settings.STRIPE_WEBHOOK_SECRET = None
    signed_in.post(f"/cart/add/{PAID}/")
    page = signed_in.get("/checkout/").content.decode()
    assert "Card (Stripe)" not in page and "Invoice / bank transfer" in page
    assert "nothing else is affected" in page
    assert Client().post("/store/webhooks/stripe/", data="{}",
                         content_type="application/json").status_code == 404  # fmt: skip
