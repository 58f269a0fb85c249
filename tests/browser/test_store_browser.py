"""Buying a course in a real browser: a Mexican visitor sees pesos, switches to euros with the
header's selector, fills a cart before signing in, pays by invoice; staff mark the order paid in
the admin and the learner finds the course open. Phone width, keyboard, axe."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, expect

from tests.browser.a11y import violations

pytestmark = pytest.mark.django_db(transaction=True)
PAID = "buttock-and-back-of-thigh-pain"
PASSWORD = "a-long-Passw0rd!"


@pytest.fixture
def people(courses: None) -> None:
    from allauth.account.models import EmailAddress
    from django.contrib.auth import get_user_model

    users = get_user_model().objects
    buyer = users.create_user("lu", "lu@example.org", PASSWORD)
    EmailAddress.objects.create(user=buyer, email=buyer.email, verified=True, primary=True)
    users.create_superuser("boss", "boss@example.org", PASSWORD)


def test_a_visitor_buys_a_course_by_invoice_and_staff_mark_it_paid(
    live_server: Any, browser: Browser, people: None, artifacts: Path
) -> None:
    url = live_server.url
    context = browser.new_context(viewport={"width": 375, "height": 800}, locale="es-MX")
    page = context.new_page()
    page.set_default_timeout(5000)
    page.goto(f"{url}/es/courses/{PAID}/")  # Spanish pages are under /es/
    expect(page.locator("#currency-select")).to_have_value("MXN")
    expect(page.locator(".course .price").first).to_contain_text("899,00")
    assert not violations(page), violations(page)

    # The selector works from the keyboard, without a script.
    page.locator("#currency-select").select_option("EUR")
    page.locator("form.currency button").press("Enter")
    expect(page.locator("#currency-select")).to_have_value("EUR")
    expect(page.locator(".course .price").first).to_contain_text("45,00")

    page.locator(".course-actions button").first.click()  # add to cart, no account yet
    expect(page.locator("table.order-lines")).to_contain_text("45,00")
    page.screenshot(path=str(artifacts / "store-cart-phone.png"), full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the cart scrolls sideways on a phone ({width}px)"
    page.locator("a.button[href='/es/checkout/']").click()
    page.locator("#id_login").fill("lu@example.org")
    page.locator("#id_password").fill(PASSWORD)
    page.locator("#id_password").press("Enter")
    page.wait_for_url("**/checkout/")
    expect(page.locator("table.order-lines")).to_contain_text("45,00")  # the cart was kept
    assert not violations(page), violations(page)
    page.locator("input[name=policies]").check()
    page.locator("button[value=place]").click()
    expect(page.locator(".order-status")).to_be_visible()
    reference = page.locator("h1").inner_text().split()[-1]
    page.screenshot(path=str(artifacts / "store-order-phone.png"), full_page=True)

    staff = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    staff.goto(f"{url}/admin/login/?next=/admin/store/order/")
    staff.locator("#id_username").fill("boss")
    staff.locator("#id_password").fill(PASSWORD)
    staff.locator("input[type=submit]").click()
    staff.get_by_role("checkbox").nth(1).check()
    staff.locator("select[name=action]").select_option("mark_paid")
    staff.locator("button[name=index]").click()
    expect(staff.locator(".messagelist")).to_contain_text("marked paid")

    page.goto(f"{url}/es/me/orders/{reference}/")
    expect(page.locator(".order-status")).to_contain_text("Pagado")
    page.goto(f"{url}/es/courses/{PAID}/")
    expect(page.get_by_role("button", name="Obtener mi certificado")).to_be_visible()
