"""Money in minor units with its currency: exact parsing of the provider's prices, currencies
with no or three decimals, CLDR formatting in English and Spanish, coupons' arithmetic."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tpatlas.ce.money import Money, MoneyError, format_money, minor_units, parse_amount, percent_off


@pytest.mark.parametrize(("code", "digits"), [("USD", 2), ("EUR", 2), ("JPY", 0), ("KRW", 0),
                                              ("BHD", 3), ("KWD", 3), ("MXN", 2)])  # fmt: skip
def test_minor_units_come_from_the_table(code: str, digits: int) -> None:
    assert minor_units(code) == digits


def test_prices_parse_exactly_in_each_currency() -> None:
    assert parse_amount("49.90", "USD") == Money(4990, "USD")
    assert parse_amount("899", "MXN") == Money(89900, "MXN")
    assert parse_amount("5000", "JPY") == Money(5000, "JPY")  # no decimals: no multiplication
    assert parse_amount("12.345", "BHD") == Money(12345, "BHD")  # three decimals
    with pytest.raises(MoneyError, match="more decimals"):
        parse_amount("4900.5", "JPY")
    with pytest.raises(MoneyError, match="more decimals"):
        parse_amount("1.005", "USD")
    for bad in ("abc", "-1", ""):
        with pytest.raises(MoneyError):
            parse_amount(bad, "USD")
    with pytest.raises(MoneyError):
        parse_amount("1", "US")


def test_amounts_are_whole_minor_units_and_never_mix_currencies() -> None:
    with pytest.raises(MoneyError):
        Money(49.9, "USD")  # type: ignore[arg-type]
    with pytest.raises(MoneyError, match="cannot mix"):
        Money(100, "USD") + Money(100, "EUR")


@pytest.mark.parametrize(
    ("money", "lang", "shown"),
    [
        (Money(4900, "USD"), "en", "US$49.00"),
        (Money(4500, "EUR"), "en", "€45.00"),
        (Money(89900, "MXN"), "en", "MX$899.00"),
        (Money(3900, "GBP"), "en", "£39.00"),
        (Money(4500, "EUR"), "es", "45,00\xa0€"),
        (Money(4900, "USD"), "es", "49,00\xa0US$"),
        (Money(500, "JPY"), "en", "JP¥500"),
        (Money(12345, "BHD"), "en", "BHD12.345"),
    ],
)
def test_prices_are_formatted_by_cldr_for_the_page_language(
    money: Money, lang: str, shown: str
) -> None:
    assert format_money(money, lang) == shown


@given(st.integers(0, 10**9), st.sampled_from(["USD", "JPY", "BHD"]))
def test_parsing_what_babel_would_print_gives_the_amount_back(amount: int, code: str) -> None:
    money = Money(amount, code)
    assert parse_amount(str(money.decimal()), code) == money


@given(st.integers(0, 10**9), st.integers(1, 100))
def test_a_percentage_never_takes_more_than_the_price(amount: int, percent: int) -> None:
    off = percent_off(Money(amount, "USD"), percent)
    assert 0 <= off.amount <= amount
    if percent == 100:
        assert off.amount == amount
