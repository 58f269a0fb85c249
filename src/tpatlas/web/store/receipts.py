"""An order as its receipt shows it (page, email and PDF share this), and the receipt PDF
(WeasyPrint, like every PDF here)."""

from __future__ import annotations

from typing import Any

from django.conf import settings

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.money import Money, format_money
from tpatlas.web.credentials.pdf import render_pdf
from tpatlas.web.store.models import Order


def order_context(order: Order) -> dict[str, Any]:
    lang = order.language

    def fmt(amount: int) -> str:
        return format_money(Money(int(amount), order.currency), lang)

    provider = load_catalogue().provider
    tax_included = load_catalogue().store.currencies[order.currency].tax_included
    return {
        "order": order,
        "provider": provider,
        "tax_included": tax_included,
        "lines": [
            {
                "title": line.title,
                "course_id": line.course_id,
                "price": fmt(line.price),
                "discount": fmt(line.discount) if line.discount else "",
                "amount": fmt(line.amount),
            }
            for line in order.lines.all()
        ],
        "subtotal": fmt(order.subtotal),
        "discount": fmt(order.discount) if order.discount else "",
        "total": fmt(order.total),
        "refunded": fmt(order.refunded) if order.refunded else "",
        "refunds": [
            {"at": r.at, "amount": fmt(r.amount), "reason": r.reason, "ended": r.access_ended}
            for r in order.refunds.all().order_by("at")
        ],
    }


def receipt_pdf(order: Order) -> bytes:
    return render_pdf(
        "store/receipt_pdf.html", order_context(order), order.language, settings.SITE_URL
    )
