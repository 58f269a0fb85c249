"""Cart, checkout, orders and receipts, the Stripe webhook, the written policies."""

from __future__ import annotations

import logging
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import get_language, gettext_lazy
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.money import format_money
from tpatlas.ce.orders import Priced
from tpatlas.web.store import cart, services
from tpatlas.web.store.currency import currency_for
from tpatlas.web.store.models import Order, Policy
from tpatlas.web.store.payments import providers
from tpatlas.web.store.payments.stripe_checkout import WebhookRefused, handle_webhook
from tpatlas.web.store.receipts import order_context, receipt_pdf

log = logging.getLogger(__name__)

# Refusals in words (codes come from tpatlas.ce.orders and store.services).
REFUSALS = {
    "inactive": gettext_lazy("This coupon is no longer active."),
    "expired": gettext_lazy("This coupon has expired."),
    "used-up": gettext_lazy("This coupon has been used as many times as it allows."),
    "not-for-these-courses": gettext_lazy("This coupon does not apply to these courses."),
    "not-in-currency": gettext_lazy("This coupon has no discount in this currency."),
    "unknown-coupon": gettext_lazy("No coupon has this code. Check its spelling."),
    "empty": gettext_lazy("Your cart is empty."),
    "already-enrolled": gettext_lazy("You are already enrolled in a course in your cart."),
    "no-method": gettext_lazy("Choose how to pay."),
    "policies": gettext_lazy(
        "Please confirm you have read the registration, cancellation and refund policies."
    ),
}


def _lang() -> str:
    return (get_language() or "en")[:2]


def _summary(priced: Priced, lang: str) -> dict[str, Any]:
    def fmt(m: Any) -> str:
        return format_money(m, lang)

    tax = load_catalogue().store.currencies[priced.currency].tax_included
    return {
        "lines": [
            {
                "id": line.course_id,
                "title": line.title,
                "price": fmt(line.price),
                "discount": fmt(line.discount) if line.discount.amount else "",
                "amount": fmt(line.amount),
            }
            for line in priced.lines
        ],
        "subtotal": fmt(priced.subtotal),
        "discount": fmt(priced.discount) if priced.discount.amount else "",
        "total": fmt(priced.total),
        "currency": priced.currency,
        "tax_included": tax,
        "free": priced.total.is_zero,
    }


def cart_page(request: HttpRequest) -> HttpResponse:
    ids = cart.course_ids(request)
    currency = currency_for(request)
    priced = cart.priced(ids, currency, _lang())
    context = {
        "summary": _summary(priced, _lang()),
        "charged_elsewhere": bool(ids) and priced.currency != currency,
        "chosen_currency": currency,
    }
    return render(request, "store/cart.html", context)


@csrf_exempt  # the form sits on cached course pages, which carry no token; it only adds to a cart
@require_POST
def cart_add(request: HttpRequest, course_id: str) -> HttpResponse:
    if not services.sellable(course_id):
        raise Http404(course_id)
    if course_id in services.owned_courses(request.user):
        messages.info(request, _("You are already enrolled in this course."))
        return redirect("course-detail", course_id=course_id)
    cart.add(request, course_id)
    return redirect("cart")


@require_POST
def cart_remove(request: HttpRequest, course_id: str) -> HttpResponse:
    cart.remove(request, course_id)
    return redirect("cart")


@login_required
def checkout(request: HttpRequest) -> HttpResponse:
    ids = cart.course_ids(request)
    lang = _lang()
    code = (request.POST.get("coupon") or request.GET.get("coupon") or "").strip()
    coupon = services.find_coupon(code)
    errors: list[str] = []
    if code and coupon is None:
        errors.append(str(REFUSALS["unknown-coupon"]))
    spec = services.coupon_spec(coupon) if coupon else None
    priced = cart.priced(ids, currency_for(request), lang, spec)
    if priced.coupon_refusal:
        errors.append(str(REFUSALS[priced.coupon_refusal]))
    methods = providers()
    chosen = request.POST.get("method") or next(iter(methods), "")
    if request.method == "POST" and request.POST.get("action") == "place":
        errors += _missing(request, priced, chosen in methods)
        if not errors:
            try:
                order = services.place_order(request.user, priced, chosen, lang, coupon)
            except services.StoreError as exc:
                errors.append(str(REFUSALS.get(exc.code, exc.code)))
            else:
                cart.clear(request)
                if order.status == "paid":
                    return redirect("order", reference=order.reference)
                return redirect(methods[order.provider].start(order, request).redirect_url)
    context = {
        "summary": _summary(priced, lang),
        "errors": errors,
        "coupon": code,
        "methods": [(name, _method_label(name)) for name in methods],
        "chosen": chosen,
        "stripe_missing": "stripe" not in methods,
        "policies_checked": bool(request.POST.get("policies")),
    }
    return render(request, "store/checkout.html", context, status=400 if errors else 200)


def _missing(request: HttpRequest, priced: Priced, method_ok: bool) -> list[str]:
    """What stops an order being placed, in words, so the form is shown again as it was."""
    out = []
    if not priced.lines:
        out.append(str(REFUSALS["empty"]))
    if not priced.total.is_zero and not method_ok:
        out.append(str(REFUSALS["no-method"]))
    if not request.POST.get("policies"):
        out.append(str(REFUSALS["policies"]))
    return out


def _method_label(name: str) -> str:
    return str({"stripe": _("Card (Stripe)"), "invoice": _("Invoice / bank transfer")}[name])


@login_required
def orders(request: HttpRequest) -> HttpResponse:
    rows = [order_context(o) for o in Order.objects.filter(user_id=int(request.user.pk or 0))]
    return render(request, "store/orders.html", {"rows": rows})


@login_required
def order_detail(request: HttpRequest, reference: str) -> HttpResponse:
    order = get_object_or_404(Order, reference=reference, user=request.user)
    context = {**order_context(order), "bank_details": settings.STORE_BANK_DETAILS}
    return render(request, "store/order.html", context)


@login_required
def receipt(request: HttpRequest, reference: str) -> HttpResponse:
    order = get_object_or_404(Order, reference=reference, user=request.user)
    response = HttpResponse(receipt_pdf(order), content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="receipt-{order.reference}.pdf"'
    return response


@csrf_exempt
@require_POST
def stripe_webhook(request: HttpRequest) -> HttpResponse:
    """Stripe's calls: 400 for a bad signature or a stale timestamp (Stripe retries real
    events; forgeries and replays get nothing), 200 for everything handled or ignored."""
    if "stripe" not in providers():
        raise Http404("stripe")
    try:
        outcome = handle_webhook(request.body, request.headers.get("Stripe-Signature"))
    except WebhookRefused as exc:
        log.warning("Stripe webhook refused: %s", exc)
        return HttpResponseBadRequest("invalid signature")
    return HttpResponse(outcome, content_type="text/plain")


def policy(request: HttpRequest, kind: str) -> HttpResponse:
    p = get_object_or_404(Policy, kind=kind)
    es = _lang() == "es" and p.body_es
    body = p.body_es if es else p.body_en
    title = (p.title_es if es else "") or p.title_en
    paragraphs = [para.strip() for para in body.split("\n\n") if para.strip()]
    others = Policy.objects.exclude(kind=kind)
    return render(
        request,
        "store/policy.html",
        {"policy": p, "title": title, "paragraphs": paragraphs, "others": others},
    )
