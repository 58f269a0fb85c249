"""Stripe Checkout through the official SDK.

A Checkout Session is created with the exact amount and currency of the order (our price
list, never a conversion); Stripe's hosted page takes the card. Stripe then calls our webhook;
the event is verified with the signing secret (an HMAC over the timestamp and the raw body,
checked offline by the SDK, with a five-minute tolerance that refuses replays of old events),
handled once per event id, and only a completed, paid session for the right amount enrols.

Settings (environment): STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET. Without both, the card
option is hidden and everything else works. STRIPE_API_BASE points the SDK elsewhere (tests
run a local server that records the request; they never call Stripe).
"""

from __future__ import annotations

import logging
from typing import Any

import stripe
from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import HttpRequest
from django.urls import reverse

from tpatlas.ce.money import Money
from tpatlas.ce.orders import TransitionError
from tpatlas.web.store import services
from tpatlas.web.store.models import Order, PaymentEvent
from tpatlas.web.store.payments.base import Start

log = logging.getLogger(__name__)
TOLERANCE_SECONDS = 300
PAID_EVENTS = ("checkout.session.completed", "checkout.session.async_payment_succeeded")


def client() -> stripe.StripeClient:
    base = getattr(settings, "STRIPE_API_BASE", None)
    return stripe.StripeClient(
        str(settings.STRIPE_SECRET_KEY or ""),
        base_addresses={"api": base} if base else None,
        max_network_retries=2,
    )


class StripeProvider:
    name = "stripe"

    def available(self) -> bool:
        return bool(
            getattr(settings, "STRIPE_SECRET_KEY", None)
            and getattr(settings, "STRIPE_WEBHOOK_SECRET", None)
        )

    def start(self, order: Order, request: HttpRequest) -> Start:
        back = request.build_absolute_uri(reverse("order", args=[order.reference]))
        params: dict[str, Any] = {
            "mode": "payment",
            "client_reference_id": order.reference,
            "customer_email": order.email,
            "metadata": {"order": order.reference},
            "success_url": back + "?paid=1",
            "cancel_url": request.build_absolute_uri(reverse("checkout")),
            "locale": "es" if order.language == "es" else "en",
            "line_items": [
                {
                    "quantity": 1,
                    "price_data": {
                        "currency": order.currency.lower(),
                        "unit_amount": int(line.amount),
                        "product_data": {"name": line.title},
                    },
                }
                for line in order.lines.all()
                if line.amount > 0
            ],
        }
        session = client().v1.checkout.sessions.create(
            params=params,  # type: ignore[arg-type]
            options={"idempotency_key": f"checkout-{order.reference}"},
        )
        order.provider_reference = session.id
        order.save(update_fields=["provider_reference"])
        return Start(str(session.url))


class WebhookRefused(Exception):
    pass


def handle_webhook(payload: bytes, signature: str | None) -> str:
    """Verify and handle one event; returns what happened (for the log and the response).
    Raises WebhookRefused for a bad signature or a stale timestamp."""
    try:
        event = stripe.Webhook.construct_event(
            payload, signature, settings.STRIPE_WEBHOOK_SECRET, tolerance=TOLERANCE_SECONDS
        )
    except (ValueError, stripe.SignatureVerificationError) as exc:
        raise WebhookRefused(str(exc)) from None
    try:
        with transaction.atomic():
            record = PaymentEvent.objects.create(
                provider="stripe", event_id=event.id, kind=event.type
            )
    except IntegrityError:
        return "already handled"
    outcome = _apply(event)
    record.outcome = outcome[:200]
    record.order = Order.objects.filter(reference=_reference(event)).first()
    record.save(update_fields=["outcome", "order"])
    return outcome


def _session(event: Any) -> dict[str, Any]:
    obj: dict[str, Any] = event.data.object.to_dict(recursive=True)
    return obj


def _reference(event: Any) -> str:
    obj = _session(event)
    metadata = obj.get("metadata") or {}
    return str(metadata.get("order") or obj.get("client_reference_id") or "")


def _apply(event: Any) -> str:
    if event.type not in PAID_EVENTS:
        return f"ignored {event.type}"
    session = _session(event)
    if session.get("payment_status") != "paid":
        return "not paid yet"
    reference = _reference(event)
    if not Order.objects.filter(reference=reference).exists():
        log.warning("Stripe event %s names no order (%r)", event.id, reference)
        return "no such order"
    taken = Money(int(session["amount_total"]), str(session["currency"]).upper())
    try:
        _, changed = services.confirm_paid(reference, str(session["id"]), expected=taken)
    except services.StoreError as exc:
        log.error("Stripe event %s for %s refused: %s", event.id, reference, exc.code)
        return f"refused: {exc.code}"
    except TransitionError as exc:  # paid after staff cancelled it: a person must look
        log.error("Stripe event %s for %s: %s", event.id, reference, exc)
        return f"refused: {exc}"
    return "paid" if changed else "already paid"
