"""Money as integer minor units plus an ISO 4217 code: parsing the provider's prices, choosing
the price to show, applying coupons, formatting with CLDR data (Babel).

Minor units come from a table, never from a guess: 2 for most currencies, 0 for the
zero-decimal ones (JPY, KRW, CLP...), 3 for BHD, JOD, KWD, OMR, TND (ISO 4217; Stripe's list of
zero-decimal currencies agrees). Amounts are never floats: "49.90" becomes 4990 cents exactly.

>>> parse_amount("49.90", "USD")
Money(amount=4990, currency='USD')
>>> format_money(Money(89900, "MXN"), "es")
'899,00\\xa0MXN'
>>> format_money(Money(4900, "USD"), "en")
'US$49.00'
>>> format_money(Money(500, "JPY"), "en")
'JP¥500'
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from babel.numbers import format_currency

# ISO 4217 minor units, for the currencies that differ from 2.
ZERO_DECIMAL = frozenset(
    [
        "BIF",
        "CLP",
        "DJF",
        "GNF",
        "ISK",
        "JPY",
        "KMF",
        "KRW",
        "MGA",
        "PYG",
        "RWF",
        "UGX",
        "UYI",
        "VND",
        "VUV",
        "XAF",
        "XOF",
        "XPF",
    ]
)
THREE_DECIMAL = frozenset(["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"])
# The currencies this product prices in; any ISO code with a table entry parses.
OFFERED = ("USD", "EUR", "GBP", "CAD", "AUD", "MXN")


class MoneyError(ValueError):
    """A price that cannot be exact in its currency, or a currency we do not know."""


def minor_units(currency: str) -> int:
    code = currency.upper()
    if len(code) != 3 or not code.isalpha():
        raise MoneyError(f"{currency!r} is not an ISO 4217 currency code")
    if code in ZERO_DECIMAL:
        return 0
    return 3 if code in THREE_DECIMAL else 2


@dataclass(frozen=True, order=True)
class Money:
    amount: int  # minor units: cents, yen, fils
    currency: str

    def __post_init__(self) -> None:
        if not isinstance(self.amount, int) or isinstance(self.amount, bool):
            raise MoneyError("an amount is a whole number of minor units")
        minor_units(self.currency)

    @property
    def is_zero(self) -> bool:
        return self.amount == 0

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def _same(self, other: Money) -> None:
        if other.currency != self.currency:
            raise MoneyError(f"cannot mix {self.currency} and {other.currency}")

    def decimal(self) -> Decimal:
        return Decimal(self.amount).scaleb(-minor_units(self.currency))


def parse_amount(text: str | int, currency: str) -> Money:
    """A price as the provider writes it ("49.90", "899", 5000) in major units, exactly."""
    digits = minor_units(currency)
    try:
        value = Decimal(str(text).strip())
    except InvalidOperation:
        raise MoneyError(f"{text!r} is not an amount") from None
    if value < 0:
        raise MoneyError(f"{text!r} is negative")
    scaled = value.scaleb(digits)
    if scaled != scaled.to_integral_value():
        raise MoneyError(f"{text!r} has more decimals than {currency.upper()} allows ({digits})")
    return Money(int(scaled), currency.upper())


# The site is read around the world: English prices use World English (en_001), whose symbols
# are never ambiguous ("US$", "CA$", "A$", "MX$"), where plain "en" would print a bare "$".
CLDR_LOCALES = {"en": "en_001"}


def format_money(money: Money, locale: str) -> str:
    """CLDR formatting for the page's language, never a symbol glued to a number by hand."""
    cldr = CLDR_LOCALES.get(locale, locale.replace("-", "_"))
    return format_currency(money.decimal(), money.currency, locale=cldr)


def sum_money(items: list[Money], currency: str) -> Money:
    total = Money(0, currency)
    for m in items:
        total = total + m
    return total


def percent_off(money: Money, percent: int) -> Money:
    """The discount for a percentage coupon, rounded half up to the minor unit, never more
    than the price."""
    if not 0 < percent <= 100:
        raise MoneyError("a percentage is between 1 and 100")
    off = (money.amount * percent * 2 + 100) // 200
    return Money(min(off, money.amount), money.currency)
