"""The store's rules as data and pure functions: which currencies are offered and whether their
prices include tax (store.yaml), the currency a visitor starts with, and the price a course
shows in a currency.

Prices are the provider's fixed lists per currency (charm prices such as 899 MXN), never a live
conversion: the amount charged is exactly the amount listed.

>>> from tpatlas.ce.catalogue import load_catalogue
>>> settings = load_catalogue().store
>>> default_currency("es-MX,es;q=0.9,en;q=0.5", settings)
'MXN'
>>> default_currency("fr-FR,fr;q=0.9", settings)
'EUR'
>>> default_currency("ja", settings)
'USD'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pydantic import Field, field_validator

from tpatlas.ce.money import Money, MoneyError, minor_units, parse_amount
from tpatlas.kb.schema import Model


class CurrencySettings(Model):
    tax_included: bool = Field(description="Whether listed prices include VAT/GST")


class StoreSettings(Model):
    default_currency: str
    currencies: dict[str, CurrencySettings] = Field(min_length=1)
    locale_currency: dict[str, str] = Field(
        description="A language tag (es-MX) or a bare language (de) -> the currency to start with"
    )

    @field_validator("currencies")
    @classmethod
    def _known_codes(cls, value: dict[str, CurrencySettings]) -> dict[str, CurrencySettings]:
        for code in value:
            if code != code.upper():
                raise ValueError(f"{code!r}: currency codes are upper case")
            minor_units(code)
        return value

    def model_post_init(self, _: object) -> None:
        wrong = [
            c for c in (self.default_currency, *self.locale_currency.values())
            if c not in self.currencies
        ]  # fmt: skip
        if wrong:
            raise ValueError(f"currencies not offered: {sorted(set(wrong))}")


def default_currency(accept_language: str, settings: StoreSettings) -> str:
    """The first language in the header that names a currency: the full tag first (es-MX),
    then the bare language (de); otherwise the store's default. Never a guess from location."""
    tags = []
    for part in accept_language.split(","):
        tag = part.split(";")[0].strip()
        if tag and tag != "*":
            tags.append(tag)
    lowered = {k.lower(): v for k, v in settings.locale_currency.items()}
    for tag in tags:
        tag = tag.replace("_", "-").lower()
        for key in (tag, tag.split("-")[0]):
            if key in lowered:
                return lowered[key]
    return settings.default_currency


def parse_prices(raw: Mapping[str, str | int]) -> dict[str, Money]:
    """A course's price list as written in YAML ({USD: "49.00"}), exactly, or MoneyError."""
    return {code.upper(): parse_amount(text, code) for code, text in raw.items()}


@dataclass(frozen=True)
class ShownPrice:
    money: Money
    fallback: bool  # no price in the chosen currency: this is the default currency's
    tax_included: bool


def price_in(
    prices: Mapping[str, Money], currency: str, settings: StoreSettings
) -> ShownPrice | None:
    """The price to show and charge in ``currency``; the default currency's, flagged, when the
    course has none in it; None for a course without prices (free)."""
    chosen = prices.get(currency)
    fallback = False
    if chosen is None:
        chosen = prices.get(settings.default_currency)
        fallback = True
    if chosen is None:
        return None
    return ShownPrice(chosen, fallback, settings.currencies[chosen.currency].tax_included)


__all__ = ["MoneyError", "ShownPrice", "StoreSettings", "default_currency", "price_in"]
