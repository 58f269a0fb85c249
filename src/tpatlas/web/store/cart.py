"""The cart lives in the session, so a visitor chooses what to buy before having an account;
signing in keeps the session's data (Django rotates the key, not the contents). Prices are
not stored in the cart: they are read from the price list in the visitor's currency each
time, so the cart, the checkout and the charge always agree."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest

from tpatlas.ce.catalogue import load_catalogue
from tpatlas.ce.money import Money, format_money
from tpatlas.ce.orders import CouponSpec, Priced, price_cart
from tpatlas.ce.store import ShownPrice, price_in

SESSION_KEY = "cart"


def course_ids(request: HttpRequest) -> list[str]:
    """The cart's courses that are still sold (a course withdrawn since is dropped)."""
    courses = load_catalogue().courses
    return [c for c in request.session.get(SESSION_KEY, []) if c in courses and not courses[c].free]


def add(request: HttpRequest, course_id: str) -> None:
    ids = course_ids(request)
    if course_id not in ids:
        ids.append(course_id)
    request.session[SESSION_KEY] = ids


def remove(request: HttpRequest, course_id: str) -> None:
    request.session[SESSION_KEY] = [c for c in course_ids(request) if c != course_id]


def clear(request: HttpRequest) -> None:
    request.session[SESSION_KEY] = []


def shown_price(course_id: str, currency: str) -> ShownPrice | None:
    catalogue = load_catalogue()
    return price_in(catalogue.prices(course_id), currency, catalogue.store)


def charge_currency(course_ids: list[str], currency: str) -> str:
    """One order, one currency: the visitor's when every course has a price in it, else the
    store's default (each course would otherwise be charged in a different currency)."""
    catalogue = load_catalogue()
    if all(currency in catalogue.prices(c) for c in course_ids):
        return currency
    return catalogue.store.default_currency


def priced(
    course_ids: list[str], currency: str, lang: str, coupon: CouponSpec | None = None
) -> Priced:
    catalogue = load_catalogue()
    charged = charge_currency(course_ids, currency)
    items = [
        (c, catalogue.courses[c].title.get(lang)[0], catalogue.prices(c)[charged])
        for c in course_ids
    ]
    return price_cart(items, charged, coupon)


@dataclass(frozen=True)
class PriceLabel:
    text: str
    fallback: bool
    tax_included: bool
    currency: str


def label(course_id: str, currency: str, lang: str) -> PriceLabel | None:
    shown = shown_price(course_id, currency)
    if shown is None:
        return None
    return PriceLabel(
        format_money(shown.money, lang), shown.fallback, shown.tax_included, shown.money.currency
    )


def money_text(amount: int, currency: str, lang: str) -> str:
    return format_money(Money(int(amount), currency), lang)
