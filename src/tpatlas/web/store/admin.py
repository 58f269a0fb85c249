"""Staff work on orders in the admin: find them, mark an invoice paid when the transfer arrives
(which enrols the buyer, once), cancel an unpaid order, refund in full or in part with a reason;
coupons and the written policies are edited here too. Every change is in the history."""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.db.models import QuerySet
from django.http import HttpRequest
from simple_history.admin import SimpleHistoryAdmin

from tpatlas.ce.money import Money, MoneyError, format_money, parse_amount
from tpatlas.ce.orders import TransitionError
from tpatlas.web.store import services
from tpatlas.web.store.models import Coupon, Order, OrderLine, PaymentEvent, Policy, Refund


class OrderActionForm(ActionForm):
    amount = forms.CharField(
        required=False, label="Refund amount (e.g. 49.00; empty = what is left)"
    )
    course = forms.CharField(required=False, label="Course id (partial refund of one line)")
    reason = forms.CharField(required=False, label="Reason")


class LineInline(admin.TabularInline):  # type: ignore[type-arg]
    model = OrderLine
    extra = 0
    can_delete = False
    readonly_fields = ("course", "title", "price", "discount", "amount", "refunded")


class RefundInline(admin.TabularInline):  # type: ignore[type-arg]
    model = Refund
    extra = 0
    can_delete = False
    readonly_fields = ("line", "amount", "reason", "by", "at", "access_ended")


class EventInline(admin.TabularInline):  # type: ignore[type-arg]
    model = PaymentEvent
    extra = 0
    can_delete = False
    readonly_fields = ("provider", "event_id", "kind", "received_at", "outcome")


@admin.register(Order)
class OrderAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ("reference", "email", "total_text", "status", "provider", "created_at")
    list_filter = ("status", "provider", "currency", "created_at")
    search_fields = ("reference", "email", "provider_reference", "lines__course__id")
    date_hierarchy = "created_at"
    readonly_fields = [f.name for f in Order._meta.fields]
    inlines = [LineInline, RefundInline, EventInline]
    action_form = OrderActionForm
    actions = ["mark_paid", "cancel_selected", "refund_selected"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # orders come from checkout

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False  # financial records are kept

    @admin.display(description="Total")
    def total_text(self, order: Order) -> str:
        return format_money(order.money("total"), "en")

    @admin.action(description="Mark paid (transfer received): enrols the buyer")
    def mark_paid(self, request: HttpRequest, queryset: QuerySet[Order]) -> None:
        done = 0
        for order in queryset.filter(status="pending"):
            services.confirm_paid(order.reference, f"marked paid by {request.user}")
            done += 1
        self.message_user(request, f"{done} order(s) marked paid; buyers enrolled and emailed.")

    @admin.action(description="Cancel (unpaid orders only)")
    def cancel_selected(self, request: HttpRequest, queryset: QuerySet[Order]) -> None:
        for order in queryset:
            try:
                services.cancel(order)
            except TransitionError as exc:
                self.message_user(request, f"{order}: {exc}", messages.ERROR)
        self.message_user(request, "Done.")

    @admin.action(description="Refund (give a reason; amount and course optional)")
    def refund_selected(self, request: HttpRequest, queryset: QuerySet[Order]) -> None:
        reason = request.POST.get("reason", "").strip()
        if not reason or queryset.count() != 1:
            self.message_user(request, "Select one order and give a reason.", messages.ERROR)
            return
        order = queryset.get()
        line = None
        course = request.POST.get("course", "").strip()
        if course:
            line = order.lines.filter(course_id=course).first()
            if line is None:
                self.message_user(request, f"{course!r} is not in this order.", messages.ERROR)
                return
        raw = request.POST.get("amount", "").strip()
        try:
            if raw:
                amount = parse_amount(raw, order.currency)
            elif line is not None:
                amount = Money(int(line.amount - line.refunded), order.currency)
            else:
                amount = order.money("total") - order.money("refunded")
            services.refund(order, amount, reason, request.user, line)
        except (MoneyError, services.StoreError) as exc:
            self.message_user(request, f"Not refunded: {exc}", messages.ERROR)
            return
        self.message_user(request, f"Refunded {format_money(amount, 'en')} on {order}.")


@admin.register(Coupon)
class CouponAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ("code", "percent", "fixed", "valid_until", "max_uses", "uses", "active")
    list_filter = ("active",)
    search_fields = ("code",)


@admin.register(Policy)
class PolicyAdmin(SimpleHistoryAdmin):  # type: ignore[misc]
    list_display = ("kind", "title_en", "updated_at")
