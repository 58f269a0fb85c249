"""Orders, their lines and refunds, coupons, payment events and the provider's policies.

Money is stored as integer minor units beside its ISO 4217 code (never a float, never a
Decimal without its currency). An order's status changes only through ``Order.move_to``,
which applies the status machine in ``tpatlas.ce.orders``.
"""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from tpatlas.ce.money import Money
from tpatlas.ce.orders import next_status

ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_reference() -> str:
    """A short order reference a person can read out on the phone or type on a bank transfer."""
    return "ORD-" + "".join(secrets.choice(ALPHABET) for _ in range(8))


class Order(models.Model):
    STATUS = [
        ("pending", _("Awaiting payment")),
        ("paid", _("Paid")),
        ("refunded", _("Refunded")),
        ("cancelled", _("Cancelled")),
    ]
    PROVIDERS = [
        ("stripe", _("Card (Stripe)")),
        ("invoice", _("Invoice / bank transfer")),
        ("free", _("Free")),
    ]
    reference = models.CharField(max_length=20, unique=True, default=new_reference)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="orders"
    )
    email = models.EmailField(help_text=_("Where the receipt was sent"))
    currency = models.CharField(max_length=3)
    subtotal = models.BigIntegerField(help_text=_("Minor units"))
    discount = models.BigIntegerField(default=0, help_text=_("Minor units"))
    total = models.BigIntegerField(help_text=_("Minor units"))
    refunded = models.BigIntegerField(default=0, help_text=_("Minor units refunded so far"))
    coupon = models.ForeignKey(
        "Coupon", null=True, blank=True, on_delete=models.PROTECT, related_name="orders"
    )
    status = models.CharField(max_length=12, choices=STATUS, default="pending")
    provider = models.CharField(max_length=12, choices=PROVIDERS)
    provider_reference = models.CharField(max_length=255, blank=True, db_index=True)
    language = models.CharField(max_length=8, default="en")
    created_at = models.DateTimeField(auto_now_add=True)
    paid_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True, help_text=_("Refunded or cancelled"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return self.reference

    def money(self, field: str) -> Money:
        return Money(int(getattr(self, field)), self.currency)

    def move_to(self, status: str) -> None:
        """The only way an order's status changes (see tpatlas.ce.orders.TRANSITIONS)."""
        self.status = next_status(self.status, status)
        now = timezone.now()
        if status == "paid":
            self.paid_at = now
        else:
            self.closed_at = now


class OrderLine(models.Model):
    """What was bought, with the price as it was at checkout (a later price change never
    rewrites an order)."""

    order = models.ForeignKey(Order, on_delete=models.CASCADE, related_name="lines")
    course = models.ForeignKey("learning.Course", on_delete=models.PROTECT)
    title = models.CharField(max_length=300)
    price = models.BigIntegerField(help_text=_("Minor units"))
    discount = models.BigIntegerField(default=0)
    amount = models.BigIntegerField(help_text=_("Minor units charged for this line"))
    refunded = models.BigIntegerField(default=0)


class Refund(models.Model):
    order = models.ForeignKey(Order, on_delete=models.PROTECT, related_name="refunds")
    line = models.ForeignKey(OrderLine, null=True, blank=True, on_delete=models.PROTECT)
    amount = models.BigIntegerField(help_text=_("Minor units"))
    reason = models.CharField(max_length=300)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    access_ended = models.JSONField(default=list, help_text=_("Courses whose access ended"))


class Coupon(models.Model):
    code = models.CharField(max_length=40, unique=True)
    percent = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text=_("1 to 100; or leave empty and give fixed amounts")
    )
    fixed = models.JSONField(
        default=dict,
        blank=True,
        help_text=_('Fixed discount per currency in minor units: {"USD": 1000, "EUR": 900}'),
    )
    valid_until = models.DateTimeField(null=True, blank=True)
    max_uses = models.PositiveIntegerField(null=True, blank=True)
    courses = models.JSONField(
        default=list, blank=True, help_text=_("Course ids it applies to; empty for all")
    )
    active = models.BooleanField(default=True)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return self.code

    @property
    def uses(self) -> int:
        return self.orders.filter(status__in=["paid", "pending"]).count()


class PaymentEvent(models.Model):
    """Each provider event handled once: a webhook delivered twice finds its id here."""

    provider = models.CharField(max_length=12)
    event_id = models.CharField(max_length=255)
    kind = models.CharField(max_length=100)
    order = models.ForeignKey(Order, null=True, on_delete=models.SET_NULL, related_name="events")
    received_at = models.DateTimeField(auto_now_add=True)
    outcome = models.CharField(max_length=200, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["provider", "event_id"], name="one_event")]


class Policy(models.Model):
    """Registration, cancellation and refund policies: written, as NCBTMB requires, and
    edited by the provider in the admin; checkout links to them."""

    KINDS = [
        ("registration", _("Registration policy")),
        ("cancellation", _("Cancellation policy")),
        ("refund", _("Refund policy")),
    ]
    kind = models.CharField(max_length=20, choices=KINDS, unique=True)
    title_en = models.CharField(max_length=200)
    title_es = models.CharField(max_length=200, blank=True)
    body_en = models.TextField(help_text=_("Plain text; blank lines separate paragraphs"))
    body_es = models.TextField(blank=True)
    updated_at = models.DateTimeField(auto_now=True)
    history = HistoricalRecords()

    def __str__(self) -> str:
        return self.title_en
