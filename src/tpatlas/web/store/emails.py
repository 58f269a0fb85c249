"""The store's emails, in the language the order was placed in: the invoice with the bank
details and the order reference, and the receipt with its PDF attached."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.mail import EmailMessage
from django.template.loader import render_to_string
from django.utils import translation

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.web.store.models import Order
from tpatlas.web.store.receipts import order_context, receipt_pdf


def _send(order: Order, template: str, subject: str, attach: bool) -> None:
    context: dict[str, Any] = {
        **order_context(order),
        "bank_details": settings.STORE_BANK_DETAILS,
        "site_url": settings.SITE_URL,
    }
    with translation.override(order.language):
        body = render_to_string(template, context)
        subject_text = str(settings.ACCOUNT_EMAIL_SUBJECT_PREFIX) + subject.format(
            ref=order.reference
        )
    message = EmailMessage(subject_text, body, to=[order.email])
    if attach:
        message.attach(f"receipt-{order.reference}.pdf", receipt_pdf(order), "application/pdf")
    message.send()


def send_invoice(order: Order) -> None:
    with translation.override(order.language):
        subject = translation.gettext("Invoice {ref}: how to pay")
    _send(order, "store/email/invoice.txt", subject, attach=False)


def send_receipt(order: Order) -> None:
    with translation.override(order.language):
        subject = translation.gettext("Receipt {ref}: you are enrolled")
    _send(order, "store/email/receipt.txt", subject, attach=True)


def provider_name() -> str:
    return load_catalogue().provider.name
