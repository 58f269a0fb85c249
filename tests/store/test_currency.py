"""The currency selector: a default from the browser's language region, the visitor's choice
remembered (cookie and profile) and always winning, prices formatted by CLDR, cached pages kept
apart per currency, and the API's ?currency=."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client

from tests.store.conftest import PAID


@pytest.mark.parametrize(
    ("header", "currency", "shown"),
    [
        ("es-MX,es;q=0.9", "MXN", "899,00\xa0MXN"),
        ("en-GB,en;q=0.8", "GBP", "£39.00"),
        ("en-AU", "AUD", "A$75.00"),
        ("de-DE,de;q=0.9", "EUR", "€45.00"),  # the page is in English: English formatting
        ("fr", "EUR", "€45.00"),
        ("es-ES", "EUR", "45,00\xa0€"),
        ("ja-JP", "USD", "US$49.00"),
        ("en-US", "USD", "US$49.00"),
    ],
)
def test_the_first_visit_shows_the_currency_of_the_language_region(
    synced: None, header: str, currency: str, shown: str
) -> None:
    prefix = "/es" if header.startswith("es") else ""  # a Spanish reader reads /es/ pages
    page = Client().get(f"{prefix}/courses/{PAID}/", HTTP_ACCEPT_LANGUAGE=header).content.decode()
    assert f'<option value="{currency}" selected>' in page
    assert shown in page


def test_the_visitors_choice_wins_and_is_remembered(synced: None) -> None:
    client = Client(HTTP_ACCEPT_LANGUAGE="es-MX")
    answer = client.post("/currency/", {"currency": "GBP", "next": f"/courses/{PAID}/"})
    assert answer.status_code == 302 and answer["Location"] == f"/courses/{PAID}/"
    page = client.get(f"/es/courses/{PAID}/").content.decode()
    assert "39,00\xa0GBP" in page and '<option value="GBP" selected>' in page
    # An unknown code is ignored; a foreign "next" is not followed.
    assert (
        client.post("/currency/", {"currency": "XXX", "next": "https://evil.example/"})["Location"]
        == "/"
    )
    assert "39,00\xa0GBP" in client.get(f"/es/courses/{PAID}/").content.decode()


def test_a_signed_in_choice_is_kept_on_the_profile(signed_in: Client, learner: Any) -> None:
    signed_in.post("/currency/", {"currency": "CAD"})
    learner.profile.refresh_from_db()
    assert learner.profile.currency == "CAD"
    fresh = Client()
    fresh.force_login(learner)  # another device: no cookie, the profile decides
    assert "CA$65.00" in fresh.get(f"/courses/{PAID}/").content.decode()


def test_cached_pages_never_show_one_visitors_currency_to_another(synced: None) -> None:
    mexico = Client(HTTP_ACCEPT_LANGUAGE="es-MX").get("/es/courses/").content.decode()
    britain = Client(HTTP_ACCEPT_LANGUAGE="en-GB").get("/courses/").content.decode()
    assert "899,00\xa0MXN" in mexico and '<option value="MXN" selected>' in mexico
    assert "£39.00" in britain and "899" not in britain
    assert '<option value="GBP" selected>' in britain


def test_every_page_has_the_selector_and_it_works_without_script(synced: None) -> None:
    page = Client().get("/muscles/piriformis/").content.decode()
    assert 'action="/currency/" method="post"' in page and 'name="currency"' in page


def test_the_api_prices_in_the_asked_currency(synced: None) -> None:
    course = Client().get(f"/api/v1/courses/{PAID}", {"currency": "MXN"}).json()
    assert course["price"] == {"amount": 89900, "currency": "MXN", "formatted": "MX$899.00",
                               "tax_included": True, "fallback": False}  # fmt: skip
    free = Client().get("/api/v1/courses/reading-referral-charts").json()
    assert free["price"] is None
    wrong = Client().get("/api/v1/courses", {"currency": "XXX"})
    assert wrong.status_code == 422


@pytest.fixture
def no_pound_price(tmp_path: Any, monkeypatch: Any, synced: None) -> Any:
    """A copy of the course definitions where one course has no price in GBP."""
    import re
    import shutil

    from django.core.cache import caches

    from tpatlas.ce import catalogue

    root = tmp_path / "ce"
    shutil.copytree(catalogue.data_dir(), root)
    path = root / "courses" / f"{PAID}.yaml"
    path.write_text(re.sub(r', GBP: "[\d.]+"', "", path.read_text()))
    monkeypatch.setenv("TPATLAS_CE_DIR", str(root))
    for fn in (catalogue.load_catalogue, catalogue.catalogue_version):
        fn.cache_clear()
    caches["pages"].clear()
    yield
    for fn in (catalogue.load_catalogue, catalogue.catalogue_version):
        fn.cache_clear()


def test_a_course_without_a_price_in_the_currency_shows_the_default_and_says_so(
    no_pound_price: None,
) -> None:
    page = Client(HTTP_ACCEPT_LANGUAGE="en-GB").get(f"/courses/{PAID}/").content.decode()
    assert "US$49.00" in page and "no price in GBP" in page
    api = Client().get(f"/api/v1/courses/{PAID}", {"currency": "GBP"}).json()["price"]
    assert api["currency"] == "USD" and api["fallback"] is True


def test_signing_in_does_not_replace_the_browsers_currency_until_one_is_chosen(
    learner: Any,
) -> None:
    client = Client(HTTP_ACCEPT_LANGUAGE="es-MX")
    client.force_login(learner)
    assert learner.profile.currency == ""
    assert '<option value="MXN" selected>' in client.get(f"/courses/{PAID}/").content.decode()
