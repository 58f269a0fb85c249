"""Invoice and bank transfer: the order waits, pending, with its reference; the buyer pays by
transfer quoting it; staff mark the order paid in the admin, which enrols the buyer."""

from __future__ import annotations

from django.http import HttpRequest
from django.urls import reverse

from tpatlas.web.store.models import Order
from tpatlas.web.store.payments.base import Start


class InvoiceProvider:
    name = "invoice"

    def available(self) -> bool:
        return True

    def start(self, order: Order, request: HttpRequest) -> Start:
        from tpatlas.web.store.emails import send_invoice

        send_invoice(order)
        return Start(reverse("order", args=[order.reference]))
