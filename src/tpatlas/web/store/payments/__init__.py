"""Payment providers behind one small interface (``Provider``): Stripe Checkout, an invoice paid
by bank transfer that staff mark paid, and free orders. The store picks among the available ones;
card data never reaches this server (Stripe's hosted page takes it)."""

from __future__ import annotations

from tpatlas.web.store.payments.base import Provider, Start
from tpatlas.web.store.payments.invoice import InvoiceProvider
from tpatlas.web.store.payments.stripe_checkout import StripeProvider


def providers() -> dict[str, Provider]:
    """The providers that can take a payment now, in the order checkout offers them."""
    every: list[Provider] = [StripeProvider(), InvoiceProvider()]
    return {p.name: p for p in every if p.available()}


__all__ = ["InvoiceProvider", "Provider", "Start", "StripeProvider", "providers"]
